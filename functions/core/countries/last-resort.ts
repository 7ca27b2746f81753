import { isGivenName, isLowerWord } from '../entities/lexicon.js';
import type { Entity } from '../schema.js';
import { fieldOf, type TagDocument } from '../text/document.js';
import { britishCopyCues } from './british-copy-cues.js';
import type { CountryMention } from './mentions.js';
import {
  type CountryEdges,
  coordinatedWithCountry,
  countryEdges,
  headlineReadsAsState,
} from './state-reading.js';
import { usMarketCues } from './us-market-cues.js';

/**
 * The mentions that count of those a scan found, when an all-capitals headline's city, region, metonym, firm or
 * short form needs the body to name the same country ("SDC SYDNEY" is as often a company as the city).
 * Such a mention counts when the body confirms it, and also when nothing else places the story: no dateline
 * country and no sure mention anywhere. A headline alone ("BANK OF MONTREAL RAISES MORTGAGE RATE", "NEW YORK
 * BANKS' RESERVE BORROWINGS FALL ..." over an empty body) had no country at all, though the city it names is the
 * best reading there is: a firm named after a city is that country's far more often than not. Ambiguous words
 * (Georgia, Jordan, Turkey) still need the body: they may be no place at all, unless the headline reads them as
 * the state (state-reading.ts), also by listing them beside another country ("India & Pakistan trade fire"; the
 * people of the story who bear such a word have taken it already: resolve.ts withoutGivenNames).
 */
export function confirmedHeadlineMentions(
  settled: readonly CountryMention[],
  datelineCode: string | undefined,
  title: string,
): CountryMention[] {
  const bodyCodes = new Set(settled.filter((m) => m.field === 'body').map((m) => m.code));
  let inTitle: CountryEdges | undefined;
  const titleEdges = (): CountryEdges => {
    inTitle ??= countryEdges(settled, 'title', () => true);
    return inTitle;
  };
  const confirmed = settled.filter(
    (m) =>
      !m.needsConfirmation ||
      m.field === 'body' ||
      bodyCodes.has(m.code) ||
      (m.kind === 'name' &&
        (headlineReadsAsState(title, m) || coordinatedWithCountry(title, m, titleEdges()))),
  );
  if (confirmed.length > 0 || datelineCode !== undefined) return confirmed;
  return settled.filter(
    (m) => !m.ambiguous && !(m.needsConfirmation && m.field === 'title' && opensPersonsName(title, m)),
  );
}

