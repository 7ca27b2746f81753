// Wire agencies named by a word ("Xinhua", "Yonhap", "Interfax"), which no name list holds.
import { AGENCY } from '../../text/front-matter.js';
import { GAZETTEER, isGivenName, isLowerWord } from '../lexicon.js';

let agencyWord: RegExp | undefined;
/** A word with lower-case letters, five or more, that a dateline's credit names (front-matter.ts AGENCY). */
const WORD_SHAPE = /^[A-Z][a-z]{4,}$/;

/** A word of four letters, the first a capital: "Hina", "Tass", "Ansa". */
const SHORT_WORD_SHAPE = /^[A-Z][a-z]{3}$/;

/**
 * "Xinhua said", "according to Kyodo": the agency, an organisation (built on first use). Wires also write an
 * agency that calls itself by capitals in title case, as a word: '" The talks have failed , " said Hina .' (HINA,
 * Croatia's), "Tass", "Ansa" (read51 R24) — four letters, no given name, ordinary word or name the lists know
 * ("Nan", "Efe" and "Ani" are given names too; three letters title-cased are rarely an agency's).
 */
export function isWordNamedAgency(word: string): boolean {
  agencyWord ??= new RegExp(`^${AGENCY}$`);
  if (WORD_SHAPE.test(word)) return agencyWord.test(word);
  return (
    SHORT_WORD_SHAPE.test(word) &&
    agencyWord.test(word.toUpperCase()) &&
    !isGivenName(word) &&
    !isLowerWord(word.toLowerCase()) &&
    // ("Sana", Yemen's capital as WordNet spells it.)
    GAZETTEER.get(word.toLowerCase()) === undefined
  );
}
