// Bodies' names coordinated with "and" or listed with commas ("Food and Drug Administration", "Environment,
// Food and Rural Affairs"); read by `mixedCaseChunks` (chunk.ts).
import { lookupPlace } from '../../countries/gazetteer.js';
import type { FieldText } from '../../text/document.js';
import type { Word } from '../chunk.js';
import { isLegalFormWord } from '../legal-form.js';
import { FUNCTION_WORDS, GAZETTEER, isLowerWord, ORG_HEADS } from '../lexicon.js';
import { gazetteerOfWord, isGivenNameWord } from '../word-facts.js';
import { isInnerNameWord, isOrdinaryInName, isPlaceName } from './body-name-tails.js';
import { andAfter, lookupKey } from './known-names.js';
import { isAcronymWord, isNameWord } from './name-words.js';
import { unlistedWord } from './names-after-of.js';
import { joinable } from './wrapped-lines.js';

/** Words that open an organisation's name: after "and" they start a second one. */
/** ("Holiday Inns and New World Pictures") */
const NAME_OPENERS = new Set(['federal', 'national', 'royal', 'central', 'international', 'united', 'new']);

/** Head words that close a body's name (no sector's word such as "Oil", "Energy", "Securities"). */
const BODY_HEADS = new Set(
  `bank banks council court commission committee ministry department agency authority board bureau office administration
  party holdings group company corporation union association federation institute university college
  school hospital church parliament assembly congress senate tribunal league club front movement alliance
  coalition foundation society academy partners division bancorp bancorporation`
    .split(/\s+/)
    .filter(Boolean),
);

/** Ordinary words that name a body on their own: "the Treasury and Federal Reserve" are two. */
const STANDALONE_BODIES = new Set(
  'treasury senate congress parliament army navy pentagon police government cabinet military'.split(' '),
);

/**
 * "Food | and Drug Administration", "Securities | and Exchange Commission": ordinary words coordinated
 * with the start of an organisation's name are part of it. Both sides must be ordinary words ("Ford and
 * General Motors" stays two names) and the name after "and" must end in an organisation head and have
 * more than the head ("Army and Navy" stays two).
 */
/** An adjective's or a science's ending: "Oceanic", "Aeronautics", "Postal" (not "Stearns", "Airlines", "Inco"). */
const ADJECTIVE_ENDING = /(?:ic|ics|al|ous|ive|ary|ory)$/;

