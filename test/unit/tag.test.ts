import { describe, expect, it } from 'vitest';
import { TagResultSchema } from '../../functions/core/schema.js';
import { tagArticle } from '../../functions/core/tag.js';

describe('tagArticle', () => {
  it('returns a result that satisfies the public schema, even for an empty body', () => {
    const result = tagArticle({ id: 'a1', body: '' });
    expect(TagResultSchema.parse(result)).toEqual(result);
    expect(result.id).toBe('a1');
  });
});

describe('the dateline of a result', () => {
  it('names the country the story was filed from', () => {
    const result = tagArticle({ body: 'TAIPEI, Taiwan — Officials met on Monday to discuss the budget.' });

    expect(result.dateline).toEqual({ text: 'TAIPEI, Taiwan —', place: 'TAIPEI, Taiwan', countryCode: 'TW' });
  });
});

describe('the language of a result', () => {
  it('is the ISO 639-1 code of a regional tag the article gives', () => {
    const [british, brazilian] = [
      { body: 'The chancellor said the budget would be fair.', language: 'en-GB' },
      { body: 'O ministro disse que o orçamento seria justo.', language: 'pt-BR' },
    ].map(tagArticle);

    expect([british?.language, brazilian?.language]).toEqual(['en', 'pt']);
  });
});
