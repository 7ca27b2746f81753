import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

const typeOf = (body: string, text: string) =>
  entitiesOf(body).find((e) => e.mentions.some((m) => m.text === text))?.type;
const names = (body: string) => entitiesOf(body).map((e) => e.name);

// review62 ★3/★2 (session 62): office-holders apposed after a state, state titles before initials, Filipino and
// Kenyan name forms, and parties named like people.
describe('a name set off by commas after an office of a place', () => {
  it('is the office holder, not a region of the place', () => {
    expect(
      typeOf(
        'The former governor of Benue State, Danladi Ochigbo, has been declared wanted.',
        'Danladi Ochigbo',
      ),
    ).toBe('person');
    expect(
      typeOf('A former mayor of Enugu State, Ifeanyi Obiora, was arrested on Monday.', 'Ifeanyi Obiora'),
    ).toBe('person');
  });

  it('leaves a region named after a town and a comma a place', () => {
    expect(typeOf('Police in Kelvane, Morvale, said the road was closed.', 'Morvale')).toBe('place');
  });
});

describe('a state of several words before a title', () => {
  it('is a place of its own, and the initials after the title open the holder', () => {
    const body = 'Himachal Pradesh Chief Minister S K Thakur on Friday opened a tunnel in Manali.';

    expect(typeOf(body, 'Himachal Pradesh')).toBe('place');
    expect(typeOf(body, 'S K Thakur')).toBe('person');
  });

  it('is a place before one title word ending the name', () => {
    expect(names('The Madhya Pradesh Governor said the session would open on Monday.')).toEqual([
      'Madhya Pradesh',
    ]);
  });

  it('takes a lone initial "A" after a capitalised title into a full name', () => {
    const body = 'Jharkhand Chief Minister A Ramesh Oraon on Friday opened a tunnel in Ranchi.';

    expect(typeOf(body, 'A Ramesh Oraon')).toBe('person');
  });
});

describe('Filipino and Kenyan name forms', () => {
  it('keeps "dela" and "delos" inside a surname', () => {
    expect(typeOf('Police said Pedro dela Paz, 41, was arrested in Cebu City.', 'Pedro dela Paz')).toBe(
      'person',
    );
    expect(typeOf('Carlo delos Reyes, a nurse, said the ward was full.', 'Carlo delos Reyes')).toBe('person');
  });

  it("reads Kenya's 'CS' (Cabinet Secretary) as a title before a full name, and a firm's letters as its name", () => {
    expect(names('Energy CS Wafula Onyango said fuel prices would fall.')).toEqual(['Wafula Onyango']);
    expect(typeOf('CS Disco shares fell 12% after the company cut its forecast.', 'CS Disco')).toBe(
      'organization',
    );
  });
});

describe("a newsmaker's standing initials and an office's letters in lower case", () => {
  it('reads "AMLO" as the listed leader, not a body', () => {
    const entities = entitiesOf('AMLO told supporters in the capital that the reform would pass.');

    expect(entities.map((e) => [e.name, e.type])).toEqual([['Andres Manuel Lopez Obrador', 'person']]);
  });

  it("leaves a word in capitals that only matches a newsmaker's form to its own reading", () => {
    const body = 'Fixtures: June 2 v Minor Counties XI (at Lincoln). June 9 v Sussex.';

    expect(entitiesOf(body).filter((e) => e.name === 'Xi Jinping')).toEqual([]);
  });

  it('reads "cs" (cents) in a results table as no title before the next line\'s label', () => {
    const body = 'Loss per shr 12 cs vs 8 cs\nNet 1,200,000 vs 900,000\nRevs 40.2 mln vs 38.9 mln';

    expect(entitiesOf(body).filter((e) => e.type === 'person')).toEqual([]);
  });
});

describe("a storm's name alone", () => {
  it('is an event where only auxiliaries part it from a landfall or a change into a kind of storm', () => {
    expect(typeOf('Kirk is expected to make landfall near Savannah on Friday night.', 'Kirk')).toBe('event');
    expect(typeOf('Odette strengthened into a Category 4 hurricane over the Atlantic.', 'Odette')).toBe(
      'event',
    );
  });

  it('leaves a person whose clause only mentions a landfall a person', () => {
    expect(typeOf('Governor Jane Holt toured areas where Odette made landfall.', 'Jane Holt')).toBe('person');
    expect(typeOf('Odette said the storm made landfall near her home.', 'Odette')).toBe('person');
  });
});

describe('a party named like a person', () => {
  it('is an organisation before "party", "candidate", a leader past its letters, or apposed to "his party"', () => {
    expect(typeOf('The Renata party won the regional vote.', 'Renata')).toBe('organization');
    expect(typeOf("Paraguay's Unidad Popular candidate Luis Benitez won the runoff.", 'Unidad Popular')).toBe(
      'organization',
    );
    expect(typeOf('Lok Morcha (LKM) chief Raman Iyer slammed the state government.', 'Lok Morcha')).toBe(
      'organization',
    );
    expect(typeOf('The actor launched his party, Nava Lok Shakti, on Friday.', 'Nava Lok Shakti')).toBe(
      'organization',
    );
  });

  it('leaves a person whose name a comma parts from "party" a person', () => {
    expect(typeOf('Within the party, Jane Doe, a senator, argued for change.', 'Jane Doe')).toBe('person');
    expect(typeOf('He quit his party, Ana Ruiz said on Monday.', 'Ana Ruiz')).toBe('person');
  });
});
