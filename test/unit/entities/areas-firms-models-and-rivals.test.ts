import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../functions/core/schema.js';
import { entitiesOf } from './entities-of.js';

/** The entity with this name, if any. */
const named = (entities: Entity[], name: string) => entities.find((e) => e.name === name);

describe('a town before its office after a word opening the sentence', () => {
  it('keeps "Metro" before a listed city as the city\'s area', () => {
    // Arrange
    const body = 'Metro Cebu police said on Sunday that two suspects were held after the raid.';

    // Act
    const entities = entitiesOf(body);

    // Assert
    expect(named(entities, 'Metro Cebu')?.type).toBe('place');
    expect(named(entities, 'Cebu')).toBeUndefined();
  });

  it.each([['The Republican'], ['Democrat'], ['The Democrat']])(
    'drops the party label "%s" before a town and its mayor',
    (opening) => {
      // Arrange
      const body = `${opening} Tulsa mayor said on Monday he would not seek another term.`;

      // Act
      const entities = entitiesOf(body);

      // Assert
      expect(named(entities, 'Tulsa')?.type).toBe('place');
      expect(entities.some((e) => e.type === 'organization')).toBe(false);
    },
  );

  it('keeps a club whose first word is a club word before its officials', () => {
    // Arrange
    const body = 'Dinamo Tbilisi officials said the match would go ahead on Saturday.';

    // Act
    const entities = entitiesOf(body);

    // Assert
    expect(named(entities, 'Dinamo Tbilisi')?.type).toBe('organization');
  });
});

describe("a people's word opening a body's name", () => {
  it.each([
    ['The Ghanaian Bar Association', 'Ghanaian Bar Association'],
    ['The Zambian Law Society', 'Zambian Law Society'],
  ])('keeps "%s" one body with the nation in it', (opening, name) => {
    // Arrange
    const body = `${opening} said on Friday the court's ruling must be respected.`;

    // Act
    const entities = entitiesOf(body);

    // Assert
    expect(named(entities, name)?.type).toBe('organization');
    expect(entities.some((e) => e.type === 'nationality')).toBe(false);
  });

  it('still splits a nationality before a person', () => {
    // Arrange
    const body = 'Kenyan Grace Wanjiru won the race in Berlin on Sunday.';

    // Act
    const entities = entitiesOf(body);

    // Assert
    expect(named(entities, 'Grace Wanjiru')?.type).toBe('person');
    expect(named(entities, 'Kenyan')?.type).toBe('nationality');
  });

  it("leaves a place of two words after the people's word alone", () => {
    // Arrange
    const body = 'The plan expands Jewish West Bank settlements, officials said.';

    // Act
    const entities = entitiesOf(body);

    // Assert
    expect(entities.some((e) => e.name.includes('Jewish West'))).toBe(false);
  });
});

describe("a member's title in capitals opening a firm's name", () => {
  it.each([
    ['Analysts at TD Halloran raised their price target on Monday.'],
    ['MP Lithium shares rose 4% on Monday.'],
  ])('reads "%s" as a firm', (body) => {
    // Act
    const entities = entitiesOf(body);

    // Assert
    const firm = entities.find((e) => e.name === 'TD Halloran' || e.name === 'MP Lithium');
    expect(firm?.type).toBe('organization');
  });

  it('keeps the title before a full name', () => {
    // Arrange
    const body = 'Fianna Fail TD Niamh Brady said the budget was unfair.';

    // Act
    const entities = entitiesOf(body);

    // Assert
    expect(named(entities, 'Niamh Brady')?.type).toBe('person');
  });
});

describe('an ampersand firm whose name ends in a possessive', () => {
  it('keeps the "\'s" in the name where a verb follows, and one id either way', () => {
    // Arrange
    const body = "Tom & Annie's said on Tuesday it would open ten shops. Tom & Annie's cakes sell well.";

    // Act
    const entities = entitiesOf(body);

    // Assert
    const firm = entities.find((e) => e.type === 'organization');
    expect(firm?.name).toBe("Tom & Annie's");
    expect(firm?.id).toBe('organization:tom-and-annie');
    expect(entities.filter((e) => e.type === 'organization')).toHaveLength(1);
  });

  it("reads an owner's possessive before a noun as before", () => {
    // Arrange
    const body = "Walton & Price's sales rose 3% in the quarter.";

    // Act
    const entities = entitiesOf(body);

    // Assert
    expect(entities.find((e) => e.type === 'organization')?.name).toBe('Walton & Price');
  });
});

describe("a product line's words before a model number", () => {
  it('reads "Redmi Note 13 Pro" as one model and the maker apart', () => {
    // Arrange
    const body = 'Xiaomi launched the Redmi Note 13 Pro in India on Thursday.';

    // Act
    const entities = entitiesOf(body);

    // Assert
    expect(named(entities, 'Redmi Note 13 Pro')?.type).toBe('other');
    expect(named(entities, 'Xiaomi')?.type).toBe('organization');
    expect(entities.some((e) => e.name === 'Redmi Note' || e.name === '13 Pro')).toBe(false);
  });
});

