import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../functions/core/schema.js';
import { entitiesOf } from './entities-of.js';

/** The mention texts of the entity with this id. */
const mentionsOf = (entities: Entity[], id: string) =>
  entities.find((e) => e.id === id)?.mentions.map((m) => m.text);

describe('a relative named in apposition, "X, the son of President Y"', () => {
  it('leaves the bare surname to the parent, the story’s person', () => {
    // Arrange
    const title = 'Kessler son opens wine business';
    const body =
      'VIENNA (Reuters) - Lukas Kessler, the son of President Anton Kessler, opened a wine business on Monday. Kessler, who took office in May, has promised to cut taxes for farmers.';

    // Act
    const entities = entitiesOf(body, title);

    // Assert
    expect(mentionsOf(entities, 'person:anton-kessler')).toEqual(['Kessler', 'Anton Kessler', 'Kessler']);
    expect(mentionsOf(entities, 'person:lukas-kessler')).toEqual(['Lukas Kessler']);
  });

  it('reads "the daughter of" before a parent with a suffix the same way', () => {
    const entities = entitiesOf(
      'QUEZON CITY (Reuters) - Maria Santos, the daughter of Governor Ramon Santos Jr, won a council seat on Monday. Santos, whose term ends in 2028, congratulated his daughter.',
    );

    expect(mentionsOf(entities, 'person:ramon-santos-jr')).toEqual(['Ramon Santos Jr', 'Santos']);
    expect(mentionsOf(entities, 'person:maria-santos')).toEqual(['Maria Santos']);
  });
});

describe('a parent named after a bare surname, "Y, 58, the son of former president X"', () => {
  it('is the relative: later bare surnames stay with the story’s person', () => {
    const entities = entitiesOf(
      'QUITO - Senator Pablo Vera won the presidential runoff on Sunday. Vera, 52, the son of former president Luis Vera Cordero, promised lower fuel prices. Vera takes office in May.',
    );

    expect(mentionsOf(entities, 'person:pablo-vera')).toEqual(['Pablo Vera', 'Vera', 'Vera']);
    expect(mentionsOf(entities, 'person:luis-vera-cordero')).toEqual(['Luis Vera Cordero']);
  });
});

describe('a party called by its plural', () => {
  it('stays apart from a European group named after the parties it gathers', () => {
    const entities = entitiesOf(
      'MADRID (Reuters) - Spain’s Socialists lost ground in Sunday’s local elections, results showed. The Party of European Socialists, which groups centre-left parties, called the result a warning. The Socialists kept only two cities.',
    );

    expect(mentionsOf(entities, 'organization:socialist-party')).toEqual(['Socialists', 'Socialists']);
    expect(mentionsOf(entities, 'organization:party-of-european-socialists')).toEqual([
      'Party of European Socialists',
    ]);
  });

  it('stays apart from a group whose name lists it after "of … and"', () => {
    const entities = entitiesOf(
      'BRUSSELS (Reuters) - Lawmakers of the Progressive Alliance of Socialists and Democrats met on Monday. The Democrats of the Italian opposition sit with them, and the Democrats said they would back the budget.',
    );

    expect(mentionsOf(entities, 'organization:progressive-alliance-of-socialists-and-democrats')).toEqual([
      'Progressive Alliance of Socialists and Democrats',
    ]);
  });
});

describe('a plural nickname that is no party', () => {
  it('still joins the body it names: "the Commons" of the House of Commons', () => {
    const entities = entitiesOf(
      'LONDON - The House of Commons voted on Tuesday to extend the inquiry. Ministers told the Commons the report would follow in June.',
    );

    expect(mentionsOf(entities, 'organization:house-of-commons')).toEqual(['House of Commons', 'Commons']);
  });
});

describe('a capitals title firm before its ticker', () => {
  it('keeps its possessive and joins the body’s firm', () => {
    const entities = entitiesOf(
      "COLUMBUS, Ohio, May 4 - Miller's Foods Inc said first quarter profit rose.\n Shr 20 cts vs 18 cts",
      "MILLER'S FOODS INC <MIL> 1ST QTR NET",
    );

    expect(mentionsOf(entities, 'organization:millers-foods')).toEqual([
      "MILLER'S FOODS INC",
      "Miller's Foods Inc",
    ]);
    expect(entities.filter((e) => e.type === 'organization')).toHaveLength(1);
  });

  it('is named with its possessive and dotted initials as written when the body does not name it', () => {
    const names = [
      entitiesOf(
        'CHICAGO, March 3 - The company raised its quarterly dividend.',
        "HARPER'S CORP <HRP> RAISES DIVIDEND",
      ),
      entitiesOf(
        'DENVER, March 3 - Fourth quarter net rose.\n Shr 10 cts vs 8 cts',
        'U.S. STONE CORP <USS> 4TH QTR NET',
      ),
    ].map((entities) => entities.find((e) => e.type === 'organization')?.name);

    expect(names).toEqual(["Harper's Corp", 'U.S. Stone Corp']);
  });
});
