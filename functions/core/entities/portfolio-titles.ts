// Ministers named after their portfolio with no comma between, the house style of Indian, Pakistani and Nigerian
// papers: "Union Minister for Road Transport and Highways Nitin Gadkari inaugurated …", "Minister of State for
// Home Affairs Nityanand Rai told …", "Minister of Health and Social Welfare Muhammad Pate said …" (wild53 Y3).
// The chunker stops at "for"/"of"/"and", so the portfolio's last part and the minister's name made one chunk
// ("Highways Nitin Gadkari", an OTHER), and the portfolio's other parts names of their own ("Road Transport").
import type { FieldText } from '../text/document.js';
import type { Chunk, Word } from './chunk.js';
import { chunkWith } from './chunking/chunk-copies.js';
import { gazetteerOfWord, isGivenNameWord, isLowerWordWord } from './word-facts.js';

/** Titles a portfolio follows through "for" or "of": "Minister for Health", "Secretary of Defence". */
const PORTFOLIO_TITLES = new Set(['minister', 'ministers', 'secretary', 'commissioner']);

/** Head words of bodies a portfolio's words may open: "Highways Authority", "Broadcasting Corporation". */
const BODY_HEADS = new Set(
  'authority board commission council agency corporation company department ministry service services bank institute office'.split(
    ' ',
  ),
);

/** A country, a place or a people's word the lists know ("Ireland", "European"). */
function placeWord(w: Word): boolean {
  const kind = gazetteerOfWord(w)?.kind;
  return kind === 'country' || kind === 'place' || kind === 'demonym';
}

/** A word of a portfolio: an ordinary word ("Road", "Transport", "Home Affairs"), no given name or place. */
function portfolioWord(w: Word): boolean {
  return isLowerWordWord(w) && !isGivenNameWord(w) && !placeWord(w) && !w.possessive;
}

/** The token index where a portfolio opens after the chunk ("Minister for ", "Minister of "), or -1. */
function portfolioAfter(field: FieldText, chunk: Chunk): number {
  const last = chunk.words[chunk.words.length - 1]!;
  if (!PORTFOLIO_TITLES.has(last.lower)) return -1;
  const link = field.tokens[last.index + 1]?.text;
  return link === 'for' || link === 'of' ? last.index + 2 : -1;
}

/**
 * The chunks with the portfolios after a minister's title left out and the minister's name after the portfolio
 * kept alone: "Minister for Road Transport and Highways Nitin Gadkari" → "Nitin Gadkari". A portfolio is a run of
 * ordinary words right after "Minister for/of" ("of State for" on the way) or after "and" that follows one; a
 * name after it starts at the first word that is no ordinary word ("Nitin", "Muhammad"). A body's head word
 * ("Highways Authority") or a place ("Minister for Europe") is no portfolio.
 */
export function withPortfolioNames(chunks: Chunk[], field: FieldText): Chunk[] {
  let out: Chunk[] | undefined;
  // The token index where the next portfolio chunk would start, or -1.
  let expected = -1;
  for (let k = 0; k < chunks.length; k++) {
    const chunk = chunks[k]!;
    const words = chunk.words;
    const first = words[0]!.index;
    if (first !== expected || chunk.caseless) {
      expected = portfolioAfter(field, chunk);
      out?.push(chunk);
      continue;
    }
    // "Minister of State for Home Affairs": the state's word on the way.
    if (words.length === 1 && words[0]!.lower === 'state' && field.tokens[first + 1]?.text === 'for') {
      expected = first + 2;
      out?.push(chunk);
      continue;
    }
    // The portfolio's words: ordinary ones and places ("Northern Ireland", "Europe").
    let p = 0;
    while (p < words.length && (portfolioWord(words[p]!) || placeWord(words[p]!))) p++;
    const place = words.slice(0, p).some(placeWord);
    // ("Minister of Road Transport and Highways Authority chairman": a body's head word ends a name; "Minister for
    // Europe Jo Kelkar": a place's portfolio keeps its name, before a name of two words at least.)
    // ("Health and Social Care Kelvane Morvane": a given name that is an ordinary word too may be either; left as
    // the chunker made it.)
    if (
      p === 0 ||
      (p < words.length && isLowerWordWord(words[p]!) && !place) ||
      (p === words.length && (place || BODY_HEADS.has(words[p - 1]!.lower))) ||
      (place && words.length - p < 2)
    ) {
      expected = portfolioAfter(field, chunk);
      out?.push(chunk);
      continue;
    }
    out ??= chunks.slice(0, k);
    if (p === words.length) {
      // "Road Transport and …": a portfolio goes on after "and".
      const last = words[words.length - 1]!;
      expected = field.tokens[last.index + 1]?.text === 'and' ? last.index + 2 : -1;
      continue;
    }
    if (place) out.push(part(field, chunk, words.slice(0, p)));
    out.push(part(field, chunk, words.slice(p)));
    expected = -1;
  }
  return out ?? chunks;
}

/** The chunk of some of a chunk's words, one after another. */
function part(field: FieldText, chunk: Chunk, words: readonly Word[]): Chunk {
  const first = words[0]!;
  const last = words[words.length - 1]!;
  return {
    ...chunkWith(
      chunk,
      words,
      first.initial,
      field.text.slice(first.start, last.end),
      first.start,
      last.end,
      first.index - 1,
    ),
    after: last.index + 1,
  };
}
