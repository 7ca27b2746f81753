import type { FieldText } from '../text/document.js';
import type { Word } from './chunk.js';
import { CORE_SHAPES, WORD_BITS } from './word-bits.js';
import { wordWith } from './word-copy.js';

/**
 * Stock indices named by their maker or market and a number: "S&P 500", "FTSE 100", "CAC 40", "Nikkei 225",
 * "CSI 300", "Stoxx 600", "Nasdaq 100", "Russell 2000". The number is part of the name ("the FTSE 250" is
 * another index than the FTSE 100), so the name keeps it; a name cut before it ("S&P") reads as the maker, a
 * ratings firm or a newspaper.
 */
const INDEX_MAKERS = new Set(
  's&p ftse cac nikkei dax mdax sdax tecdax stoxx csi kospi kosdaq nifty nasdaq asx aex bel smi ibex topix russell'.split(
    ' ',
  ),
);
/** "Russell 56" is a cricketer's score on a card: the Russell indices are these three only. */
const RUSSELL_NUMBERS = new Set(['1000', '2000', '3000']);
const INDEX_NUMBER = /^\d{2,4}$/;
/** A year after the name ("the Nikkei 2024 high") is no index's number. */
const YEAR = /^(?:19|20)\d\d$/;

/** Whether `word` names an index that a number may follow (cheap: one Set probe on the lower-cased word). */
export function isIndexName(word: Word): boolean {
  return INDEX_MAKERS.has(word.lower);
}

/**
 * The index's number as a word of the name, when the token at `index` is one written right after `maker`
 * ("CAC 40", not "CAC, 40"), and not the start of a larger figure ("Nikkei 22,000").
 */
export function indexNumberAt(field: FieldText, index: number, maker: Word): Word | null {
  const token = field.tokens[index];
  if (token === undefined || token.start !== maker.end + 1 || maker.possessive) return null;
  const text = token.text;
  if (!INDEX_NUMBER.test(text)) return null;
  if (maker.lower === 'russell' ? !RUSSELL_NUMBERS.has(text) : YEAR.test(text)) return null;
  const after = field.tokens[index + 1];
  // "22,000", "225.5": the number goes on.
  if (after !== undefined && after.start === token.end && (after.text === ',' || after.text === '.')) {
    const next = field.tokens[index + 2];
    if (next !== undefined && next.start === after.end && /^\d/.test(next.text)) return null;
  }
  return wordWith(maker, {
    index,
    core: text,
    lower: text,
    bits: WORD_BITS.of(text, -1),
    shapes: CORE_SHAPES.of(text),
    start: token.start,
    end: token.end,
    possessive: false,
    initial: false,
  });
}

/** Whether a name's words are an index and its number ("S&P 500", "Euro Stoxx 50"): a market measure. */
export function isNumberedIndex(words: readonly Word[]): boolean {
  const n = words.length;
  const c = words[n - 1]!.core.charCodeAt(0);
  return c >= 48 && c <= 57 && n >= 2 && INDEX_MAKERS.has(words[n - 2]!.lower);
}
