import { describe, expect, it } from 'vitest';
import { entityWith, mentionsOf, typedNames } from './entities-of.js';

describe('an office named in the plural before its holders (review31 ★3)', () => {
  it('is no part of the first holder’s name, mid-sentence', () => {
    // Arrange
    const body = 'Talks resumed days after Presidents Amadou Keita and Joseph Mbeki met in Nairobi.';

    // Act
    const found = mentionsOf(body);

    // Assert
    expect(found).toContain('person:amadou-keita: Amadou Keita');
    expect(found).toContain('person:joseph-mbeki: Joseph Mbeki');
  });

  it('drops the words naming the office with it', () => {
    const body = 'The pact was signed after Prime Ministers Ellen Marsh and Paul Drury met in Ottawa.';

    expect(mentionsOf(body)).toContain('person:ellen-marsh: Ellen Marsh');
  });

  it('leaves a club of that name before no given name alone', () => {
    const body = 'The Ottawa Senators beat Boston 3-1 on Saturday.';

    expect(entityWith(body, 'Ottawa Senators')).toBe('organization:ottawa-senators: Ottawa Senators');
  });
});

describe('a firm named by a trade the lists lacked (review31 ★1)', () => {
  it('ends in a refinery, biotech or maritime word', () => {
    const body =
      'Kalu Petroleum Refinery cut its petrol price on Friday. Veltra Biotech said it would cut 400 jobs, said Lars Holm of Orsino Maritime.';

    const found = mentionsOf(body);

    expect(found).toContain('organization:kalu-petroleum-refinery: Kalu Petroleum Refinery');
    expect(found).toContain('organization:veltra-biotech: Veltra Biotech');
    expect(found).toContain('organization:orsino-maritime: Orsino Maritime');
  });

  it('opens with a brand’s camel-case spelling', () => {
    const body = 'AltaCobre Litio will be half owned by Codelco from its creation.';

    expect(entityWith(body, 'AltaCobre Litio')).toBe('organization:altacobre-litio: AltaCobre Litio');
  });

  it('makes cars, though its name is a given name', () => {
    const body = 'Chery is making cars in Barcelona, the company said.';

    expect(entityWith(body, 'Chery')).toBe('organization:chery: Chery');
  });

  it('is a firm named like a town when it will build a plant', () => {
    const body = 'Toyota will build a new battery plant in Ohio, the company said on Tuesday.';

    expect(entityWith(body, 'Toyota')).toBe('organization:toyota: Toyota');
  });

  it('is a firm named like a town when it has done something, not when it has something (read56)', () => {
    const deed = 'Toyota has dropped the V8 from its pickup trucks, the company said.';
    const owned = 'Orange has one of the best preserved Roman theatres, and the town will host a festival.';

    expect(entityWith(deed, 'Toyota')).toBe('organization:toyota: Toyota');
    expect(entityWith(owned, 'Orange') ?? '').not.toMatch(/^organization:/);
  });

  it('leaves a town that makes goods after "at" a place', () => {
    const body = 'The Siemens plant at Velsholt makes cordless phones and employs 2,000 staff.';

    expect(entityWith(body, 'Velsholt')).toMatch(/^place:/);
  });
});

describe('places typed as people by a word that is also a given name', () => {
  it('takes a place after a crossing or an airport "at" (review31 ★2)', () => {
    const body = 'Tunisia reinforced its border crossing at Ras Jedar, and the airport at Quy Lanh closed.';

    const found = mentionsOf(body);

    expect(found).toContain('place:ras-jedar: Ras Jedar');
    expect(found).toContain('place:quy-lanh: Quy Lanh');
  });

  it('takes ports an "including" list names after a comma (review30 E1)', () => {
    const body = 'The canal authority said the ports, including Balbina and Cristobal, would stay open.';

    expect(entityWith(body, 'Cristobal')).toBe('place:cristobal: Cristobal');
  });

  it('takes a boundary named "Line" along which fighting runs, in every mention (review30 E1)', () => {
    const body =
      'Troops exchanged fire along the Durand Line on Sunday. The Durand Line was drawn in 1893, officials said.';

    expect(entityWith(body, 'Durand Line')).toBe('place:durand-line: Durand Line | Durand Line');
  });

  it('keeps a shipping line a firm', () => {
    const body = 'Japan Line said on Monday it would merge with a rival.';

    expect(entityWith(body, 'Japan Line')).toBe('organization:japan-line: Japan Line');
  });

  it('reads a quay as a place', () => {
    const body = 'Marchers filled Lambton Quay in Wellington on Saturday.';

    expect(entityWith(body, 'Lambton Quay')).toBe('place:lambton-quay: Lambton Quay');
  });
});

describe('names of bodies and firms written in more than one piece', () => {
  it('keeps a centre of a science and a coordinated field whole (review30 E9)', () => {
    const body =
      "Indonesia's Centre for Volcanology and Geological Hazard Mitigation raised the alert on Monday.";

    expect(mentionsOf(body)).toContain(
      'organization:centre-for-volcanology-and-geological-hazard-mitigation: Centre for Volcanology and Geological Hazard Mitigation',
    );
  });

  it('joins "Exxon" to "Exxon Mobil" in one article (review30 E7)', () => {
    const body =
      'Exxon Mobil leads a group pumping oil off the coast. Exxon said on Thursday it would keep drilling.';

    expect(entityWith(body, 'Exxon')).toBe('organization:exxonmobil: Exxon Mobil | Exxon');
  });
});

describe('a joint dateline of two towns (review31)', () => {
  it('gives each town as a place, none as a body', () => {
    const body = 'KYIV/MOSCOW (Reuters) - Drones struck two regions overnight, officials said.';

    const found = typedNames(body);

    expect(found).toContain('Kyiv/place');
    expect(found).toContain('Moscow/place');
    expect(found.filter((line) => line.endsWith('/organization'))).toEqual([]);
  });
});

describe('a street named after a title (review31 ★2)', () => {
  it('is the street, not a person "Street"', () => {
    const body = 'Marchers filled Queen Street in Auckland on Saturday.';

    expect(entityWith(body, 'Queen Street')).toBe('place:queen-street: Queen Street');
  });

  it('leaves a mayor named Park a person', () => {
    const body = 'Mayor Park said the plan would go ahead.';

    expect(entityWith(body, 'Park')).toMatch(/^person:/);
  });
});

describe('a firm with a people’s word inside its name', () => {
  it('is a firm, and so is its last word alone', () => {
    const body = 'Royal Dutch Shell said on Monday its profit fell. Shell shares rose 2% in London.';

    const found = mentionsOf(body);

    expect(found).toContain('organization:royal-dutch-shell: Royal Dutch Shell');
    expect(found.some((line) => line.startsWith('person:'))).toBe(false);
  });
});
