// A body's long name written as a list ("Philippine Atmospheric, Geophysical and Astronomical Services
// Administration (PAGASA)"): the commas and "and" cut it into several chunks, which the acronym after it joins.
import type { FieldText } from '../text/document.js';
import type { Token } from '../text/tokens.js';
import type { Chunk, Word } from './chunk.js';
import { FUNCTION_WORDS, ORG_HEADS } from './lexicon.js';

/** An acronym of four to eight capitals in brackets: long names only (short ones spell lists of firms too). */
const LONG_ACRONYM = /^[A-Z]{4,8}$/;

/** The capitalised words' initials, without a capitalised function word opening the chunk ("The"). */
function initialsOf(chunk: Chunk): string {
  let letters = '';
  chunk.words.forEach((w, i) => {
    if (w.capitalised && !(i === 0 && FUNCTION_WORDS.has(w.lower))) letters += w.core.charAt(0);
  });
  return letters.toUpperCase();
}

/**
 * The tokens between two chunks when only a list's joiners stand there (",", "and", ", and"): the "and"
 * word to keep in the joined name (undefined for a comma, or an "and" the field holds no word for), or null
 * when something else stands between.
 */
function joinerBetween(
  tokens: readonly Token[],
  words: readonly (Word | null)[],
  before: Chunk,
  after: Chunk,
): Word | undefined | null {
  const from = before.words[before.words.length - 1]!.index + 1;
  const to = after.words[0]!.index;
  const between = tokens.slice(from, to).map((t) => t.text);
  if (between.length === 1 && between[0] === ',') return undefined;
  if (between.length === 1 && between[0] === 'and') return words[from] ?? undefined;
  if (between.length === 2 && between[0] === ',' && between[1] === 'and') return words[from + 1] ?? undefined;
  return null;
}

/**
 * Joins chunks a list's joiners part when the last ends in a body's head word and the bracketed acronym
 * after it spells all their capitalised words' initials (a firm named after its partners, "Welsh, Carson,
 * Anderson and Stowe (WCAS)", is left to the other rules): "Philippine Atmospheric, Geophysical and Astronomical Services Administration (PAGASA)"
 * was three names ("Geophysical" an organisation of its own). `make` builds a chunk of the words.
 */
export function joinListSpelledByAcronym(
  field: FieldText,
  words: readonly (Word | null)[],
  chunks: Chunk[],
  make: (words: readonly Word[]) => Chunk,
): Chunk[] {
  const tokens = field.tokens;
  let out: Chunk[] | undefined;
  for (let k = chunks.length - 1; k > 0; k--) {
    const last = chunks[k]!;
    const lastIndex = last.words[last.words.length - 1]!.index;
    if (tokens[lastIndex + 1]?.text !== '(' || tokens[lastIndex + 3]?.text !== ')') continue;
    const acronym = tokens[lastIndex + 2]!.text;
    if (!LONG_ACRONYM.test(acronym) || !ORG_HEADS.has(last.words[last.words.length - 1]!.lower)) continue;
    let initials = initialsOf(last);
    const joined: Word[] = [...last.words];
    let first = k;
    while (first > 0 && initials.length < acronym.length) {
      const joiner = joinerBetween(tokens, words, chunks[first - 1]!, chunks[first]!);
      if (joiner === null) break;
      first--;
      joined.unshift(...chunks[first]!.words, ...(joiner ? [joiner] : []));
      initials = initialsOf(chunks[first]!) + initials;
    }
    if (first === k || initials !== acronym) continue;
    out ??= [...chunks];
    out.splice(first, k - first + 1, make(joined));
    k = first;
  }
  return out ?? chunks;
}
