import type { FieldText, TagDocument } from '../text/document.js';
import { leadEnd } from './lead-focus.js';
import type { CountryMention } from './mentions.js';

/**
 * "Nvidia Corp. (NASDAQ: NVDA) reported …", "Apple Inc. (AAPL) agreed to pay …": a firm the story introduces
 * by its ticker on a U.S. exchange is a U.S. firm, and the story is its business (a China sales story of
 * a U.S. chipmaker is not China's alone). The U.S. firms are in no list of home companies (companies.ts:
 * their names are in every country's news); the ticker is what says the story is theirs. Read in the
 * headline and the lead only: the exchange's name before the ticker, or a bare ticker of capitals after
 * Inc./Corp./Co. that does not spell the name's initials ("International Telecom Japan Inc (ITJ)"). The name
 * before it, wherever the story repeats it ("Shares of Apple fell"), names the U.S. as a firm does.
 * A firm another country lists as its own (companies.ts) keeps that country.
 */
const TICKER =
  /((?:[A-Z][\w&-]*\s+){0,3}?[A-Z][\w&-]*)(?:,?\s+(Inc|Corp|Co|Corporation|Company)\.?)?\s+\((?:(NASDAQ|Nasdaq|NYSE)(?:\s+American)?:\s*)?([A-Z]{1,5})\)/g;

/**
 * A bare ticker after the firm's suffix, not a body's initials: "Gould Inc (GLD)", "Apple Inc. (AAPL)"; not
 * "Commodity Credit Corporation (CCC)", "Federal Deposit Insurance Corp (FDIC)", "International Telecom
 * Japan Inc (ITJ)" (initials end with the suffix's, or spell the name's) nor "Andean Development Corp
 * (CAF)" (a ticker opens with a letter of the name).
 */
function isBareTicker(name: string, suffix: string, ticker: string): boolean {
  const initials = name
    .split(/[\s-]+/)
    .map((w) => w[0])
    .join('');
  return !ticker.endsWith(suffix[0]!) && !initials.endsWith(ticker) && initials.includes(ticker[0]!);
}

/**
 * Capitalised words the name capture may start with that are no part of a name: "On Monday Apple Inc
 * (AAPL)", "Tokyo-listed SoftBank Group Corp", "BRIEF-Tesla Inc".
 */
const NOT_NAME_WORDS = new Set(
  'The A An On In At By For From After Before As Last Shares Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December'.split(
    ' ',
  ),
);
const NOT_NAME_WORD = /-(?:listed|based|owned|controlled)$/i;

function nameOf(captured: string): string {
  let name = captured;
  for (let m = FIRST_WORD.exec(name); m; m = FIRST_WORD.exec(name)) {
    if (!NOT_NAME_WORDS.has(m[1]!) && !NOT_NAME_WORD.test(m[1]!)) break;
    name = name.slice(m[0].length);
  }
  return name.replace(/^[A-Z]{2,}-(?=[A-Z])/, '');
}
const FIRST_WORD = /^(\S+)\s+(?=\S)/;

/** A suffix of a firm listed at home elsewhere, its U.S. ticker an ADR's: "Infosys Ltd (NYSE: INFY)". */
const FOREIGN_SUFFIX = /\s(?:Ltd|Limited|plc|PLC|SA|S\.A|NV|N\.V|AG|SE|ASA|AB|SpA|KK|Bhd|Tbk)\.?$/;

/**
 * "Nio Inc (NYSE: NIO), the Chinese electric carmaker": a firm the sentence describes as another country's
 * (a demonym or country name right after the ticker's bracket, or its possessive just before the name).
 */
function describedAsForeign(
  text: string,
  offset: number,
  nameStart: number,
  tickerEnd: number,
  field: 'title' | 'body',
  found: readonly CountryMention[],
): boolean {
  for (const f of found) {
    if (f.field !== field || f.code === 'US') continue;
    const start = f.start - offset;
    const end = f.end - offset;
    // "Nio Inc (NYSE: NIO), a Shanghai-based carmaker": a city or region of another country as the firm's seat.
    if (
      f.kind !== 'demonym' &&
      f.kind !== 'name' &&
      !(f.kind !== 'company' && BASED_AFTER.test(text.slice(end, end + 7)))
    )
      continue;
    if (start >= tickerEnd && start - tickerEnd <= 40 && APPOSITIVE.test(text.slice(tickerEnd, start)))
      return true;
    if (end <= nameStart && nameStart - end <= 3 && /^['\u2019]s\s$/.test(text.slice(end, nameStart)))
      return true;
  }
  return false;
}
const APPOSITIVE = /^,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}$/i;
const BASED_AFTER = /^-based\b/;

function firmNames(
  text: string,
  offset: number,
  field: 'title' | 'body',
  found: readonly CountryMention[],
  names: Set<string>,
): void {
  if (!text.includes('(')) return;
  for (const m of text.matchAll(TICKER)) {
    const name = nameOf(m[1]!);
    // A bare ticker needs a firm's suffix before it and must not be the name's initials.
    if (!m[3] && (!m[2] || !isBareTicker(name, m[2], m[4]!))) continue;
    if (FOREIGN_SUFFIX.test(name)) continue;
    const nameStart = m.index + m[1]!.length - name.length;
    if (describedAsForeign(text, offset, nameStart, m.index + m[0].length, field, found)) continue;
    names.add(name);
  }
}

function mentionsOf(field: FieldText, which: 'title' | 'body', name: string, out: CountryMention[]): void {
  const text = field.text;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    const after = text.charCodeAt(at + name.length);
    const before = at > 0 ? text.charCodeAt(at - 1) : 32;
    if (isWordChar(before) || isWordChar(after)) continue;
    out.push({
      code: 'US',
      kind: 'company',
      field: which,
      start: at,
      end: at + name.length,
      text: name,
      ambiguous: false,
      currency: false,
      needsConfirmation: false,
    });
  }
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Mentions of the U.S. by the firms the headline or lead introduces with a U.S. ticker. */
export function listedFirmMentions(doc: TagDocument, found: readonly CountryMention[]): CountryMention[] {
  const names = new Set<string>();
  firmNames(doc.title.text, 0, 'title', found, names);
  firmNames(doc.body.text.slice(doc.storyStart, leadEnd(doc)), doc.storyStart, 'body', found, names);
  if (names.size === 0) return [];
  const out: CountryMention[] = [];
  for (const name of names) {
    // "Toyota Motor Corp (NYSE: TM)": another country's firm (companies.ts) keeps its country.
    if (found.some((f) => f.kind === 'company' && name.includes(f.text))) continue;
    mentionsOf(doc.title, 'title', name, out);
    mentionsOf(doc.body, 'body', name, out);
  }
  return out;
}
