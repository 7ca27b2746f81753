/**
 * "putting the hosts third in the medal table behind Norway and the United States", "ahead of Italy and
 * Germany in the standings": countries named after a word of rank stand where a table puts them, side by
 * side. On the sports page two countries coordinated there are no two sides of a match, though the sentence
 * names the Games (pairs.ts).
 */
const RANKED_BEFORE = /\b(?:behind|ahead\s+of|above|below|trailing)\s+(?:the\s+)?$/i;

/** Whether a word of rank stands right before an offset (the first of two coordinated countries). */
export function rankedAt(text: string, at: number): boolean {
  return RANKED_BEFORE.test(text.slice(Math.max(0, at - 16), at));
}
