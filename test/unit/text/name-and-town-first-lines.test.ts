import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const codes = (body: string, title = 'Corn prices climb on heat') =>
  tagArticle({ title, body }).countries.map((c) => `${c.code}${c.focus ? '*' : ''}`);

describe('a first line of a writer’s name and town, as Indian papers print a byline (review62)', () => {
  it.each([
    ['ANITA PILLAI, Chennai'],
    ['Anita Pillai, Chennai'],
    ['Staff Reporter, Chennai'],
    ['Express News Service, Chennai'],
  ])('gives the town of %s no country of the story', (line) => {
    const body = `${line}\n\nCorn futures rose 2% on Wednesday as heat hurt crops in the US Midwest.`;

    expect(codes(body)).toEqual(['US*']);
  });

  it.each([['SABON GARI, Kano'], ['Sabon Gari, Kano'], ['Victoria Island, Lagos']])(
    'keeps a neighbourhood’s dateline, %s, and its town’s country (review63)',
    (line) => {
      const body = `${line}\n\nTraders fled as youths clashed on Monday. Police restored calm.`;

      expect(codes(body, 'Clashes in market')).toEqual(['NG*']);
    },
  );

  it('keeps such a line when it runs on into the story on the next line', () => {
    const body = 'Meera Pillai, Chennai\nfarmer, said the crop failed in Tamil Nadu this year.';

    expect(codes(body, 'Crop fails')).toContain('IN*');
  });
});

describe('a dateline written as the body’s first paragraph, without a date or a dash', () => {
  it('reads "KYIV, Ukraine" over the story as its dateline', () => {
    const body = 'KYIV, Ukraine\n\nRussian drones hit power plants overnight, officials said.';

    const result = tagArticle({ title: 'Drones hit power plants', body });

    expect(result.dateline?.countryCode).toBe('UA');
    expect(result.countries.find((c) => c.code === 'UA')?.focus).toBe(true);
  });

  it('reads no dateline in capitals that name no place the lists know', () => {
    const body = 'MEERA PILLAI, Chennai\n\nCorn futures rose 2% on Wednesday in the US Midwest.';

    expect(tagArticle({ title: 'Corn prices climb', body }).dateline).toBeUndefined();
  });

  it('reads no dateline in a label over the story', () => {
    const body = 'BREAKING, World\n\nThe central bank held rates on Thursday.';

    expect(tagArticle({ title: 'Rates held', body }).dateline).toBeUndefined();
  });
});
