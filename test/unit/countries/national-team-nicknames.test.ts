import { describe, expect, it } from 'vitest';
import { focusAndPairs } from './focus-and-pairs.js';

describe('a national side named by its nickname stands for its country on the sports page', () => {
  it('puts both rugby sides in focus and pairs them', () => {
    const { focus, pairs } = focusAndPairs({
      title: 'All Blacks hold off Springboks in Wellington thriller',
      language: 'en',
      body:
        'The All Blacks held off the Springboks 24-22 in Wellington on Saturday, Beauden Barrett kicking the ' +
        'winning penalty two minutes from time.\n\nSpringbok captain Siya Kolisi said his side had let the ' +
        'match slip after leading at half-time.',
    });

    expect(focus).toEqual(['NZ', 'ZA']);
    expect(pairs).toContain('NZ-ZA');
  });

  it('reads football and cricket nicknames the same way', () => {
    const football = focusAndPairs({
      title: 'Super Eagles stun Socceroos',
      language: 'en',
      body: 'The Super Eagles beat the Socceroos 2-0 in a friendly on Tuesday, Victor Osimhen scoring twice.',
    });
    const cricket = focusAndPairs({
      title: 'Proteas crush Black Caps',
      language: 'en',
      body: 'The Proteas beat the Black Caps by nine wickets in Durban on Sunday to level the series.',
    });

    expect(football.focus).toEqual(['AU', 'NG']);
    expect(cricket.focus).toEqual(['NZ', 'ZA']);
  });

  it('does not read a Mexican club "Pumas UNAM" as Argentina', () => {
    const { focus } = focusAndPairs({
      title: 'Pumas UNAM sign striker',
      language: 'en',
      body: 'MEXICO CITY - Pumas UNAM signed a new striker on Monday ahead of the Liga MX season.',
    });

    expect(focus).toEqual(['MX']);
  });

  it('does not read a Liga MX club called "Pumas" as Argentina, but keeps Argentina’s rugby Pumas (read23 F5)', () => {
    const club = focusAndPairs({
      title: 'Pumas edge Tigres in Monterrey',
      language: 'en',
      body:
        'MONTERREY, Mexico - Pumas beat Tigres 1-0 on Sunday to reach the Liga MX semi-finals, their first since ' +
        '2020. Pumas goalkeeper Julio Gonzalez made six saves.',
    });
    const rugby = focusAndPairs({
      title: 'Pumas stun Wallabies',
      language: 'en',
      body: 'The Pumas beat the Wallabies 34-31 in the Rugby Championship on Saturday, scoring three tries.',
    });

    expect(club.focus).toEqual(['MX']);
    expect(rugby.focus).toEqual(['AR', 'AU']);
  });
});
