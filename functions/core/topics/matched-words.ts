/**
 * [start, end) of the word each match of `patterns` names, pattern by pattern in their order and each in text order:
 * the match's first group that took part ('' where none did), at its last place in the match. `keep`, where given,
 * passes a match over where it says no. Each pattern must carry the global flag (`matchAll` throws where one does
 * not, rather than looping forever as an `exec` loop would; read48); it is read from the text's start whatever its
 * lastIndex, which is left at 0.
 *
 * The shape of the checks that mark a lexicon word told in another sense, which the matcher then skips (match.ts
 * `NAME_OTHER_SENSE`): crashes that are no accidents (crashes-not-accidents.ts), accidents only risked
 * (risked-accidents.ts), stakes no one holds (stakes-not-owned.ts), river banks (river-banks.ts), elections said to
 * be stolen (stolen-contests.ts); each wrote this loop out before (tidy48, the duplicates tool's row on the first two).
 */
export function matchedWords(
  text: string,
  patterns: readonly RegExp[],
  keep?: (pattern: RegExp, m: RegExpExecArray) => boolean,
): [number, number][] {
  const spans: [number, number][] = [];
  for (const pattern of patterns) {
    // matchAll reads a copy of the pattern from the original's lastIndex: start it at the text's start.
    pattern.lastIndex = 0;
    for (const m of text.matchAll(pattern)) {
      if (keep !== undefined && !keep(pattern, m)) continue;
      const word = m.slice(1).find((g) => g !== undefined) ?? '';
      const start = m.index + m[0].lastIndexOf(word);
      spans.push([start, start + word.length]);
    }
  }
  return spans;
}
