import type { Span } from './overlaps.js';

/**
 * Whether each sentence of `text` holds a match of `pattern`, each sentence read once however often it is asked
 * (by the same span object): a rule asked at every mention of a country, where one page-long list puts thousands
 * of mentions in one sentence, would otherwise read that sentence again for each of them.
 */
export function sentenceHolds(
  text: string,
  pattern: { test(text: string): boolean },
): (sentence: Span) => boolean {
  const answers = new Map<Span, boolean>();
  return (sentence) => {
    let answer = answers.get(sentence);
    if (answer === undefined) {
      answer = pattern.test(text.slice(sentence.start, sentence.end));
      answers.set(sentence, answer);
    }
    return answer;
  };
}
