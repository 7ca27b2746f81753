import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const focusOf = (title: string, body: string) =>
  tagArticle({ title, body, language: 'en' })
    .countries.filter((c) => c.focus)
    .map((c) => c.code);

const codesOf = (title: string, body: string) =>
  tagArticle({ title, body, language: 'en' }).countries.map((c) => c.code);

describe('towns named after places abroad, placed by the state after them', () => {
  it('reads a metonym placed by a US state as the American town', () => {
    expect(
      codesOf('Firm faces claims', 'WESTMINSTER, Calif. (AP) \u2014 The company said it faces claims.'),
    ).toEqual(['US']);
    expect(
      codesOf('Warehouse fire', 'A fire destroyed a warehouse in Westminster, Colorado, on Tuesday.'),
    ).toEqual(['US']);
  });

  it("reads a longer town opened by a city abroad as the state's town, in capitals too", () => {
    expect(
      codesOf('Firm faces claims', 'BEDFORD HEIGHTS, Ohio (AP) \u2014 The company said it faces claims.'),
    ).toEqual(['US']);
    expect(
      codesOf('Firm faces claims', 'TOLUCA LAKE, Calif. \u2014 The company said it faces claims.'),
    ).toEqual(['US']);
    expect(
      codesOf(
        'Firm faces claims',
        'SAN LUIS OBISPO, Calif., Dec 6 (Reuters) - The company said it faces claims.',
      ),
    ).toEqual(['US']);
  });

  it("keeps the city abroad when its name goes on into a body before another state's", () => {
    const codes = codesOf(
      'Listing',
      'The firm is listed on the London Stock Exchange, New York Stock Exchange and Euronext.',
    );

    expect(codes).toContain('GB');
  });

  it('keeps the metonym in a list of governments', () => {
    expect(
      focusOf('Talks', 'Officials in Westminster, Washington and Beijing said the talks would resume.'),
    ).toContain('GB');
  });

  it('keeps a city placed by a state of its own country', () => {
    expect(
      codesOf('Warehouse fire', 'A fire destroyed a warehouse in Perth, Western Australia, on Tuesday.'),
    ).toEqual(['AU']);
  });
});
