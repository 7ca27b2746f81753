// Initials written without periods, the house style of Indian (and some Pakistani, Malaysian and African)
// papers: "Justices B R Gavai and K V Viswanathan", "former finance minister P Chidambaram", "Chief Minister
// M K Stalin", "Y S Jagan Mohan Reddy" (wild52 X4). The chunker reads single letters as labels ("Plan B",
// "Group C"), so the name lost its initials and, read alone, looked like a firm's.

import { lookupPlace } from '../countries/gazetteer.js';
import type { FieldText } from '../text/document.js';
import { type Chunk, chunkWith, type Word } from './chunk.js';
import { isLegalFormWord } from './legal-form.js';
import { FUNCTION_WORDS, GAZETTEER, isLowerWord, PERSON_TITLES } from './lexicon.js';

/** At most this many initials before a name ("Y S Jagan Mohan Reddy" has two; three are seen). */
const MAX_INITIALS = 3;

/** A single capital letter written alone: "B" of "B R Gavai". */
function letterAt(words: readonly (Word | null)[], i: number): Word | undefined {
  const w = i >= 0 ? words[i] : null;
  if (!w || w.caseless || w.end - w.start !== 1) return undefined;
  const c = w.core.charCodeAt(0);
  return c >= 65 && c <= 90 ? w : undefined;
}

/**
 * Words of a person's office or role that papers put right before the initials: "Justices B R Gavai", "former
 * finance minister P Chidambaram", "DMK leader T R Baalu", "Chief Minister M K Stalin". Firms named with
 * initials ("broker C Czarnikow", "S G Warburg", "N M Rothschild", "C Itoh and Co", 1987 London's house style)
 * follow no such word, and neither do labels ("class B shares", "the M/V Regent Star", "256K DRAM").
 */
const ROLES_BEFORE = new Set(
  `justice justices judge judges leader leaders minister ministers chief secretary spokesman spokeswoman spokesperson
  mp mla mlas mps actor actress director chairman chairperson collector officer commissioner superintendent
  inspector captain coach batsman bowler cricketer singer author founder brig gen col maj capt lt governor
  president vice-president speaker deputy mayor senator member members dr prof shri smt`
    .split(/\s+/)
    .filter(Boolean),
);

/** Whether the token before the initials is a person's title or role, written apart from them. */
function opensInitials(field: FieldText, index: number, first: Word): boolean {
  const token = field.tokens[index];
  if (token === undefined || token.end + 1 !== first.start || field.text.charCodeAt(token.end) !== 32)
    return false;
  const lower = token.text.toLowerCase();
  return ROLES_BEFORE.has(lower) || PERSON_TITLES.has(lower);
}

/** "lead manager J Arthur Pellow and Co Ltd", "R T Dunmore Inc": a firm's legal form closes the name. */
function firmAfter(field: FieldText, chunk: Chunk): boolean {
  const last = chunk.words[chunk.words.length - 1]!;
  if (isLegalFormWord(last.core)) return true;
  let next = field.tokens[chunk.after]?.text;
  if (next === 'and' || next === '&') next = field.tokens[chunk.after + 1]?.text;
  return next !== undefined && isLegalFormWord(next);
}

/** "Justices B R Gavai and K V Viswanathan": initials after "and" or a comma that follows such a name. */
function afterListedPerson(field: FieldText, index: number, extendedEnd: number): boolean {
  const text = field.tokens[index]?.text;
  return (text === 'and' || text === ',') && index === extendedEnd + 1;
}

/**
 * A name the letters may stand before: no ordinary word ("class B Shares", "the F A Cup"), no place or people
 * ("N Ireland", "S Korean").
 */
function personalName(w: Word): boolean {
  if (FUNCTION_WORDS.has(w.lower) || isLowerWord(w.lower)) return false;
  const kind = GAZETTEER.get(w.lower)?.kind;
  if (kind === 'country' || kind === 'demonym' || kind === 'place' || kind === 'organization') return false;
  return lookupPlace(w.core) === undefined;
}

/**
 * "Telangana Chief Minister A Revanth Reddy": after a title written with its capital, "A" before a name of two words
 * or more is an initial; the article would be in lower case there, or open a new sentence after a period.
 */
function fullNameAfterTitleCase(field: FieldText, index: number, chunk: Chunk): boolean {
  const title = field.tokens[index]?.text ?? '';
  const c = title.charCodeAt(0);
  return c >= 65 && c <= 90 && chunk.words.length >= 2;
}

/**
 * Chunks whose name follows one to three initials written without periods, after a person's title or role, take
 * the initials in: "Justices B R Gavai", "minister P Chidambaram". A lone "A" or "I" is the article or the pronoun ("A Kenyan court", "I Thank"); two or more
 * letters may open with them ("A K Antony"), and so may a lone "A" after a capitalised title (fullNameAfterTitleCase).
 */
export function withUndottedInitials(
  chunks: Chunk[],
  field: FieldText,
  words: readonly (Word | null)[],
): Chunk[] {
  let out: Chunk[] | undefined;
  // Token index of the last word of the name the rule last gave its initials ("Justices B R Gavai and K V …").
  let extendedEnd = -2;
  for (let k = 0; k < chunks.length; k++) {
    const chunk = chunks[k]!;
    const first = chunk.words[0]!;
    const at = first.index;
    let from = at;
    if (!chunk.caseless && !chunk.work && letterAt(words, at - 1) !== undefined) {
      while (from > at - MAX_INITIALS && letterAt(words, from - 1) !== undefined) from--;
      // Letters spaced as written initials are: one space apart, right before the name.
      let spaced = true;
      for (let i = from; i < at && spaced; i++)
        spaced =
          words[i]!.end + 1 === (words[i + 1]?.start ?? -1) && field.text.charCodeAt(words[i]!.end) === 32;
      const single = at - from === 1 ? words[from]!.core : '';
      if (
        !spaced ||
        (single === 'A' && !fullNameAfterTitleCase(field, from - 1, chunk)) ||
        single === 'I' ||
        single === 'X' ||
        letterAt(words, from - 1) !== undefined ||
        !(opensInitials(field, from - 1, words[from]!) || afterListedPerson(field, from - 1, extendedEnd)) ||
        !personalName(first) ||
        firmAfter(field, chunk) ||
        (k > 0 && chunks[k - 1]!.end > words[from]!.start)
      )
        from = at;
    }
    if (from === at) {
      out?.push(chunk);
      continue;
    }
    out ??= chunks.slice(0, k);
    const initials: Word[] = [];
    for (let i = from; i < at; i++) initials.push(words[i]!);
    const opener = initials[0]!;
    extendedEnd = chunk.words[chunk.words.length - 1]!.index;
    out.push(
      chunkWith(
        chunk,
        [...initials, ...chunk.words],
        opener.initial,
        field.text.slice(opener.start, chunk.end),
        opener.start,
        chunk.end,
        opener.index - 1,
      ),
    );
  }
  return out ?? chunks;
}
