import { describe, expect, it } from 'vitest';
import { entitiesOf, entityWith, typesOf } from './entities-of.js';

describe('a party named by ordinary words or a country', () => {
  it('reads "Reform UK" opening a sentence and a headline as the party, not the United Kingdom', () => {
    const types = typesOf(
      entitiesOf(
        'Reform UK leader Nigel Farage said on Monday the party would contest every seat. Reform UK has led polls since May.',
        'Reform UK leads new poll',
      ),
    );

    expect(types.get('Reform UK')).toEqual(['organization', 'organization', 'organization']);
    expect(types.get('UK')).toBeUndefined();
  });

  it('leaves out a number word opening the sentence before the party', () => {
    const types = typesOf(entitiesOf('Four Reform UK councillors in Durham quit the group on Tuesday.'));

    expect(types.get('Reform UK')).toEqual(['organization']);
    expect(types.get('Four Reform UK')).toBeUndefined();
  });

  it('joins "Reform" alone to "Reform UK" named in the same article', () => {
    const body = 'A poll put Reform UK on 29% and Labour on 21%. Reform has led every poll since May.';

    expect(entityWith(body, 'Reform')).toBe('organization:reform-uk: Reform UK | Reform');
  });

  it('reads parties named through "and", "for" or "of" as one body each', () => {
    const types = typesOf(
      entitiesOf(
        'Alternative for Germany rose in a poll. Law and Justice won the runoff and Brothers of Italy congratulated it, while Plaid Cymru came second.',
      ),
    );

    expect(types.get('Alternative for Germany')).toEqual(['organization']);
    expect(types.get('Law and Justice')).toEqual(['organization']);
    expect(types.get('Brothers of Italy')).toEqual(['organization']);
    expect(types.get('Plaid Cymru')).toEqual(['organization']);
  });
});

describe("a government's seat or a spy agency named by one word", () => {
  it('reads "the Elysee" and "Matignon" as bodies, not people', () => {
    const types = typesOf(
      entitiesOf(
        'The Elysee did not immediately respond to a request for comment. Matignon said the prime minister agreed.',
      ),
    );

    expect(types.get('Elysee')).toEqual(['organization']);
    expect(types.get('Matignon')).toEqual(['organization']);
  });

  it('reads the Philippine presidency by its palace as a body (session 54)', () => {
    const types = typesOf(entitiesOf('The claim has no basis, Malaca\u00f1ang said on Friday.'));

    expect(types.get('Malaca\u00f1ang')).toEqual(['organization']);
  });

  it('keeps "Mossad" before its chief and "Shin Bet" as agencies', () => {
    const types = typesOf(
      entitiesOf(
        'Mossad chief David Barnea flew to Doha on Friday. Shin Bet said two suspects were arrested.',
      ),
    );

    expect(types.get('Mossad')).toEqual(['organization']);
    expect(types.get('David Barnea')).toEqual(['person']);
    expect(types.get('Shin Bet')).toEqual(['organization']);
  });
});

describe('a party adjective after "in"', () => {
  it('reads "in Democratic boost" as no place', () => {
    const types = typesOf(
      entitiesOf(
        'Mikie Sherrill led the governor race by five points, a Democratic boost.',
        'Governor race tightens in Democratic boost',
      ),
    );

    expect(types.get('Democratic')).toBeUndefined();
  });

  it('still reads a town before a time word as a place', () => {
    const types = typesOf(entitiesOf('The summit opened in Nice last week.'));

    expect(types.get('Nice')).toEqual(['place']);
  });
});
