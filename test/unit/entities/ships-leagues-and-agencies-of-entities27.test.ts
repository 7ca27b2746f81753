import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { entitiesOf, typedNames, typesOf } from './entities-of.js';

describe('ships named after their kind', () => {
  it('reads a ship after "aircraft carrier" as a ship, not the person its name reads as', () => {
    // Arrange
    const body = 'The aircraft carrier Harold Benton sailed from Norfolk on Monday with 60 jets aboard.';

    // Act
    const types = typesOf(entitiesOf(body));

    // Assert
    expect(types.get('Harold Benton')).toEqual(['other']);
  });

  it('reads every ship of a short list after a plural kind, and a tanker or a destroyer', () => {
    const listed = 'Jets flew from the aircraft carriers Benton and Endeavour on Tuesday.';
    const kinds = 'The tanker Silver Morning ran aground. The destroyer Kestrel Bay escorted it.';

    const listedTypes = typesOf(entitiesOf(listed));
    const kindTypes = typesOf(entitiesOf(kinds));

    expect(listedTypes.get('Benton')).toEqual(['other']);
    expect(listedTypes.get('Endeavour')).toEqual(['other']);
    expect(kindTypes.get('Silver Morning')).toEqual(['other']);
    expect(kindTypes.get('Kestrel Bay')).toEqual(['other']);
  });

  it('keeps an airline after "the carrier" and a country after a ship\'s kind', () => {
    const airline = 'The carrier Lufthansa cut 40 flights on Friday.';
    const country = 'The tanker Iran seized last week was freed on Sunday.';

    expect(typesOf(entitiesOf(airline)).get('Lufthansa')).toEqual(['organization']);
    expect(typesOf(entitiesOf(country)).get('Iran')).toEqual(['place']);
  });
});

describe('a capital speaking for its government', () => {
  it('reads "Washington said" as the capital, where no "he" or "she" takes it up', () => {
    const body = 'Washington said on Monday it would answer the new tariffs within a week.';

    expect(typesOf(entitiesOf(body)).get('Washington')).toEqual(['place']);
  });

  it('keeps the person where the clause goes on with "he"', () => {
    const body = 'Washington said he had enjoyed playing the part more than any other.';

    expect(typesOf(entitiesOf(body)).get('Washington')).toEqual(['person']);
  });
});

describe('leagues named for their sport', () => {
  it('reads "Major League Soccer" as the body, not a title and a person', () => {
    const body = 'Major League Soccer said on Tuesday it would add two clubs in 2028.';

    expect(typesOf(entitiesOf(body)).get('Major League Soccer')).toEqual(['organization']);
  });

  it("keeps a league's table the competition's", () => {
    const body = 'Major League Baseball standings after games played on Thursday.';

    expect(typesOf(entitiesOf(body)).get('Major League Baseball')).toEqual(['other']);
  });
});

describe('police agencies named by one coined word', () => {
  it('reads Europol and Frontex as bodies, and a demonym before a listed body as its own mention', () => {
    const body =
      'Europol said 14 people were held. Frontex said crossings fell. The Spanish Guardia Civil seized the boat.';

    const names = typedNames(body);

    expect(names).toContain('Europol/organization');
    expect(names).toContain('Frontex/organization');
    expect(names).toContain('Guardia Civil/organization');
    expect(names).not.toContain('Spanish Guardia Civil/other');
  });
});

describe('a body speaking about a person (read27 F1)', () => {
  it('keeps two ordinary words before "said he" no person', () => {
    const body = 'The chief executive resigned. Standard Life said he would stay until a successor is found.';

    expect(typesOf(entitiesOf(body)).get('Standard Life')).not.toEqual(['person']);
  });
});

describe('a list after a singular ship kind (read27 F2)', () => {
  it('ends at the ship: the next name after "and" is another party', () => {
    const body = "The destroyer Carney and Admiral Brad Cooper's staff tracked the missiles on Friday.";

    expect(typesOf(entitiesOf(body)).get('Carney')).toEqual(['other']);
    expect(typesOf(entitiesOf(body)).get('Brad Cooper')).toEqual(['person']);
  });
});

describe('the place opening a dated dateline', () => {
  const placeMentions = (body: string) =>
    tagArticle({ body })
      .entities.filter((e) => e.type === 'place')
      .flatMap((e) => e.mentions.map((m) => `${m.text}@${m.start}`));

  it('is a place though no list knows the town', () => {
    const body = 'KELDOR 2026-03-14\nThe home side beat the visitors 3-0 on Saturday.';

    expect(placeMentions(body)).toContain('KELDOR@0');
  });

  it('is the whole place where its last word reads as a given name', () => {
    const body = 'ST. LOUIS 2026-03-14\nA maker of medical devices said on Friday it had bought a rival.';

    expect(placeMentions(body)).toContain('ST. LOUIS@0');
  });

  it("is a place under a headline that made the name an event's", () => {
    const body =
      'ATHLETICS - LISBON GRAND PRIX RESULTS .\nLISBON 2026-03-14\nLeading results at the Lisbon\nGrand Prix on Friday :';

    expect(placeMentions(body)).toContain('LISBON@40');
  });

  it("leaves a body's seat filing the story a body", () => {
    const body = 'UNITED NATIONS 2026-03-14\nThe Security Council met on Thursday.';

    expect(placeMentions(body)).not.toContain('UNITED NATIONS@0');
  });
});
