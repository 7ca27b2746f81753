import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

// Invented 1996-style wires (session 53, fixE53): headlines shorten North/South/East/West to an initial.
const story = (headline: string) =>
  `${headline}\nSEOUL 1996-09-20\nOfficials said on Friday the talks had failed .`;
const typeOf = (body: string, text: string) =>
  entitiesOf(body).find((e) => e.mentions.some((m) => m.text === text))?.type;

describe('a compass initial before a land', () => {
  it('reads a compass initial and a people of two words as no person', () => {
    expect(typeOf(story('S. African Afrikaners demand homeland .'), 'S. African Afrikaners')).not.toBe(
      'person',
    );
  });

  it('reads "N. Korean" as a people\'s word', () => {
    expect(typeOf(story('N. Korean submarine found .'), 'N. Korean')).toBe('nationality');
  });

  it('reads a compass initial before a country as a place', () => {
    expect(typeOf(story('S. Lebanon fighting kills four .'), 'S. Lebanon')).toBe('place');
  });

  it('reads "N. Ireland" as a place, as the country lists hold the short form', () => {
    expect(typeOf(story('N. Ireland talks resume .'), 'N. Ireland')).toBe('place');
  });

  it("leaves players' initials before surnames to the players", () => {
    const body =
      'CRICKET - WAUGH HITS CENTURY .\nLONDON 1996-08-30\nS. Waugh scored 120 and N. Knight made 40 .';

    expect(typeOf(body, 'S. Waugh')).toBe('person');
    expect(typeOf(body, 'N. Knight')).toBe('person');
  });
});
