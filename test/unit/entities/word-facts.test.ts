import { describe, expect, it } from 'vitest';
import { lookupPlace } from '../../../functions/core/countries/gazetteer.js';
import { analyseWords, type Word } from '../../../functions/core/entities/chunk.js';
import {
  GAZETTEER,
  isGivenName,
  isKnownSurname,
  isLowerWord,
} from '../../../functions/core/entities/lexicon.js';
import {
  gazetteerOfWord,
  isGivenNameWord,
  isKnownSurnameWord,
  isLowerWordWord,
  placeOfWord,
  startsLongerNameWord,
} from '../../../functions/core/entities/word-facts.js';
import { prepareField } from '../../../functions/core/text/document.js';

const STORY =
  "Chinese Premier Li Qiang met Sarah Jones in Paris's old town on Monday, and Sarah said France's " +
  'Renault and the Madrid club Real Madrid would talk again in Paris. Jones left for Tokyo.';

/** Each word's answers by the word's facts and by the string look-ups, side by side. */
function answers(words: readonly Word[]) {
  return {
    byWord: words.map((w) => [
      gazetteerOfWord(w),
      placeOfWord(w),
      isGivenNameWord(w),
      isKnownSurnameWord(w),
      isLowerWordWord(w),
      startsLongerNameWord(w),
    ]),
    byText: words.map((w) => [
      GAZETTEER.get(w.lower),
      lookupPlace(w.core),
      isGivenName(w.core),
      isKnownSurname(w.core),
      isLowerWord(w.core),
      GAZETTEER.startsLongerName(w.lower),
    ]),
  };
}

describe('word facts', () => {
  it("give every word the string look-ups' answers, the first time and when its text comes again", () => {
    // Arrange: the story twice, so the second pass reads facts kept with the token texts.
    const words = [0, 1].flatMap(() =>
      analyseWords(prepareField('body', STORY), false).filter((w): w is Word => w !== null),
    );
    // Act
    const { byWord, byText } = answers(words);
    // Assert
    expect(byWord).toEqual(byText);
    expect(byWord.some(([entry]) => entry !== undefined)).toBe(true);
    expect(byWord.some(([, place]) => place !== undefined)).toBe(true);
    expect(byWord.some((answers) => answers[5] === true)).toBe(true);
  });

  it('answer for its own text a word made from another with a new text, not with the facts it carries', () => {
    // Arrange: "Paris" once asked about, then a word spread from it with another text.
    const paris = analyseWords(prepareField('body', 'Officials in Paris said so.'), false).find(
      (w): w is Word => w?.core === 'Paris',
    )!;
    expect(placeOfWord(paris)).toBeDefined();
    const made: Word = { ...paris, core: 'Sarah', lower: 'sarah' };
    // Act
    const { byWord, byText } = answers([made]);
    // Assert
    expect(byWord).toEqual(byText);
    expect(isGivenNameWord(made)).toBe(true);
  });
});
