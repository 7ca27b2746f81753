// The rest of an organisation's name after its lead word (`orgNameTail`: "Organization | for Security and
// Co-operation in Europe") and the word tests it reads; read by `mixedCaseChunks` (chunk.ts).
import { lookupPlace } from '../../countries/gazetteer.js';
import { lowerCased } from '../../text/chars.js';
import type { FieldText } from '../../text/document.js';
import type { Word } from '../chunk.js';
import { isLegalFormWord } from '../legal-form.js';
import { CALENDAR_WORDS, GAZETTEER, isLowerWord, LEADERS_BODIES, ORG_HEADS } from '../lexicon.js';
import { gazetteerOfWord } from '../word-facts.js';
import { portfolioList } from './coordinated-names.js';
import { isAcronymWord } from './name-words.js';
import { unlistedWord } from './names-after-of.js';
import { toWord } from './word-forms.js';
import { joinable } from './wrapped-lines.js';

const ORG_CONNECTORS = new Set(['for', 'on', 'of', 'to']);
/** Words a state calls itself by after "of the" in a body's name ("of the Nation"; "Republic" heads places). */
const STATE_SELF_WORDS = new Set(['nation', 'union', 'federation', 'commonwealth', 'realm']);
/** Bodies named for what they campaign "to" do ("Committee to Protect Journalists"). */
const TO_LEADS = new Set([
  'committee',
  'campaign',
  'coalition',
  'alliance',
  'movement',
  'league',
  'fund',
  'foundation',
]);

/** A capitalised word inside a name, hyphened compounds of ordinary words included ("Co-operation"). */
export function isInnerNameWord(w: Word | null | undefined): w is Word {
  return w?.capitalised === true && !w.caseless && !w.possessive && !CALENDAR_WORDS.has(w.lower);
}

/** A science's name the compact lexicon may lack: "Volcanology", "Seismology", "Meteorology". */
const SCIENCE = /.{4}olog(?:y|ies)$/;

/** "Security", "Co-operation", "Human": a common noun or adjective written with a capital in a name. */
export function isOrdinaryInName(core: string): boolean {
  return (
    isLowerWord(core) || (core.includes('-') && isLowerWord(core.replace(/-/g, ''))) || SCIENCE.test(core)
  );
}

/** Whether the name an authority goes on with after "of" (the) is a place's ("of Singapore", "of the Maldives"). */
export function authorityOfPlace(tail: readonly Word[]): boolean {
  const named = tail.filter((w) => w.lower !== 'of' && w.lower !== 'the');
  return named.length > 0 && lookupPlace(named.map((w) => w.core).join(' ')) !== undefined;
}

/**
 * The rest of an organisation's name after its lead word: "Organization | for Security and
 * Co-operation in Europe", "Committee | to Protect Journalists" (in the body), "Department | of Health
 * and Human Services", "Union | for the Mediterranean". Only ordinary words are coordinated by "and"
 * ("Bank of England and Barclays" stays two names), and "in" + a region closes a coordinated name only.
 * Returns the words to add after index `at`, or null.
 */
