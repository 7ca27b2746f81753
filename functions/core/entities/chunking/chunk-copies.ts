// Chunks made from words (`makeChunk`) and copies with other words (`chunkWith`).
import type { FieldText } from '../../text/document.js';
import type { Chunk, Word } from '../chunk.js';
import { CORE_SHAPES, WORD_BITS } from '../word-bits.js';
import { wordWith } from '../word-copy.js';

/** Company-name abbreviations whose period the tokenizer may have split off ("Inc", "."). */
const ABBREVIATED_HEADS = new Set(['inc', 'corp', 'co', 'ltd', 'bros', 'plc', 'llc']);

/** "Norwest Corp." keeps its period: the abbreviation's, even when it also ends the sentence. */
/**
 * "Musk announced it in a post on X. The company …": the one letter a name is written alone by (`isNameWord`: X,
 * the platform) keeps no sentence's full stop the tokeniser read as an initial's period (the name was "X.").
 */
function withoutSentenceStop(words: readonly Word[]): readonly Word[] {
  if (words.length !== 1) return words;
  const only = words[0]!;
  if (only.core !== 'X.') return words;
  return [
    wordWith(only, {
      core: 'X',
      lower: 'x',
      bits: WORD_BITS.of('x', -1),
      shapes: CORE_SHAPES.of('X'),
      end: only.end - 1,
    }),
  ];
}

function withAbbreviationPeriod(field: FieldText, words: readonly Word[]): readonly Word[] {
  const last = words[words.length - 1]!;
  if (words.length < 2 || last.possessive || !ABBREVIATED_HEADS.has(last.lower)) return words;
  const next = field.tokens[last.index + 1];
  if (next?.text !== '.' || next.start !== last.end) return words;
  const extended: Word = wordWith(last, {
    core: `${last.core}.`,
    lower: `${last.lower}.`,
    bits: WORD_BITS.of(`${last.lower}.`, -1),
    shapes: CORE_SHAPES.of(`${last.core}.`),
    end: next.end,
  });
  return [...words.slice(0, -1), extended];
}

/**
 * A copy of `chunk` with other words (and, when given, another initial flag, text and offsets), spelled out
 * field by field in `makeChunk`'s order instead of `{ ...chunk, words }`: V8 gives every spread site a hidden
 * class of its own, and with ~30 such sites the typing functions' reads of `chunk.words`, `chunk.field` and
 * `chunk.caseless` had gone megamorphic. Every chunk now has one hidden class. A copy keeps the chunk's text
 * and offsets unless they are given.
 */
export function chunkWith(
  chunk: Chunk,
  words: readonly Word[],
  initial = chunk.initial,
  text = chunk.text,
  start = chunk.start,
  end = chunk.end,
  before = chunk.before,
): Chunk {
  return {
    field: chunk.field,
    words,
    text,
    start,
    end,
    before,
    after: chunk.after,
    caseless: chunk.caseless,
    initial,
    work: chunk.work,
  };
}

export function makeChunk(
  field: FieldText,
  chunkWords: readonly Word[],
  caseless: boolean,
  work = false,
): Chunk {
  const words = caseless ? chunkWords : withoutSentenceStop(withAbbreviationPeriod(field, chunkWords));
  const first = words[0]!;
  const last = words[words.length - 1]!;
  return {
    field: field.field,
    words,
    text: field.text.slice(first.start, last.end),
    start: first.start,
    end: last.end,
    before: first.index - 1,
    after: last.index + 1,
    caseless,
    initial: first.initial,
    work,
  };
}
