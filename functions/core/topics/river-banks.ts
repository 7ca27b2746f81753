import { matchedWords } from './matched-words.js';

/**
 * A river's banks (wild38b ★7): "thousands evacuated from villages on the banks of the Ganges", "oil lamps on the
 * banks of the Sarayu river" listed economy and banking. A bank is the shore where a preposition of place puts
 * something on or along it and "of" names its water, where a river, a canal or a lake owns it ("the river's
 * banks"), or where water overflows or breaches it; the matcher skips the word there (match.ts `NAME_OTHER_SENSE`).
 * "burst its banks" is the lexicon's flood phrase. "Pressure on the banks" and "the banks of the euro zone" name
 * no water and stay lenders.
 */
const ALONG_THE_BANKS =
  /\b(?:on|along|lin\w+|from|by|at|to|onto|near|beside|across|off)\s+the\s+(?:(?:[a-z]+ern|east|west|north|south|left|right|opposite|other)\s+)?(banks?)\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*|rivers?|canal|lake|stream|creek)\b/g;
const WATERS_BANKS =
  /\b(?:river|canal|lake|stream|creek)(?:'s|s'|\u2019s)\s+(banks?)\b|\b(?:overflow\w*|overtopped|breached|broke|burst\w*)\s+(?:(?:its|their|the)\s+)?(banks?)\b/g;
/** What ALONG_THE_BANKS needs ("bank(s) of"): a text's "bank" is mostly a lender's, and then skips its longer scan. */
const BANKS_OF = /banks?\s+of\s/;

/** [start, end) of each river bank's "bank(s)" in the text, in text order. */
export function riverBanks(text: string): [number, number][] {
  if (!text.includes('bank')) return [];
  const spans = matchedWords(text, BANKS_OF.test(text) ? [ALONG_THE_BANKS, WATERS_BANKS] : [WATERS_BANKS]);
  return spans.sort((a, b) => a[0] - b[0]);
}