export function coordinatedOrgTail(
  field: FieldText,
  words: readonly (Word | null)[],
  run: readonly Word[],
  at: number,
): Word[] | null {
  // (A sentence's "The" opening the run is no word of the name: "The National Disaster Risk Reduction and
  // Management Council".)
  if (run.length - (FUNCTION_WORDS.has(run[0]!.lower) ? 1 : 0) > 4) return null;
  // "Pohang Iron and Steel Co", "Nigerian Midstream and Downstream Petroleum Regulatory Authority": a word
  // no list knows as a body or a given name may open a name of ordinary words (not "Ford Motor and …").
  let named = false;
  for (let i = 0; i < run.length; i++) {
    const core = run[i]!.core;
    if (STANDALONE_BODIES.has(run[i]!.lower)) return null;
    if (isOrdinaryInName(core)) continue;
    // "Betting and Gaming Council": a gerund the compact lexicon lacks is an ordinary word of the name (ents46).
    if (GERUND.test(run[i]!.lower) && unlistedWord(run[i]!)) continue;
    // "Guangdong Post and Telecommunications Administration": a place may open the name.
    const opening = i === 0 || (i === 1 && FUNCTION_WORDS.has(run[0]!.lower));
    // "National Oceanic and Atmospheric Administration": after ordinary words, a last word no list knows (the
    // compact lexicon lacks "oceanic") is one more domain word.
    if (
      i > 0 &&
      i === run.length - 1 &&
      !named &&
      !FUNCTION_WORDS.has(run[i - 1]!.lower) &&
      ADJECTIVE_ENDING.test(run[i]!.lower) &&
      unlistedWord(run[i]!)
    )
      continue;
    if (!opening || i === run.length - 1) return null;
    if (isPlaceName(core)) continue;
    if (run.length > 3 || isGivenNameWord(run[i]!) || gazetteerOfWord(run[i]!)?.kind === 'organization')
      return null;
    named = true;
  }
  const last = run[run.length - 1]!;
  // "Acme Corp and Widget Tools Inc": a firm's legal form closes its name.
  if (isLegalFormWord(last.core)) return null;
  // "the United States and McLeod Young Weir Ltd": a country is a name of its own.
  const from = FUNCTION_WORDS.has(run[0]!.lower) ? 1 : 0;
  if (run.length - from >= 2 && lookupPlace(lookupKey(run, from, run.length))?.kind === 'country')
    return null;
  // "Standard Chartered and Prudential Plc": a firm the lists know before "and" is a name of its own.
  if (run.length - from >= 2 && GAZETTEER.get(lookupKey(run, from, run.length))?.kind === 'organization')
    return null;
  // "during the Gulf War and White House chief of staff …": a war ends its own name.
  if (last.lower === 'war') return null;
  // "Zenith Bank and Access Holdings", "National Electoral Council and Supreme Court": a run that is a
  // body's whole name, closed by its head word, ends before "and" ("Oil and Gas Corporation",
  // "Securities and Exchange Commission" coordinate a sector's words; "… Bank and Trust Company" goes on
  // with a second head word).
  const secondHead = words[at + 2];
  if (
    run.length >= 2 &&
    BODY_HEADS.has(last.lower) &&
    (!(secondHead && ORG_HEADS.has(secondHead.lower)) ||
      // "Standard Chartered Bank and Union Bancorp": a firm the lists know, closed by its head word.
      GAZETTEER.get(lookupKey(run, from, run.length - 1))?.kind === 'organization')
  )
    return null;
  // The tail below needs two name words right after "and": most runs before "and" are not followed so, and
  // then the "and" is not made a word.
  if (
    !isNameWord(words[at + 2]) ||
    !(isNameWord(words[at + 3]) || lowerNounBeforeBodyHead(field, words, at + 3))
  )
    return null;
  const and = andAfter(field, last, at + 1);
  if (!joinable(field, last, and)) return null;
  const tail: Word[] = [];
  let previous = and;
  for (let k = at + 2; k < words.length && tail.length < 4; k++) {
    // "Medicines and Healthcare products Regulatory Agency": one lower-case plural noun between the name's
    // capitalised words, where two more follow, the last a body's head (ents46).
    const lowerNoun =
      words[k] === null && tail.length > 0 ? lowerNounInBodyName(field, words, k, previous) : null;
    if (lowerNoun) {
      tail.push(lowerNoun);
      previous = lowerNoun;
      continue;
    }
    const w = words[k];
    if (!isNameWord(w) || !joinable(field, previous, w)) break;
    // "… Futures and Options Exchange", "… Leisure Software Publishers Association": a word no list knows
    // (the compact lexicon lacks "software") goes on a run of ordinary words, and so does a head word.
    // A head word such as "Co" or "Inc" closes the name ("First National Bank and Trust Co", "Bell and
    // Howell Co"); an acronym opens a firm of its own ("Piedmont and PSA Inc.").
    if (
      !isOrdinaryInName(w.core) &&
      !ORG_HEADS.has(w.lower) &&
      (named || !unlistedWord(w) || isAcronymWord(w))
    )
      break;
    tail.push(w);
    previous = w;
  }
  let end = tail.length;
  while (
    end > 0 &&
    !ORG_HEADS.has(tail[end - 1]!.lower) &&
    !closesCoordinatedName(field, words, tail[end - 1]!)
  )
    end--;
  if (end < 2 || NAME_OPENERS.has(tail[0]!.lower)) return null;
  // "Dominion Securities and Wood Gundy Inc.": after a name of two or more words, a second one whose
  // words before its head include a name no list knows (a founder's) is a firm of its own ("Futures and
  // Options Exchange", "Iron and Steel Co" coordinate one sector word with another).
  if (run.length - from >= 2 && !named && namedFirmTail(tail)) return null;
  // "AB Investor and Forvaltnings AB Providentia": a name that goes on past its legal form is another's.
  if (end < tail.length && isLegalFormWord(tail[end - 1]!.core)) return null;
  // "… and General Motors Corp": a body the lists know after "and" is a second name.
  if (named && GAZETTEER.get(lookupKey(tail, 0, end - 1))?.kind === 'organization') return null;
  return [and, ...tail.slice(0, end)];
}

