import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const tag = (title: string, body: string) => tagArticle({ title, body, language: 'en' });
const codes = (title: string, body: string) => tag(title, body).countries.map((c) => c.code);

describe('towns whole beats file from by their name alone (festivals, forums, talks, races)', () => {
  it.each([
    ['VENICE', 'IT'],
    ['CANNES', 'FR'],
    ['DAVOS', 'CH'],
    ['LOCARNO', 'CH'],
    ['ST. MORITZ', 'CH'],
    ['KITZBUEHEL', 'AT'],
    ['SHARM EL-SHEIKH', 'EG'],
    ['BETHLEHEM', 'PS'],
    ['SAN SEBASTIAN', 'ES'],
  ])('gives the dateline %s its country %s', (town, code) => {
    const result = codes(
      'Event opens',
      `${town} (Reuters) - The event opened on Wednesday, organisers said.`,
    );

    expect(result).toEqual([code]);
  });

  it('keeps a festival town the host beside the winner of another country', () => {
    const result = tag(
      "Moore's film wins Golden Lion",
      'VENICE (Reuters) - American director Jim Moore won the Golden Lion at the Venice Film Festival on ' +
        'Saturday for his drama about a farming family.',
    ).countries;

    expect(result.map((c) => c.code)).toEqual(['US', 'IT']);
  });

  it('reads such a town in running text as its country', () => {
    const result = codes('Overtourism', 'Residents marched in Venice on Sunday against mass tourism.');

    expect(result).toEqual(['IT']);
  });

  it('leaves a US namesake with its state to the United States', () => {
    const result = codes(
      'Steel plant closes',
      'BETHLEHEM, Pennsylvania (Reuters) - The last mill in Bethlehem, Pennsylvania, closed on Friday.',
    );

    expect(result).toEqual(['US']);
  });

  it('keeps such a town its own country in a story that names another country twice by different names', () => {
    const result = tag(
      'Trade talks',
      'Ministers said the U.S. would attend. Talks on the United States proposal resume in Venice in June.',
    ).countries.find((c) => c.mentions.some((m) => m.text === 'Venice'));

    expect(result?.code).toBe('IT');
  });
});

describe('nuclear sites the news names alone (review33 C9)', () => {
  it.each([
    ['Inspectors have not returned to Fordow and Natanz, the agency said.', 'IR'],
    ['Satellite images show new activity at Yongbyon, analysts said.', 'KP'],
    ['Workers at Sellafield began removing old fuel on Monday.', 'GB'],
  ])('places "%s" in %s', (body, code) => {
    const result = codes('Site report', body);

    expect(result).toEqual([code]);
  });
});
