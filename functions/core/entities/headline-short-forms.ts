import { lookupPlace } from '../countries/gazetteer.js';
import { lowerCased } from '../text/chars.js';
import type { Candidate } from './classify.js';
import { FAMILY_NAMES_FIRST, FUNCTION_WORDS, GAZETTEER, isLowerWord } from './lexicon.js';
import { isSportWordLower } from './typing/sports-context.js';
import { isTitle } from './typing/word-tests.js';

/** Legal forms and the like that a firm's initials leave out ("General Motors Corp" → "GM"). */
const LEGAL_FORMS = new Set([
  'corp',
  'corp.',
  'inc',
  'inc.',
  'co',
  'co.',
  'ltd',
  'ltd.',
  'plc',
  'ag',
  'sa',
  'nv',
  'group',
  'holdings',
]);

/** Words a body's initials skip: "Marks and Spencer", "Bank of England". */
const SKIPPED_IN_INITIALS = new Set(['and', 'of', 'the', 'for', '&', 'de', 'du', 'la']);

const UPPER_FIRST = /^[A-Z]/;
/** A name of two names joined after its first word: "Procter & Gamble Co", "Marks and Spencer". */
const JOINED_NAMES = /^\S+\s+(?:&|and)\s/;

/**
 * A word of a headline that may stand for a name of the story: no function word, title, sport's word ("RUGBY
 * UNION -" over "Rugby Football Union"), ordinary word or listed thing.
 */
function shortFormWord(word: string, ordinaryAllowed: boolean): boolean {
  const lower = lowerCased(word);
  if (lower.length < 2 || FUNCTION_WORDS.has(lower) || isTitle(word) || isSportWordLower(lower)) return false;
  if (!ordinaryAllowed && isLowerWord(lower)) return false;
  const kind = GAZETTEER.get(lower)?.kind;
  return (
    (kind === undefined || kind === 'person' || kind === 'organization') && lookupPlace(word) === undefined
  );
}

/** The initials of a body's name of two words or more ("British Airways" → "ba"), its legal form left out. */
function initialsOf(words: readonly string[]): string | undefined {
  let end = words.length;
  while (end > 2 && LEGAL_FORMS.has(lowerCased(words[end - 1]!))) end--;
  let letters = '';
  for (let i = 0; i < end; i++) {
    const w = words[i]!;
    if (SKIPPED_IN_INITIALS.has(lowerCased(w))) continue;
    if (!UPPER_FIRST.test(w)) return undefined;
    letters += w[0];
  }
  return letters.length >= 2 ? lowerCased(letters) : undefined;
}

/**
 * Puts into `known` (the names a line in capitals is read against) the short forms a capitals headline gives the
 * story's names ("SOCCER - BAYERN SACK TRAPATTONI" over "Bayern Munich sacked …", "CRICKET - WAQAR AND WASIM
 * SKITTLE ENGLAND" over "Waqar Younis and Wasim Akram took …", "UK - BA TO CUT 5,000 JOBS" over "British Airways
 * said …", "USA - GM , UAW REACH DEAL" over "General Motors Corp and the United Auto Workers …"; wild50 E17): a
 * person's given name, a body's first word and a body's initials, where one name of the story alone has it, it
 * is no function word, title, ordinary word (a club's is, on a sports page: "REAL HOLD BARCA" over "Real Madrid"),
 * listed people's word or place, and nothing in `known` already reads it. Surnames and full names stay first.
 */
export function addHeadlineShortForms(
  typed: readonly Candidate[],
  known: Map<string, Candidate>,
  sports: boolean,
): void {
  const forms = new Map<string, Candidate | null>();
  const offer = (key: string, c: Candidate) => {
    if (known.has(key)) return;
    const had = forms.get(key);
    // Two names of the story with one short form: it stands for neither.
    if (had === undefined) forms.set(key, c);
    else if (had !== null && had.words.join(' ') !== c.words.join(' ')) forms.set(key, null);
  };
  for (const c of typed) {
    if (c.caseless || c.words.length < 2) continue;
    const first = c.words[0]!;
    if (c.type === 'person') {
      if (FAMILY_NAMES_FIRST.has(first) || first.endsWith('.') || first === first.toUpperCase()) continue;
      if (shortFormWord(first, false)) offer(lowerCased(first), c);
    } else if (c.type === 'organization') {
      // ("PROCTER & GAMBLE PROFIT RISES" over "Procter & Gamble Co said …": a headline writes a name of two joined
      // names whole, and its first word alone would cut it: wild51.)
      const joined = JOINED_NAMES.test(c.text);
      if (!joined && first !== first.toUpperCase() && shortFormWord(first, sports))
        offer(lowerCased(first), c);
      const initials = initialsOf(c.words);
      // ("GM" is also grams': an ordinary word the headline would not write over a firm's name.)
      if (initials !== undefined && !FUNCTION_WORDS.has(initials) && GAZETTEER.get(initials) === undefined)
        offer(initials, c);
    }
  }
  for (const [key, c] of forms) if (c !== null) known.set(key, c);
}
