import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const tag = (title: string, body: string) => tagArticle({ title, body, language: 'en' });

// Papers and broadcasters credit their own copy as the wires do: "NAIROBI (The Star) -" (review33 E14).
describe('datelines credited to an outlet that is no wire agency', () => {
  it.each([
    ['NAIROBI (The Star) -', 'NAIROBI'],
    ['NAIROBI (Nation Media) -', 'NAIROBI'],
    ['SUVA (Fiji Times) -', 'SUVA'],
    ['SUVA (RNZ Pacific) \u2014', 'SUVA'],
    ['NEW YORK, March 3 (Markets Wire) -', 'NEW YORK'],
  ])('reads "%s" as the dateline of %s', (opening, place) => {
    const result = tag(
      'Budget passed',
      `${opening} Parliament passed the budget on Friday, the speaker said.`,
    );

    expect(result.dateline?.place).toBe(place);
  });

  it('keeps the outlet out of the entities', () => {
    const result = tag(
      'Port workers strike',
      'MOMBASA (The Standard) - Port workers went on strike on Monday over unpaid wages, the union said.',
    );

    expect(result.entities.map((e) => e.name)).toEqual(['Mombasa']);
  });

  it('reads no dateline when the capitals before the credit name no place', () => {
    const result = tag(
      'Alliance meets',
      'NATO (North Atlantic Treaty Organization) - The alliance met in Brussels on Friday, officials said.',
    );

    expect(result.dateline).toBeUndefined();
  });
});
