import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

// Invented sports reports (session 54, fixE54; wild52 W25): competitions named after a sponsor of two names.
const names = (body: string, title = '') => entitiesOf(body, title).map((e) => `${e.type}:${e.name}`);

describe('competitions named after a sponsor of two names', () => {
  it('reads "the X and Y Cup" as one competition, with no person in it', () => {
    const found = names(
      'CRICKET - COUNTY REPORT .\nLONDON 1996-08-30\nKent won the Benson and Hedges Cup last year .',
    );

    expect(found).toContain('other:Benson and Hedges Cup');
    expect(found.some((n) => n.startsWith('person:'))).toBe(false);
  });

  it('joins a firm of two words before "and" and a league', () => {
    const found = names(
      'CRICKET - COUNTY REPORT .\nLONDON 1996-08-30\nSurrey lead the Axa Equity and Law League .',
    );

    expect(found.some((n) => n.endsWith(':Axa Equity and Law League'))).toBe(true);
  });

  it('leaves two players before an event in a headline apart', () => {
    const found = names(
      'Kowalczyk and Nadirov Masters hopes fade .\nLONDON 1996-08-30\nBoth were out of form .',
    );

    expect(found.some((n) => n.includes('Kowalczyk and Nadirov'))).toBe(false);
  });

  it('leaves a country and a cup, or two competitions, apart', () => {
    expect(names('They beat the Australia and New Zealand Cup holders .', 'Rugby')).toContain(
      'place:Australia',
    );
    expect(names('Leinster play in the Heineken Cup and Celtic League this season.', 'Rugby')).toContain(
      'other:Heineken Cup',
    );
  });
});
