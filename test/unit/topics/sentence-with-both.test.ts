import { describe, expect, it } from 'vitest';
import { prepareDocument } from '../../../functions/core/text/document.js';
import { sentenceWithBoth, someSentence } from '../../../functions/core/topics/sentence-with-both.js';

const TIGER = /\btigers?\b/;
const WILDLIFE = /\b(?:poach\w*|wildlife|reserves?)\b/i;

describe('sentenceWithBoth: a word and its cue in one sentence, for the topic checks that keep a sense by it', () => {
  it.each([
    [
      'in one sentence of the body',
      'Tigers in India',
      'Two tigers were killed by poachers. The police said.',
    ],
    ['in the title', 'Poachers kill tigers', 'The police said so on Monday.'],
  ])('finds the word and its cue %s', (_case, title, body) => {
    const doc = prepareDocument({ title, body, language: 'en' });

    const both = sentenceWithBoth(doc, TIGER, WILDLIFE);

    expect(both).toBe(true);
  });

  it.each([
    ['in two different sentences', 'Two tigers were seen. Poachers were arrested later.'],
    ['where the cue stands beside no word', 'Poachers were arrested in the reserve.'],
    ['where the word is only capitalised, as the pattern does not read it', 'The Tigers beat poachers FC.'],
  ])('finds none %s', (_case, body) => {
    const doc = prepareDocument({ title: '', body, language: 'en' });

    const both = sentenceWithBoth(doc, TIGER, WILDLIFE);

    expect(both).toBe(false);
  });
});

describe('someSentence: a sentence that holds, for the topic checks that ask each sentence one question', () => {
  it('asks each sentence of the title, then the body, until one holds', () => {
    // Arrange
    const doc = prepareDocument({
      title: 'Tigers in India',
      body: 'Two tigers were seen. Poachers were arrested later. The reserve reopened.',
      language: 'en',
    });
    const asked: string[] = [];

    // Act
    const holds = someSentence(doc, (sentence) => {
      asked.push(sentence);
      return WILDLIFE.test(sentence);
    });

    // Assert
    expect(holds).toBe(true);
    expect(asked).toEqual(['Tigers in India', 'Two tigers were seen.', 'Poachers were arrested later.']);
  });

  it('asks the headline and a page-long sentence once each, however many words they name', () => {
    // Arrange
    const doc = prepareDocument({ title: 'Tiger count', body: 'tiger, '.repeat(20_000), language: 'en' });
    let asked = 0;

    // Act
    const holds = someSentence(doc, (sentence) => {
      asked++;
      return WILDLIFE.test(sentence);
    });

    // Assert
    expect(holds).toBe(false);
    expect(asked).toBe(2);
  });
});
