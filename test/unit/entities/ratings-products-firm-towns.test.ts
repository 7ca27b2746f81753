import { describe, expect, it } from 'vitest';
import { entitiesOf, typedNames, typesOf } from './entities-of.js';

describe('credit ratings are grades, not organisations', () => {
  it('drops grades written only as ratings ("AA-minus", "Baa2") and keeps the agencies', () => {
    const entities = typedNames('The city was rated AA-minus by Fitch and Baa2 by Moody’s on Tuesday.');

    expect(entities).toContain('Fitch/organization');
    expect(entities.filter((e) => e.startsWith('AA') || e.startsWith('Baa'))).toEqual([]);
  });

  it('drops a grade that is also an acronym only beside a word of ratings ("cut to BBB", "the AAA said")', () => {
    const rating = typedNames('The agency cut the rating of the bonds to BBB last week.');
    const club = typedNames('The AAA said petrol prices rose before the holiday weekend.');

    expect(rating.filter((e) => e.startsWith('BBB'))).toEqual([]);
    expect(club).toContain('AAA/organization');
  });
});

describe('"Standard and Poor\'s" written with "and"', () => {
  it('is one organisation, as "Standard & Poor\'s" is', () => {
    const types = typesOf(entitiesOf('Standard and Poor’s cut the outlook for the company on Friday.'));

    expect(types.get('Standard and Poor')).toEqual(['organization']);
    expect(types.get('Standard')).toBeUndefined();
  });

  it('leaves two names joined by "and" that no list knows as one name apart', () => {
    const types = typesOf(entitiesOf('Shares of Standard Chartered and HSBC fell in Hong Kong.'));

    expect(types.get('Standard Chartered')).toEqual(['organization']);
    expect(types.get('HSBC')).toEqual(['organization']);
  });
});

describe('products named without a model code', () => {
  it('reads a name before "pills", or after an owner before "chips", as a product, not a firm', () => {
    const types = typesOf(
      entitiesOf(
        "Patients switched to Wegovy pills in January. Demand for the company's Blackwell chips outstripped supply.",
      ),
    );

    expect(types.get('Wegovy')).toEqual(['other']);
    expect(types.get('Blackwell')).toEqual(['other']);
  });

  it('reads a name after "sales of" as a product, but keeps a firm, a place or a nationality word', () => {
    const types = typesOf(
      entitiesOf(
        'Sales of Ozempic rose 30%. Nvidia chips sold out, and Japanese chips were scarce in Texas.',
      ),
    );

    expect(types.get('Ozempic')).toEqual(['other']);
    expect(types.get('Nvidia')).toEqual(['organization']);
    expect(types.get('Japanese')).toEqual(['nationality']);
  });

  it('keeps a vaccine maker named before "jabs" a firm: vaccines are named by their makers', () => {
    const types = typesOf(
      entitiesOf('Brazil received 2 million Sinovac jabs on Monday. Sinovac said more doses would follow.'),
    );

    expect(types.get('Sinovac')).toEqual(['organization', 'organization']);
  });
});

describe('firms named like a town or a given name', () => {
  it('reads "Toyota" before a verb of firms as the firm and "Toyota City" as the town', () => {
    const types = typesOf(
      entitiesOf(
        'Toyota recalled 1.2 million vehicles on Friday. Toyota shares fell 2%. Workers at the plant in Toyota City went on strike.',
      ),
    );

    expect(types.get('Toyota')).toEqual(['organization', 'organization']);
    expect(types.get('Toyota City')).toEqual(['place']);
  });

  it('keeps "in Toyota" a place', () => {
    const types = typesOf(entitiesOf('The new plant in Toyota will open next year.'));

    expect(types.get('Toyota')).toEqual(['place']);
  });

  it('reads "Lilly said" and "Eli Lilly" as the drugmaker, and "Lilly Allen said" as a person', () => {
    const firm = typedNames(
      'Eli Lilly raised its forecast. Lilly said sales of its weight-loss drug doubled.',
    );
    const singer = typedNames('Lilly Allen said she would tour next year.');

    expect(firm).toEqual(['Eli Lilly/organization']);
    expect(singer).toEqual(['Lilly Allen/person']);
  });
});
