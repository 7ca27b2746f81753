import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const focusOf = (body: string) =>
  tagArticle({ title: '', body, language: 'en' })
    .countries.filter((c) => c.focus)
    .map((c) => c.code)
    .sort();

describe('private people on the sports page are no side', () => {
  it('keeps the host of a tournament in focus over the country of the workers who built it', () => {
    const focus = focusOf('Bangladeshi labourers built the new stadiums for the World Cup in Morocco.');

    expect(focus).toEqual(['MA']);
  });

  it('keeps the host of the Olympics in focus over the country of tourists in the stands', () => {
    const focus = focusOf(
      'Mexican tourists filled the stands at the Olympics in Australia on the opening night.',
    );

    expect(focus).toEqual(['AU']);
  });

  it("still reads a competitor's people as a side beside the host", () => {
    const focus = focusOf('A Norwegian skier won the downhill at the Olympics in Italy on Sunday.');

    expect(focus).toContain('NO');
  });
});