/** The word right after a mention: "SWEENEY" after "SYDNEY". */
const NEXT_WORD = /^\s+([A-Za-z][A-Za-z'\u2019-]*)/;

/**
 * "SYDNEY SWEENEY JEANS AD SPARKS BACKLASH": a city that is also a given name, before a word English writes
 * capitalised, opens a person's name; unconfirmed, it places nothing ("BANK OF MONTREAL CUTS", "SYDNEY FUND" go on).
 */
function opensPersonsName(title: string, m: CountryMention): boolean {
  if (!isGivenName(m.text)) return false;
  const next = NEXT_WORD.exec(title.slice(m.end))?.[1];
  return next !== undefined && !isLowerWord(next);
}

/** The Federal Reserve in capitals ("FEDERAL RESERVE WEEKLY REPORT"), which the entity pass reads as no name. */
const FED_IN_CAPITALS = /\bFEDERAL RESERVE\b/g;

/**
 * National bodies that are not read as their country where other countries are named (the Federal Reserve is
 * named in every other country's market story: METONYMS in curated.ts), by the entity pass's name for them.
 */
const LAST_RESORT_BODIES: ReadonlyMap<string, string> = new Map([['Federal Reserve', 'US']]);

/**
 * Offices only an American county has: "Fairfax County School Board voted …", "Maricopa County sheriff's deputies",
 * "the Los Angeles County District Attorney" named no country (wild39b ★1). A county is Britain's, Ireland's,
 * Kenya's, Taiwan's or China's as well, so not its council, board, court, commissioner or government ("Kent County
 * Council", "Cork County Board", "Nairobi County Commissioner", "Hualien County Government"); read, as the market
 * cues, only where nothing else places the story.
 */
const US_COUNTY_OFFICES =
  /\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+County\s+(?:[Ss]heriff|School Board|Board of (?:Supervisors|Education)|District Attorney|Superior Court|Prosecutor)\b/g;

/**
 * Mentions of the country of such a body, for a story that names no country and has no dateline: "FED ADDS 2
 * BILLION DLR SYSTEM REPURCHASE, FED SAYS", "Fed holds rates steady" had no country though only one central
 * bank is the Fed; "HOLLIS FOODS INC 2ND QTR SHR 42 CTS VS 37 CTS" and "Acme shares jump in Nasdaq debut" had none
 * though only an American firm or market is written so (us-market-cues.ts); "The Chancellor set out £15bn of cuts"
 * and "5% more council tax" had none though only British home copy writes so (british-copy-cues.ts). Counted as
 * metonyms, as a national body named elsewhere is.
 */
export function lastResortBodyMentions(
  doc: TagDocument,
  entities: readonly Entity[],
  found: readonly CountryMention[],
  datelineCode: string | undefined,
): CountryMention[] {
  if (found.length > 0 || datelineCode !== undefined) return [];
  const mentions: CountryMention[] = [];
  for (const e of entities) {
    const code = e.type === 'organization' ? LAST_RESORT_BODIES.get(e.name) : undefined;
    if (code === undefined) continue;
    for (const m of e.mentions) mentions.push(bodyMention(code, m.field, m.start, m.end, m.text));
  }
  // "FEDERAL RESERVE WEEKLY REPORT" opening an untitled table: capitals the entity pass reads as no name.
  for (const field of ['title', 'body'] as const) {
    for (const hit of fieldOf(doc, field).text.matchAll(FED_IN_CAPITALS)) {
      const start = hit.index;
      const end = start + hit[0].length;
      if (mentions.some((m) => m.field === field && m.start < end && start < m.end)) continue;
      mentions.push(bodyMention('US', field, start, end, hit[0]));
    }
    for (const hit of usMarketCues(fieldOf(doc, field).text)) {
      const cue = hit.cue;
      // "NY" is the Nordic languages' "new" ("NY REGERING"): New York's only in English.
      if (cue === 'NY' && doc.language !== 'en') continue;
      if (hit.firm && !firmSuffix(hit.text, cue, doc)) continue;
      const start = hit.index + hit.text.length - cue.length;
      mentions.push(bodyMention('US', field, start, start + cue.length, cue));
    }
    if (doc.language !== 'en') continue;
    for (const hit of fieldOf(doc, field).text.matchAll(US_COUNTY_OFFICES))
      mentions.push(bodyMention('US', field, hit.index, hit.index + hit[0].length, hit[0]));
    // "£15bn of spending cuts", "5% more council tax": British home copy (british-copy-cues.ts).
    for (const hit of britishCopyCues(fieldOf(doc, field).text))
      mentions.push(bodyMention('GB', field, hit.index, hit.index + hit.text.length, hit.text));
  }
  return mentions;
}

/**
 * A suffix in capitals ends a firm's name written in capitals ("CONAGRA INC"): after a word in lower case it is
 * something else ("Suspected CO Leak", carbon monoxide). Nor is "CO" a firm's in a text on carbon monoxide.
 */
function firmSuffix(match: string, suffix: string, doc: TagDocument): boolean {
  if (suffix === suffix.toUpperCase() && /[a-z]/.test(match.slice(0, -suffix.length))) return false;
  return suffix.toLowerCase() !== 'co' || !mentionsCarbonMonoxide(doc);
}

const CARBON_MONOXIDE = /carbon monoxide/i;

function mentionsCarbonMonoxide(doc: TagDocument): boolean {
  return CARBON_MONOXIDE.test(fieldOf(doc, 'title').text) || CARBON_MONOXIDE.test(fieldOf(doc, 'body').text);
}

function bodyMention(
  code: string,
  field: 'title' | 'body',
  start: number,
  end: number,
  text: string,
): CountryMention {
  return {
    code,
    kind: 'metonym',
    field,
    start,
    end,
    text,
    ambiguous: false,
    currency: false,
    needsConfirmation: false,
  };
}
