/**
 * The entity word lists (data/entities/*.json) are front-coded by scripts/build-entity-data.ts: each word
 * is the number of leading characters it shares with the word before (base 36) and the rest, joined by
 * "|". That keeps the reviewable JSON small, but decoding it at import glued ~35,000 strings together,
 * a tenth of the tagger's cold start. scripts/pack-data.ts ships the lists decoded instead, one word a
 * line, and the loaders split them with one native call (`wordList`).
 */

/** The words of a front-coded list (build time). */
export function frontDecoded(encoded: string): string[] {
  const out: string[] = [];
  let previous = '';
  for (const entry of encoded ? encoded.split('|') : []) {
    const word = previous.slice(0, Number.parseInt(entry[0]!, 36)) + entry.slice(1);
    out.push(word);
    previous = word;
  }
  return out;
}

/** A front-coded list as the tagger ships it: the words, one a line (build time). */
export function decodedList(encoded: string): string {
  const words = frontDecoded(encoded);
  const bad = words.find((word) => word.includes('\n'));
  if (bad !== undefined) throw new Error(`word list: ${JSON.stringify(bad)} holds a line break`);
  return words.join('\n');
}

/** The words of a shipped list. */
export function wordList(lines: string): string[] {
  return lines ? lines.split('\n') : [];
}

/** A data file with every front-coded list (its string fields) decoded for shipping (build time). */
export function withDecodedLists<T extends Record<string, unknown>>(data: T): T {
  return Object.fromEntries(
    Object.entries(data).map(([key, value]) => [key, typeof value === 'string' ? decodedList(value) : value]),
  ) as T;
}
