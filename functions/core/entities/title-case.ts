import type { FieldText } from '../text/document.js';
import { FUNCTION_WORDS, isLowerWord } from './lexicon.js';

/**
 * "Protests Erupt in Lagos and Abuja Over Fuel Prices": a headline in title case capitalises ordinary
 * words, so, as in capitals, its case says nothing about names. It is one when every lower-case word is
 * a function word and at least two words after the first are ordinary English words written with a
 * capital, or one that is the headline's verb between two names or stands beside a lower-case preposition
 * (session 54), or the last of a headline of ordinary words only ("Factory Closes": read as a name of two words,
 * it was junk; "General Motors" is found by the lists all the same).
 */
export function isTitleCase(title: FieldText): boolean {
  let capitalisedOrdinary = 0;
  let verbBetweenNames = false;
  let preposition = false;
  // "Factory Closes", "Strike Ends": a short headline whose every word is an ordinary word, the last a verb.
  let allOrdinary = true;
  let words = 0;
  const tokens = title.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const text = tokens[i]!.text;
    const first = text.charAt(0);
    if (first.toLowerCase() === first.toUpperCase()) continue;
    words++;
    if (allOrdinary && (text === text.toUpperCase() || !isLowerWord(text))) allOrdinary = false;
    if (first === first.toLowerCase()) {
      // "iPhone", "eBay": a brand's own styling is a name, in any case of headline.
      if (BRAND_STYLED.test(text)) continue;
      if (!FUNCTION_WORDS.has(text)) return false;
      if (i > 0 && HEADLINE_PREPOSITIONS.has(text)) preposition = true;
    } else if (i > 0 && text !== text.toUpperCase() && isLowerWord(text)) {
      capitalisedOrdinary++;
      if (i < tokens.length - 1 ? isHeadlineVerb(text) : SPEECH_VERBS_LAST.has(text)) verbBetweenNames = true;
    }
  }
  if (capitalisedOrdinary >= 2 || (capitalisedOrdinary === 1 && (verbBetweenNames || preposition)))
    return true;
  const last = tokens[tokens.length - 1]?.text ?? '';
  return (
    allOrdinary &&
    capitalisedOrdinary === 1 &&
    words >= 2 &&
    last !== last.toLowerCase() &&
    isHeadlineVerb(last)
  );
}

/**
 * "Protect Whistleblowers, TUC Says", "Rates Must Fall, Minister Insists": a verb of speech ending a headline after
 * its speaker (no name ends with one, as "General Motors" ends with a plural).
 */
const SPEECH_VERBS_LAST = new Set([
  'Says',
  'Warns',
  'Insists',
  'Admits',
  'Denies',
  'Urges',
  'Argues',
  'Confirms',
  'Reveals',
  'Predicts',
]);

/** A lower-case letter before a capital: "iPhone", "eBay", "eSwatini". */
const BRAND_STYLED = /^[a-z][A-Z]/;

/**
 * Prepositions a title-case headline leaves in lower case around its one capitalised verb: "Coach Moretti Sacked
 * by Valencia", "MP Attacked by Muggers in Nairobi" (wild54 Z2). Not "of", "and", "the", "de": names hold them
 * ("Hearts of Oak", "Bank of England").
 */
const HEADLINE_PREPOSITIONS = new Set([
  'by',
  'for',
  'in',
  'to',
  'at',
  'on',
  'with',
  'from',
  'after',
  'over',
  'into',
  'as',
  // Phrasal verbs' particles and more prepositions, lower case beside a capitalised verb: "Ireland Call up
  // Uncapped Campbell", "Stars Gear up for Bafta Ceremony", "Protesters Face off Against Police".
  'up',
  'down',
  'out',
  'off',
  'about',
  'against',
  'amid',
  'under',
  'near',
  'via',
]);

/**
 * "King Charles Visits Canada", "Trump Meets Putin", "Microsoft Seeking Spyware Trojan": a short title-case headline
 * has one ordinary word, the verb between two names, in the present tense or the participle of headlines. A word
 * in -s, -ing or -ed whose stem is an ordinary word too, not the headline's last word (a name-only headline ends
 * on its name's plural: "General Motors").
 */
export function isHeadlineVerb(text: string): boolean {
  const lower = text.toLowerCase();
  if (lower.length < 4) return false;
  if (lower.endsWith('s')) {
    if (lower.endsWith('ss')) return false;
    return isLowerWord(lower.slice(0, -1)) || (lower.endsWith('es') && isLowerWord(lower.slice(0, -2)));
  }
  const suffix = lower.endsWith('ing') ? 3 : lower.endsWith('ed') ? 2 : 0;
  if (suffix === 0) return false;
  const stem = lower.slice(0, -suffix);
  // "Seeking", "Hoping" (hope), "Tipped" (tip), "Sacked".
  return (
    stem.length >= 2 &&
    (isLowerWord(stem) ||
      isLowerWord(`${stem}e`) ||
      (stem.at(-1) === stem.at(-2) && isLowerWord(stem.slice(0, -1))))
  );
}