export function orgNameTail(field: FieldText, words: readonly (Word | null)[], at: number): Word[] | null {
  const tokens = field.tokens;
  const last = words[at]!;
  const connector = tokens[at + 1]?.text;
  if (connector === undefined || !ORG_CONNECTORS.has(connector)) return null;
  // "the Committee to Protect Journalists", "the Campaign to End Loneliness": in the body only (a title-case
  // headline writes "Committee to Decide Rates").
  // Not a firm or centre sold "to" a buyer ("Newport Beach Art Supply Center to Standard Brands Paint Co").
  if (connector === 'to' && (field.field !== 'body' || !TO_LEADS.has(last.lower))) return null;
  const wordAt = (k: number, like: Word): Word =>
    words[k] ??
    toWord(
      tokens[k]!,
      k,
      like.line,
      like.lineStart,
      false,
      false,
      like.wrapped,
      like.tabular,
      undefined,
      field.wordIds[k] ?? -1,
    );
  const tail: Word[] = [];
  let previous = last;
  let k = at + 1;
  const take = (count: number) => {
    for (let c = 0; c < count; c++) {
      const w = wordAt(k + c, previous);
      if (!joinable(field, previous, w)) return false;
      tail.push(w);
      previous = w;
    }
    k += count;
    return true;
  };
  // Connector, optional "the", then at least one capitalised word.
  const skip = tokens[k + 1]?.text === 'the' ? 2 : 1;
  if (!isInnerNameWord(words[k + skip]) || !take(skip)) return null;
  let coordinated = false;
  let secondOf = false;
  // A second "of" or "for" after the first name word ("Board of Control for Cricket").
  let chained = false;
  while (tail.length < 12) {
    const w = words[k];
    if (isInnerNameWord(w)) {
      if (!take(1)) break;
      continue;
    }
    const text = tokens[k]?.text;
    const beyond = words[k + 1];
    if (
      text === 'and' &&
      isInnerNameWord(beyond) &&
      // "London School of Hygiene and Tropical Medicine": a domain word the compact lexicon lacks, no name.
      (isOrdinaryInName(previous.core) || (unlistedWord(previous) && !isAcronymWord(previous))) &&
      (isOrdinaryInName(beyond.core) ||
        // "International Association of Machinists and Aerospace Workers": a domain word the compact lexicon
        // lacks after "and", when an ordinary word of the name follows it.
        (unlistedWord(beyond) &&
          !isAcronymWord(beyond) &&
          isInnerNameWord(words[k + 2]) &&
          isOrdinaryInName(words[k + 2]!.core))) &&
      // "the Bank of Japan and Bank of England", "Bank of Baroda and Union Bank of India": the lead word again
      // opens a second body.
      !leadWordAgain(words, k + 1, last.lower)
    ) {
      if (!take(1)) break;
      coordinated = true;
      continue;
    }
    // "Communist Party of Bohemia and Moravia": after a party's "of", two regions (no countries: "the
    // Government of Israel and Egypt" are two) joined by "and" that end the run are the party's domain.
    if (
      text === 'and' &&
      connector === 'of' &&
      LEADERS_BODIES.has(last.lower) &&
      isInnerNameWord(beyond) &&
      !isInnerNameWord(words[k + 2]) &&
      GAZETTEER.get(previous.lower)?.kind === 'place' &&
      GAZETTEER.get(beyond.lower)?.kind === 'place' &&
      take(2)
    ) {
      coordinated = true;
      break;
    }
    // "Department for Environment, Food and Rural Affairs", "Ministry of Housing, Communities and Local
    // Government": a ministry's portfolio list of ordinary words, closed by "and", is its name.
    if (
      text === ',' &&
      (connector === 'of' || connector === 'for') &&
      !coordinated &&
      isOrdinaryInName(previous.core) &&
      isInnerNameWord(beyond)
    ) {
      const list = portfolioList(field, words, k, previous);
      if (list !== null) {
        for (const x of list) tail.push(x);
        coordinated = true;
        break;
      }
    }
    if (
      (text === 'of' || text === 'for') &&
      isInnerNameWord(beyond) &&
      // "Association for the Advancement of Science": a domain word the compact lexicon lacks, no name.
      (isOrdinaryInName(previous.core) || (text === 'of' && unlistedWord(previous)))
    ) {
      if (!take(1)) break;
      chained = true;
      continue;
    }
    // "Court of Justice of the European Union", "Ministry of Defence of the Russian Federation": after an
    // ordinary word, a second "of the" goes on to the body's domain, a name the lists know for a place or a
    // people ("European", "Russian", "United"; not for a person: "of the Nation", WordNet's Carry Nation).
    if (
      text === 'of' &&
      tokens[k + 1]?.text === 'the' &&
      isInnerNameWord(words[k + 2]) &&
      isOrdinaryInName(previous.core) &&
      ((gazetteerOfWord(words[k + 2]!)?.kind ?? 'person') !== 'person' ||
        isPlaceName(words[k + 2]!.core) ||
        // "Supreme Court of Justice of the Nation": a word a state calls itself by, ending the run.
        (STATE_SELF_WORDS.has(words[k + 2]!.lower) && !isInnerNameWord(words[k + 3])))
    ) {
      if (!take(2)) break;
      secondOf = true;
      continue;
    }
    // "Organisation for Security and Cooperation in Europe", "Board of Control for Cricket in India": after a
    // list of domains or a second connector's, "in" and a country or a region that ends the run is the body's.
    if (
      text === 'in' &&
      ((coordinated && connector !== 'of') || (chained && isOrdinaryInName(previous.core))) &&
      isInnerNameWord(beyond)
    ) {
      const kind = gazetteerOfWord(beyond)?.kind;
      const end = words[k + 2];
      if ((kind === 'place' || kind === 'country') && !isInnerNameWord(end) && take(2)) break;
    }
    break;
  }
  // Drop a trailing connector that found no capitalised word.
  while (tail.length > 0 && !tail[tail.length - 1]!.capitalised) tail.pop();
  if (tail.length < 2) return null;
  // "of" + one name is the ordinary join; this is for longer names.
  if (connector === 'of' && !coordinated && !secondOf && !chained && skip === 1) return null;
  // "to" and a verb need the verb's object too ("Committee to Protect Journalists", not "Committee to Meet").
  if (
    connector === 'to' &&
    (tail.length < 3 || skip !== 1 || ORG_HEADS.has(previous.lower) || isLegalFormWord(previous.core))
  )
    return null;
  return tail;
}

/** Whether the run of name words from `from` (up to four) holds the lead word `lead` again. */
function leadWordAgain(words: readonly (Word | null)[], from: number, lead: string): boolean {
  for (let i = from; i < from + 4 && isInnerNameWord(words[i]); i++)
    if (words[i]!.lower === lead) return true;
  return false;
}

export function isPlaceName(core: string): boolean {
  const kind = GAZETTEER.get(lowerCased(core))?.kind;
  return kind === 'place' || kind === 'country' || (kind === undefined && lookupPlace(core) !== undefined);
}
