/** A word, number or punctuation mark with UTF-16 offsets into its field (end exclusive). */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

// Words keep inner apostrophes, periods of abbreviations ("U.S.", "J.D."), hyphens and ampersands
// ("AT&T"); a possessive "'s" stays on the word and recognisers strip it where they need to.
// A single capital with a period before another capital is an initial: "S. Waugh", "T.O'Gorman".
const TOKEN =
  /(?:\p{Lu}\.){2,}|\p{Lu}\.(?=[ ]?\p{Lu}\p{Ll})|\p{L}[\p{L}\p{M}\p{N}]*(?:['’\-&][\p{L}\p{M}\p{N}]+)*\.?(?<=\p{L}\.)(?=\s+\p{Ll})|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’\-&][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,:]\p{N}+)*%?|\S/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index ?? 0;
    tokens.push({ text: m[0], start, end: start + m[0].length });
  }
  return tokens;
}
