import { describe, expect, it } from 'vitest';
import { prepareDocument } from '../../../functions/core/text/document.js';
import { sentenceWithBoth } from '../../../functions/core/topics/sentence-with-both.js';

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
