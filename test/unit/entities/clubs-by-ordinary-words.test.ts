import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

const typeOf = (body: string, text: string) =>
  entitiesOf(body).find((e) => e.mentions.some((m) => m.text === text))?.type;

// Clubs named by an ordinary word ("Sale", "Bury", "Real", "Rotor") are dropped as the word itself unless
// a results table or the club's full name says otherwise.
describe('a club named by an ordinary word', () => {
  it('opens a results line before its score, the other side and its score', () => {
    const body =
      'RUGBY UNION - ENGLISH LEAGUE RESULTS .\nLONDON 1996-09-07\nResults of English league matches on Saturday :\nBath 24 Gloucester 10\nSale 31 Wasps 33\nBury 4 Bristol City 0';

    expect(typeOf(body, 'Sale')).toBe('organization');
    expect(typeOf(body, 'Bury')).toBe('organization');
  });

  it('opens a standings row of figures', () => {
    const body =
      'SOCCER - ENGLISH LEAGUE STANDINGS .\nLONDON 1996-09-07\nStandings after Saturday ’s soccer matches ( played , won , drawn , lost , goals for , against , points ) :\nDivision one\nStoke 4 3 1 0 7 4 10\nBarnsley 3 3 0 0 8 4 9';

    expect(typeOf(body, 'Stoke')).toBe('organization');
  });

  it('stays the ordinary word on a line of figures that is no table row', () => {
    const body =
      'SOCCER - CLUB SHARES .\nLONDON 1996-09-07\nThe soccer club ’s shares rose on Friday .\nSale 31 percent of tickets went unsold .';

    expect(typeOf(body, 'Sale')).toBeUndefined();
  });

  it('stands alone for the club the story names by the word and its town', () => {
    const body =
      'SOCCER - FANS LOCKED OUT .\nMOSCOW 1996-08-30\nRotor Volgograd must play their next soccer match behind closed doors .\nThe decision ended Rotor ’s spell as league leaders .\nA late goal earned Real Madrid a 1-1 draw at Valencia , and Real looked the better side .';

    const rotor = entitiesOf(body).find((e) => e.name === 'Rotor Volgograd');
    expect(rotor?.mentions.map((m) => m.text)).toContain('Rotor');
    expect(typeOf(body, 'Real')).toBe('organization');
  });

  it('stays the ordinary word when no club of the story is named by it and a town', () => {
    const body =
      'SOCCER - FANS LOCKED OUT .\nMOSCOW 1996-08-30\nSpartak Moscow must play their next soccer match behind closed doors .\nThe decision ended their spell as league leaders , and Real fans were angry .';

    expect(typeOf(body, 'Real')).toBeUndefined();
  });
});
