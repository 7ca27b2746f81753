import { describe, expect, it } from 'vitest';
import { isCountryCode } from '../../../functions/api/limits.js';
import countries from '../../../functions/core/data/countries.json' with { type: 'json' };
import { getFromEmptyApi } from './support.js';

const get = getFromEmptyApi;

describe('country codes in filters', () => {
  it('accepts every code the tagger can give, and nothing else of two letters', () => {
    const tagged = new Set(countries.map((c) => c.code));
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const everyPair = [...letters].flatMap((a) => [...letters].map((b) => `${a}${b}`));

    expect(everyPair.filter(isCountryCode).sort()).toEqual([...tagged].sort());
  });

  it.each([
    ['/articles?country=ZZ', 'country'],
    ['/articles?country=uk', 'country'],
    ['/trends?country=UK', 'country'],
    ['/articles?pair=GB-ZZ', 'pair'],
    ['/trends?pair=uk-us', 'pair'],
  ])(
    'rejects %s with a message that gives the right code for the United Kingdom',
    async (path, parameter) => {
      const response = await get(path);

      expect(response.status).toBe(400);
      expect(response.body.parameter).toBe(parameter);
      expect(response.body.message).toContain('(the United Kingdom is "GB")');
    },
  );

  it('still accepts real codes in any case', async () => {
    const responses = await Promise.all(
      ['/articles?country=gb', '/articles?pair=us-cn', '/trends?country=XK'].map(get),
    );

    expect(responses.map((r) => r.status)).toEqual([200, 200, 200]);
  });
});
