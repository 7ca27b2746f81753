import { describe, expect, it } from 'vitest';
import type { ArticleInput } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';

const focus = (article: Partial<ArticleInput> & { body: string }) =>
  tagArticle({ title: '', language: 'en', ...article })
    .countries.filter((c) => c.focus)
    .map((c) => c.code)
    .sort();

describe('"PH", Punjab, campaign groups and the seats of international bodies', () => {
  it('reads "PH" as the Philippines where the story places itself there otherwise', () => {
    expect(
      focus({
        title: 'PH, US troops hold drills off Zambales',
        body: 'PH and US troops held joint drills off Zambales on Tuesday. Manila says the drills are defensive.',
      }),
    ).toEqual(['PH', 'US']);
  });

  it('leaves "PH" alone elsewhere and as a firm’s initials', () => {
    expect(
      focus({ body: 'PH Holdings Inc of Denver said it would buy a chain of Colorado hotels.' }),
    ).not.toContain('PH');
    expect(
      focus({ title: 'Pool closed', body: 'The council said the PH of the water in the pool was too high.' }),
    ).toEqual([]);
  });

  it('reads Punjab as Pakistan’s in a story placed in Pakistan, and as India’s otherwise', () => {
    expect(
      focus({
        title: 'Punjab to give free solar panels to 100,000 homes',
        dateline: 'LAHORE',
        body: 'Punjab Chief Minister Maryam Nawaz said on Tuesday the province would give free solar panels to 100,000 homes.',
      }),
    ).toEqual(['PK']);
    expect(
      focus({
        body: 'Farmers in Punjab blocked highways, and the chief minister said he would raise it in New Delhi.',
      }),
    ).toEqual(['IN']);
  });

  it('gives no country for a British campaign group named after one', () => {
    expect(
      focus({
        title: 'Court rules Palestine Action ban unlawful',
        body: 'Police in London arrested 12 supporters of Palestine Action outside Parliament on Saturday.',
      }),
    ).toEqual(['GB']);
  });

  it('puts the country a body acts on in focus beside the seat it files from', () => {
    expect(
      focus({
        dateline: 'GENEVA',
        body: 'The World Health Organization declared the cholera outbreak in Malawi over on Friday.',
      }),
    ).toEqual(['CH', 'MW']);
    // Not when the country is named only later: where the body's talks were held is still the story.
    expect(
      focus({
        dateline: 'GENEVA',
        body:
          'Talks at a United Nations conference on cocoa made slow progress on Monday, delegates said. ' +
          'Some 40 countries take part. Most cocoa in stores is held in Ghana.',
      }),
    ).toEqual(['CH']);
  });
});