/** Laws and pacts named by coordinated ordinary words: "Tax Cuts and Jobs Act", "Trade and Cooperation Agreement". */
const COORDINATED_LAW_HEADS = new Set(['act', 'agreement', 'treaty', 'accord', 'pact']);

/**
 * Whether `w`, ending a name of ordinary words coordinated by "and", closes it as a body's head would: a law's or a
 * pact's head ("African Growth and Opportunity Act"), or a hall before "of Fame" ("Rock and Roll Hall of Fame").
 */
function closesCoordinatedName(field: FieldText, words: readonly (Word | null)[], w: Word): boolean {
  if (COORDINATED_LAW_HEADS.has(w.lower)) return true;
  return (
    w.lower === 'hall' && field.tokens[w.index + 1]?.text === 'of' && words[w.index + 2]?.lower === 'fame'
  );
}

/** A gerund: "Betting", "Gaming", "Boating". */
const GERUND = /^[a-z]{3,}ing$/;

/**
 * The lower-case plural noun at `k` as a word of a body's name ("Healthcare products Regulatory Agency"), where
 * two capitalised words follow it, the second a body's head, or null.
 */
function lowerNounInBodyName(
  field: FieldText,
  words: readonly (Word | null)[],
  k: number,
  previous: Word,
): Word | null {
  if (!lowerNounBeforeBodyHead(field, words, k)) return null;
  const noun = andAfter(field, previous, k);
  return joinable(field, previous, noun) ? noun : null;
}
/** Whether the token at `k` is a lower-case plural noun before a capitalised word and a body's head. */
function lowerNounBeforeBodyHead(field: FieldText, words: readonly (Word | null)[], k: number): boolean {
  const text = field.tokens[k]?.text ?? '';
  const next = words[k + 1];
  const head = words[k + 2];
  if (
    !LOWER_PLURAL.test(text) ||
    !isLowerWord(text) ||
    FUNCTION_WORDS.has(text) ||
    !isNameWord(next) ||
    !isNameWord(head) ||
    !BODY_HEADS.has(head.lower) ||
    next.possessive
  )
    return false;
  return words[k] === null;
}
const LOWER_PLURAL = /^[a-z]{3,}s$/;

/** Ministries' sectors the lower-case word list lacks: "Culture, Sports and Tourism" (read23 F14). */
const PORTFOLIO_NOUNS = new Set(['tourism', 'infrastructure', 'forestry']);

/**
 * ", Food and Rural Affairs" from the comma at `at`: items of one to three capitalised ordinary words after
 * commas (no body's head: "the Ministry of Defence, Foreign Office and Treasury" are three bodies), then "and"
 * and a last item that ends the name. The items' words and the "and", or null.
 */
export function portfolioList(
  field: FieldText,
  words: readonly (Word | null)[],
  at: number,
  before: Word,
): Word[] | null {
  const tokens = field.tokens;
  const out: Word[] = [];
  let k = at;
  for (let items = 0; items < 5; items++) {
    const separator = tokens[k]?.text;
    if (separator !== ',' && separator !== 'and') return null;
    if (separator === 'and') {
      const and = andAfter(field, before, k);
      out.push(and);
    }
    k++;
    let size = 0;
    while (size < 3) {
      const w = words[k];
      // ("Culture, Media and Sport": a sector's word; "… and Local Government": the last item's head.)
      if (
        !isInnerNameWord(w) ||
        !(isOrdinaryInName(w.core) || ORG_HEADS.has(w.lower) || PORTFOLIO_NOUNS.has(w.lower))
      )
        break;
      if (separator === ',' && (BODY_HEADS.has(w.lower) || STANDALONE_BODIES.has(w.lower))) return null;
      if (size > 0 && !joinable(field, out[out.length - 1]!, w)) break;
      out.push(w);
      size++;
      k++;
    }
    if (size === 0) return null;
    if (separator === 'and') return isNameWord(words[k]) || tokens[k]?.text === '&' ? null : out;
  }
  return null;
}

/** "Wood Gundy Inc": two or more words before the first head word, one after the first no list knows. */
function namedFirmTail(tail: readonly Word[]): boolean {
  let head = 0;
  while (head < tail.length && !ORG_HEADS.has(tail[head]!.lower)) head++;
  if (head < 2) return false;
  for (let k = 1; k < head; k++) if (unlistedWord(tail[k]!)) return true;
  return false;
}
