import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

const typeOf = (body: string, text: string) =>
  entitiesOf(body).find((e) => e.mentions.some((m) => m.text === text))?.type;

// entities23: names no list knows, typed by the words of their sentence rather than by their shape.
describe('bands, malls and transport operators', () => {
  it('reads a name after a band word as a body, and a band member after their role as a person', () => {
    const body = 'The band Kasabian announced a UK tour on Monday. Frontman Tom Meighan left in 2020.';

    expect(typeOf(body, 'Kasabian')).toBe('organization');
    expect(typeOf(body, 'Tom Meighan')).toBe('person');
  });

  it('keeps a skating or running duo two people', () => {
    const body = 'Ice skating duo Jayne Torvill and Christopher Dean are to front a show for ITV.';

    expect(typeOf(body, 'Jayne Torvill')).toBe('person');
  });

  it('reads a name before "shopping centre" or "mall" as a place, and a shopping app as none', () => {
    const body = 'Police closed the Bullring shopping centre on Friday. Shoppers left the Bluewater mall.';

    expect(typeOf(body, 'Bullring')).toBe('place');
    expect(typeOf(body, 'Bluewater')).toBe('place');
    expect(typeOf('Users flocked to the Zentrio shopping app on Friday.', 'Zentrio')).not.toBe('place');
  });

  it('reads an arena as a place', () => {
    expect(typeOf('The concert at Wembley Arena was cancelled.', 'Wembley Arena')).toBe('place');
  });

  it('reads the one that cancels trains or flights as an operator', () => {
    expect(
      typeOf('Avanti West Coast cancelled trains between London and Manchester.', 'Avanti West Coast'),
    ).toBe('organization');
    expect(typeOf('Northern Rail cancelled dozens of trains on Tuesday.', 'Northern Rail')).toBe(
      'organization',
    );
  });
});

describe('bodies a sentence names', () => {
  it('reads a two-word name an apposition calls a firm as the firm', () => {
    const body =
      'The startup was backed by Andreessen Horowitz, the venture capital firm, which led the funding round.';

    expect(typeOf(body, 'Andreessen Horowitz')).toBe('organization');
    expect(typeOf('John Smith, the founder of the company, said sales rose.', 'John Smith')).toBe('person');
  });

  it('reads where a partner or a scientist works as a body', () => {
    expect(
      typeOf(
        'Chris Dixon, a general partner at Andreessen Horowitz, said the round was full.',
        'Andreessen Horowitz',
      ),
    ).toBe('organization');
    expect(typeOf('Scientists at Copernicus said July was the hottest month on record.', 'Copernicus')).toBe(
      'organization',
    );
  });

  it("reads one unknown word a spokesman speaks for as a body, and a full name's surname as the person", () => {
    expect(typeOf('A spokesman for Eskom said power cuts would continue.', 'Eskom')).toBe('organization');
    const trump = 'Developer Donald Trump made a bid for the casino, a spokesman for Trump said.';

    expect(typeOf(trump, 'Trump')).toBe('person');
  });
});

describe('actors after a film-maker\'s possessive (review: "Nolan\'s Cillian Murphy won")', () => {
  it('reads the name an acting prize follows as a person', () => {
    const body = "Christopher Nolan's Cillian Murphy won the Oscar for best actor on Sunday.";

    expect(typeOf(body, 'Cillian Murphy')).toBe('person');
  });

  it('reads the name the story takes up by its surname as a person', () => {
    const body = "Christopher Nolan's Cillian Murphy won the Oscar on Sunday. Murphy, 47, thanked his wife.";

    expect(typeOf(body, 'Cillian Murphy')).toBe('person');
  });

  it('keeps a work a work, though the headline names it by its last word', () => {
    const entities = entitiesOf(
      "Critics say Martin Scorsese's The Aviator is the film to beat for the top Oscar this year.",
      'Critics tip Aviator for top Oscar',
    );

    expect(entities.find((e) => e.mentions.some((m) => m.text === 'The Aviator'))?.type).toBe('other');
    expect(typeOf("Mike Leigh's Vera Drake won the Golden Lion at the film festival.", 'Vera Drake')).toBe(
      'other',
    );
  });
});

describe("monarchs' numerals (read22 F7 follow-up)", () => {
  it('keeps the numeral of a king who "was beheaded", and reads "I was shaking" as the pronoun', () => {
    expect(typeOf('King Charles I was beheaded in 1649.', 'Charles I')).toBe('person');
    expect(typeOf('"When I met King Charles I was shaking," she said.', 'Charles')).toBe('person');
  });
});

// review23 ★5, ★6, ★7 and r23-60.
describe('clubs, teams and managers on the sports pages', () => {
  it('reads a name "who play" or "who … are" takes up as a club, and "who plays" as a person', () => {
    const body = 'Liverpool are five points clear of Arsenal, who play Chelsea at Stamford Bridge on Sunday.';

    expect(typeOf(body, 'Arsenal')).toBe('organization');
    expect(typeOf('Tottenham, who won, are fourth.', 'Tottenham')).toBe('organization');
    expect(typeOf('Smith, who plays for Leeds, scored twice.', 'Smith')).toBe('person');
    expect(typeOf('The Kurds, who are the largest minority, protested.', 'Kurds')).not.toBe('organization');
  });

  it("reads a team in the possessive before its driver as the team, and a manager's side as his", () => {
    const body =
      "Lando Norris won the Brazilian Grand Prix to lead the championship. Mercedes' Kimi Antonelli was second on the podium, ahead of Mercedes' George Russell, after a late lap.";

    expect(typeOf(body, 'Mercedes')).toBe('organization');
    expect(typeOf(body, 'George Russell')).toBe('person');
    expect(typeOf("Ollie Watkins equalised for Unai Emery's side.", 'Unai Emery')).toBe('person');
    // Off the sports pages a given name's possessive is left to the rules after ("Ray's Taylor Hackford").
    expect(typeOf("Maria's Sofia Rossi was promoted at the bank.", 'Maria')).not.toBe('organization');
  });
});

describe('money pages and places', () => {
  it('reads a rating agency and a state investor as bodies', () => {
    expect(typeOf('The bonds fell after rating agency Fitch warned of a downgrade.', 'Fitch')).toBe(
      'organization',
    );
    expect(typeOf('Fitch said the outlook was negative.', 'Fitch')).toBe('organization');
    expect(typeOf("Temasek, Singapore's state investor, bought a 5% stake.", 'Temasek')).toBe('organization');
  });

  it('keeps the city of "Bankers in London said"', () => {
    expect(typeOf('Bankers in London said the request would be difficult to meet.', 'London')).toBe('place');
  });

  it('reads an album named in commas after its kind as a work, and a garden venue as a place', () => {
    expect(typeOf('She released her fourth album, Lux, this month.', 'Lux')).toBe('other');
    expect(typeOf('The tour ends at Madison Square Garden in New York.', 'Madison Square Garden')).toBe(
      'place',
    );
  });
});