describe('a speaker\'s firm after "of"', () => {
  it.each([
    ['"Demand is strong," said Laura Finch of Hollis Pembrook.'],
    ['"Demand is strong," Laura Finch, of Hollis Pembrook, said.'],
    ['"Demand is strong," said analyst Laura Finch of Hollis Pembrook.'],
  ])('reads the name after "of" as a firm in %s', (body) => {
    // Act
    const entities = entitiesOf(body);

    // Assert
    expect(named(entities, 'Hollis Pembrook')?.type).toBe('organization');
    expect(named(entities, 'Laura Finch')?.type).toBe('person');
  });

  it('keeps a place after "of" a place', () => {
    // Arrange
    const body = '"It was wrong," said Laura Finch of Boston.';

    // Act
    const entities = entitiesOf(body);

    // Assert
    expect(named(entities, 'Boston')?.type).toBe('place');
  });

  it('keeps a firm named after the speaker a person where the name goes on', () => {
    // Arrange
    const body = 'Prices will rise, says analyst Otto Brenner of Otto Brenner and Associates.';

    // Act
    const entities = entitiesOf(body);

    // Assert
    expect(named(entities, 'Otto Brenner')?.type).toBe('person');
  });
});

describe('names after "from" or "in" that are no place', () => {
  it('reads the rival beaten by a margin as no place', () => {
    // Arrange
    const body = 'Keller won the stage by 40 seconds from Vosmaer, extending his lead.';

    // Act
    const entities = entitiesOf(body);

    // Assert
    expect(named(entities, 'Vosmaer')?.type).not.toBe('place');
  });

  it('reads the one trusted as no place', () => {
    // Arrange
    const body = 'The board said it had lost confidence in Brackley after the audit found errors.';

    // Act
    const entities = entitiesOf(body);

    // Assert
    expect(named(entities, 'Brackley')?.type).not.toBe('place');
  });

  it('keeps a distance from a town a place', () => {
    // Arrange
    const body = 'The village lies 40 km from Vosmaer, near the border.';

    // Act
    const entities = entitiesOf(body);

    // Assert
    expect(named(entities, 'Vosmaer')?.type).toBe('place');
  });
});

describe('a country before an office that ends the run', () => {
  it('keeps the country and drops the office of modifiers and a title', () => {
    // Arrange
    const body = 'The radio said U.S. Assistant Secretary of State Mara Quill had reassured the leaders.';

    // Act
    const entities = entitiesOf(body);

    // Assert
    expect(named(entities, 'United States')?.type).toBe('place');
    expect(named(entities, 'Mara Quill')?.type).toBe('person');
    expect(entities.some((e) => e.name.includes('Assistant'))).toBe(false);
  });
});

describe('roads, seas and grounds', () => {
  it('reads a road by its word and number as a place', () => {
    // Arrange
    const body = 'Traffic was heavy on Interstate 95 and Route 9 on Friday.';

    // Act
    const entities = entitiesOf(body);

    // Assert
    expect(named(entities, 'Interstate 95')?.type).toBe('place');
    expect(named(entities, 'Route 9')?.type).toBe('place');
  });

  it('reads "the Gulf" alone as a place', () => {
    // Arrange
    const body = 'Two tankers were attacked in the Gulf on Monday, shipping sources said.';

    // Act
    const entities = entitiesOf(body);

    // Assert
    expect(named(entities, 'Gulf')?.type).toBe('place');
  });

  it.each([
    ['At the Glebe, Kent captain Tom Ashby took four wickets before the innings closed.', 'Glebe'],
    [
      'Kent beat Surrey by six wickets at The Glebe on Monday as the bowlers dominated the innings.',
      'The Glebe',
    ],
  ])('reads the ground of a sports page in "%s"', (text, ground) => {
    // Arrange
    const body = `CRICKET - KENT WIN .\n${text}`;

    // Act
    const entities = entitiesOf(body);

    // Assert
    expect(named(entities, ground)?.type).toBe('place');
  });
});

describe("a member's title in capitals before one word", () => {
  it('keeps a member of parliament or an assembly before a surname a person', () => {
    // Arrange
    const mla = 'MLA Reddy was arrested on Monday in Hyderabad, police said.';
    const mp = 'MP Tharoor said the bill would be opposed in parliament.';

    // Act
    const found = [entitiesOf(mla), entitiesOf(mp)];

    // Assert
    expect(named(found[0]!, 'Reddy')?.type).toBe('person');
    expect(named(found[1]!, 'Tharoor')?.type).toBe('person');
  });

  it('reads the title before an ordinary word as a firm', () => {
    // Act
    const entities = entitiesOf('MP Materials said on Thursday it would build a magnet plant in Texas.');

    // Assert
    expect(named(entities, 'MP Materials')?.type).toBe('organization');
  });
});
