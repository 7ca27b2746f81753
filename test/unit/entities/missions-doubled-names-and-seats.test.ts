import { describe, expect, it } from 'vitest';
import { slugOf } from '../../../functions/core/entities/slug.js';
import { entitiesOf, typedNames } from './entities-of.js';

const typeOf = (entities: ReturnType<typeof entitiesOf>, name: string) =>
  entities.find((e) => e.name === name)?.type;

describe('names no list knows that are no person', () => {
  it('reads a given name and a number in a sentence about spaceflight as a mission, a monarch as a person', () => {
    const mission = entitiesOf(
      'NASA said Artemis III, the first crewed Moon landing since 1972, would slip to 2027.',
    );
    const king = entitiesOf('Charles III opened parliament on Tuesday. Henry VIII had six wives.');

    expect(typeOf(mission, 'Artemis III')).toBe('other');
    expect(mission.map((e) => e.name)).not.toContain('Moon');
    expect(typeOf(king, 'Charles III')).toBe('person');
    expect(typeOf(king, 'Henry VIII')).toBe('person');
  });

  it('reads a name before a flight number that lifts off as a mission', () => {
    const entities = entitiesOf('Starship Flight 7 lifted off from Texas on Thursday.');

    expect(typeOf(entities, 'Starship Flight')).toBe('other');
  });

  it('reads a word said twice as a side in a result and as no person elsewhere', () => {
    const result = entitiesOf('Bafana Bafana beat Nigeria 2-1 in Uyo on Saturday.');
    const band = entitiesOf('Duran Duran will tour next year.');
    const speaker = entitiesOf('Sirhan Sirhan said he was sorry.');

    expect(typeOf(result, 'Bafana Bafana')).toBe('organization');
    expect(typeOf(band, 'Duran Duran')).toBe('other');
    expect(typeOf(speaker, 'Sirhan Sirhan')).toBe('person');
  });
});

describe('titles, seats, calendar words and ampersands', () => {
  it('splits an office\'s seat or body from its holder after "<title> of"', () => {
    const entities = typedNames(
      'Mayor of London Sadiq Khan said the strike would go ahead. Governor of the Bank of England Andrew Bailey spoke later.',
    );

    expect(entities).toContain('Sadiq Khan/person');
    expect(entities).toContain('London/place');
    expect(entities).toContain('Andrew Bailey/person');
    expect(entities).toContain('Bank of England/organization');
  });

  it('keeps a weekday\'s form after "the" out of the surname after it, and firms named "Sun" whole', () => {
    const film = entitiesOf('In Tears of the Sun Willis plays a US military commander.');
    const firms = entitiesOf('Shares of the Sun Life Assurance Society rose, and Sun Pharma fell.');

    expect(typeOf(film, 'Willis')).toBe('person');
    expect(film.map((e) => e.name)).not.toContain('Sun Willis');
    expect(typeOf(firms, 'Sun Life Assurance Society')).toBe('organization');
    expect(typeOf(firms, 'Sun Pharma')).toBe('organization');
  });

  it('reads a delivery month in a price table as no name of a firm', () => {
    const entities = entitiesOf('19840.15 ( - 127.40 ) Sept Brent zinc per tonne');

    expect(entities.filter((e) => e.type === 'organization' || e.type === 'person')).toEqual([]);
  });

  it('gives "Procter & Gamble", "Procter and Gamble" and "P&G" one id', () => {
    const ampersand = entitiesOf('Procter & Gamble raised its forecast. P&G shares rose 2%.');
    const and = entitiesOf('Procter and Gamble raised its forecast.');

    expect(ampersand.map((e) => [e.id, e.mentions.length])).toEqual([['organization:procter-and-gamble', 2]]);
    expect(and.map((e) => e.id)).toEqual(['organization:procter-and-gamble']);
    expect(slugOf('AT&T')).toBe('at-t');
  });
});
