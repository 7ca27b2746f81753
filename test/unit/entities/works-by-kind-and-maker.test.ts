import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

const typeOf = (body: string, text: string) =>
  entitiesOf(body).find((e) => e.mentions.some((m) => m.text === text))?.type;

// review21 ★9: films and records named without quotation marks were firms, persons or places.
describe('a work named without quotation marks', () => {
  it('is other after the word for its kind', () => {
    const body =
      'The film Elf took 30 million dollars at the box office. Retailers withdrew the game Manhunt.';

    expect(typeOf(body, 'Elf')).toBe('other');
    expect(typeOf(body, 'Manhunt')).toBe('other');
  });

  it("is other after its maker's possessive in a sentence about films or records", () => {
    const body =
      "Mike Leigh's Vera Drake won the Golden Lion at the Venice film festival. Martin Scorsese's The Aviator is tipped for the Oscars. Eminem's Like Toy Soldiers knocked Ciara's Goodies off the top of the UK singles chart.";

    expect(typeOf(body, 'Vera Drake')).toBe('other');
    expect(typeOf(body, 'The Aviator')).toBe('other');
    expect(typeOf(body, 'Like Toy Soldiers')).toBe('other');
    expect(typeOf(body, 'Goodies')).toBe('other');
  });

  it('leaves people named after a body, a work or a bare surname in the possessive', () => {
    const body =
      "Heat's Charles Gant said the film would win. The BBC's Zubair Ahmed in Mumbai says the film is controversial. Scorsese's Howard Hughes biopic leads the Oscars race.";

    expect(typeOf(body, 'Charles Gant')).toBe('person');
    expect(typeOf(body, 'Zubair Ahmed')).toBe('person');
    expect(typeOf(body, 'Howard Hughes')).toBe('person');
  });

  it('is no work outside films and records, or as initials', () => {
    const body =
      "Shearson offered the novel CDs yesterday. After the game Wenger said he was pleased. France's Canal Plus film unit was sold.";

    expect(typeOf(body, 'CDs')).not.toBe('other');
    expect(typeOf(body, 'Wenger')).toBe('person');
    expect(typeOf(body, 'Canal Plus')).not.toBe('other');
  });
});
