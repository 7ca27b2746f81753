import { describe, expect, it } from 'vitest';
import { typedNames } from './entities-of.js';

// wild39b ★4: small towns the trimmed gazetteer lacks, and venues, typed as people or bodies on weather,
// travel and local pages (session 40, ents40a).
describe('what a flood, a storm or a fire strikes', () => {
  it('is a place, every name of its list, though a list knows a surname at the end', () => {
    // Arrange
    const body = 'Flooding hit Monmouth, Hereford and Tenbury Wells on Sunday.';

    // Act
    const found = typedNames(body);

    // Assert
    expect(found).toEqual(
      expect.arrayContaining(['Monmouth/place', 'Hereford/place', 'Tenbury Wells/place']),
    );
  });

  it('is a place after a named storm and after "swept through"', () => {
    expect(typedNames('Storm Bert battered Pontypridd and Abergavenny overnight.')).toEqual(
      expect.arrayContaining(['Pontypridd/place', 'Abergavenny/place']),
    );
    expect(typedNames('Wildfires swept through Tarrega and Cervera on Tuesday.')).toEqual(
      expect.arrayContaining(['Tarrega/place', 'Cervera/place']),
    );
  });

  it('leaves a person a given name opens to the person', () => {
    expect(typedNames('The storm hit Shirley Wellbeck hardest, she said.')).not.toContain(
      'Shirley Wellbeck/place',
    );
  });
});

describe('a traveller’s and a flood’s destination', () => {
  it('is a place after "brought flooding to" and after "the train to"', () => {
    expect(typedNames('Storm Claudia brought flooding to Monmouth last week.')).toContain('Monmouth/place');
    expect(typedNames('Take the train to Kurama and walk over the hill.')).toContain('Kurama/place');
  });
});

describe('a name between a place’s preposition and "in" and a known place', () => {
  it('is a smaller place inside it', () => {
    expect(typedNames('The charity sent aid to Monmouth in Wales.')).toContain('Monmouth/place');
    expect(typedNames('She commutes to Keswick in Cumbria.')).toContain('Keswick/place');
  });

  it('needs the preposition: a station or a firm "in" a city is none', () => {
    expect(typedNames('The group agreed to sell KHJ-TV in Los Angeles.')).not.toContain('KHJ-TV/place');
  });
});

describe('venues named by a crater, a shrine or a temple', () => {
  it('are places', () => {
    const found = typedNames(
      'The rover found rocks in Jezero Crater. Crowds filled Meiji Shrine and Senso-ji Temple over the holiday.',
    );

    expect(found).toEqual(
      expect.arrayContaining(['Jezero Crater/place', 'Meiji Shrine/place', 'Senso-ji Temple/place']),
    );
  });

  it('leaves a given name before "Temple" a person', () => {
    expect(typedNames('The university said on Monday that John Temple would lead its new school.')).toContain(
      'John Temple/person',
    );
  });
});

// read40 ★1/★2/★5: firms, clubs and people after the same words.
describe('what a disaster strikes, where firms and owners stand', () => {
  it('keeps firms a disaster hits as firms: before their goods, beside a known firm, as owners', () => {
    // Arrange
    const body =
      'Wildfires hit Tesla, Rivian and Lucid deliveries in California. The drought hit Nestle, Unilever and ' +
      "Danone, which all cut forecasts. The flood hit Davies's farm.";

    // Act
    const found = typedNames(body);

    // Assert
    expect(found).toEqual(expect.arrayContaining(['Lucid/organization', 'Nestle/organization']));
    expect(found).not.toContain('Davies/place');
  });

  it('still reads a list that ends its sentence as places', () => {
    expect(typedNames('Flooding hit Monmouth, Hereford and Tenbury Wells.')).toEqual(
      expect.arrayContaining(['Monmouth/place', 'Hereford/place', 'Tenbury Wells/place']),
    );
  });

  it('reads a name followed by more than where or when as no place ("the fire hit Starmer too")', () => {
    expect(typedNames('Quake struck Apple supplier Foxconn on Monday.')).not.toContain('Apple/place');
    expect(typedNames('The storm of criticism grew, and the fire hit Starmer too.')).not.toContain(
      'Starmer/place',
    );
  });
});

describe('a name between "to" and "in" a known place after a deal or a talk', () => {
  it('is no place: firms and newsrooms are sold to and spoken to', () => {
    // Arrange
    const body =
      'The bank sold its stake to Kestrel in Singapore. He spoke to Politico in Brussels. ' +
      'The trader moved to Trafigura in Geneva.';

    // Act
    const found = typedNames(body);

    // Assert
    expect(found).toEqual(
      expect.arrayContaining(['Kestrel/organization', 'Politico/organization', 'Trafigura/organization']),
    );
  });
});

describe('a journey to an owner', () => {
  it('goes to no place: "walked to Usyk\'s corner"', () => {
    expect(typedNames("Fury walked to Usyk's corner after the bell.")).not.toContain('Usyk/place');
  });
});
