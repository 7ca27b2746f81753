import { describe, expect, it } from 'vitest';
import { entitiesOf, typesOf } from './entities-of.js';

const page = (lines: string): string => `SOCCER - ENGLISH LEAGUE ROUND-UP .\nLONDON 1996-11-02\n${lines}`;

describe('sides named by one word before a plural verb on a sports page (wild50 E21)', () => {
  it('reads an ordinary word or a surname opening its sentence before were/are as the side', () => {
    const types = typesOf(
      entitiesOf(page('Arsenal were beaten at home by Leeds .\nVilla are second in the table .')),
    );

    expect(types.get('Arsenal')).toEqual(['organization']);
    expect(types.get('Villa')).toEqual(['organization']);
  });

  it('leaves plurals and group nouns before a plural verb alone', () => {
    const types = typesOf(
      entitiesOf(page('Police were called to the ground .\nFans were locked out of the stadium .')),
    );

    expect(types.has('Police')).toBe(false);
    expect(types.has('Fans')).toBe(false);
  });

  it('reads a club before "player-manager" and a name as the club', () => {
    const types = typesOf(entitiesOf(page('Everton player-manager Tom Baxter signed a new striker .')));

    expect(types.get('Everton')).toEqual(['organization']);
    expect(types.get('Tom Baxter')).toEqual(['person']);
  });
});

describe('clubs closed by two initials (wild50 E21)', () => {
  it('reads "<Word> XY" on a results line as a club, first or second side', () => {
    const types = typesOf(
      entitiesOf(
        'SOCCER - PORTUGUESE RESULTS .\nLISBON 1996-11-02\nResults of Portuguese first division matches :\n' +
          'Sporting CP 2 Farense 1\nBoavista 0 Vitoria SC 3',
      ),
    );

    expect(types.get('Sporting CP')).toEqual(['organization']);
    expect(types.get('Vitoria SC')).toEqual(['organization']);
  });

  it('keeps roman numerals closing a person name', () => {
    const types = typesOf(entitiesOf('Pope John Paul II met King Juan Carlos I in Madrid on Monday.'));

    expect(types.get('John Paul II')).toEqual(['person']);
  });
});
