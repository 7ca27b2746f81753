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

function firmNames(text: string, names: Set<string>): void {
  if (!text.includes('(')) return;
  for (const m of text.matchAll(TICKER)) {
    const name = m[1]!.replace(/^The\s+/, '');
    // A bare ticker needs a firm's suffix before it and must not be the name's initials.
    if (!m[3] && (!m[2] || !isBareTicker(name, m[2], m[4]!))) continue;
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
  firmNames(doc.title.text, names);
  firmNames(doc.body.text.slice(doc.storyStart, leadEnd(doc)), names);
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
