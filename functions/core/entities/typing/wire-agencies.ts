// Wire agencies named by a word ("Xinhua", "Yonhap", "Interfax"), which no name list holds.
import { AGENCY } from '../../text/front-matter.js';

let agencyWord: RegExp | undefined;
/** A word with lower-case letters, five or more, that a dateline's credit names (front-matter.ts AGENCY). */
const WORD_SHAPE = /^[A-Z][a-z]{4,}$/;

/** "Xinhua said", "according to Kyodo": the agency, an organisation (built on first use). */
export function isWordNamedAgency(word: string): boolean {
  if (!WORD_SHAPE.test(word)) return false;
  agencyWord ??= new RegExp(`^${AGENCY}$`);
  return agencyWord.test(word);
}
