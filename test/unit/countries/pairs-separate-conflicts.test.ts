import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const scoreOf = (title: string, body: string, pair: string) =>
  tagArticle({ title, body, language: 'en' }).countryPairs.find((p) => p.pair === pair)?.score;

describe('two countries each with its own war are side by side, not linked (review62)', () => {
  it('scores the wars in two countries of a one-line brief as a list pair', () => {
    const score = scoreOf(
      '',
      'The conflicts in Chad and Niger have cut aid to millions, a charity said on Friday.',
      'NE-TD',
    );

    expect(score).toBe(0.3);
  });

  it('scores two insurgencies under a headline as a list pair', () => {
    const score = scoreOf(
      'Insurgencies in Mozambique and Cameroon strain aid budgets',
      'The insurgencies in Mozambique and Cameroon have driven two million people from their homes, an aid ' +
        'group said on Thursday. Donors pledged less than half of what was sought.',
      'CM-MZ',
    );

    expect(score).toBe(0.3);
  });

  it('keeps a war between the two linked', () => {
    const score = scoreOf(
      '',
      'The war between Armenia and Azerbaijan ended with a ceasefire in 2020, officials said.',
      'AM-AZ',
    );

    expect(score).toBeGreaterThan(0.5);
  });

  it('keeps the two linked where the sentence names them again in an act between them', () => {
    const score = scoreOf(
      '',
      'The conflicts in Armenia and Azerbaijan flared again after Azerbaijan shelled Goris and Armenia shot down a drone.',
      'AM-AZ',
    );

    expect(score).toBeGreaterThan(0.5);
  });

  it('keeps two countries that fought each other linked', () => {
    const score = scoreOf(
      '',
      'Thailand and Cambodia fought a brief border war in July, killing dozens.',
      'KH-TH',
    );

    expect(score).toBeGreaterThan(0.5);
  });
});
