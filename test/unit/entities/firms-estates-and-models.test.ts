import { describe, expect, it } from 'vitest';
import { entitiesOf, typesOf } from './entities-of.js';

describe('a firm named by ordinary words that read as a given name', () => {
  it('reads "Royal Mail said it would appeal" as the firm, in the headline too', () => {
    // Arrange
    const title = 'Royal Mail fined over late deliveries';
    const body = 'Royal Mail said it would appeal against the fine imposed by the regulator on Tuesday.';

    // Act
    const types = typesOf(entitiesOf(body, title));

    // Assert
    expect(types.get('Royal Mail')).toEqual(['organization', 'organization']);
  });

  it('keeps a person of that shape whom "he" takes up', () => {
    const body = 'Rich Little said he would retire after the tour, his agent confirmed.';

    expect(typesOf(entitiesOf(body)).get('Rich Little')).not.toEqual(['organization']);
  });
});

describe('a name with a digit among its letters', () => {
  it('reads "Care4Calais said" as no person', () => {
    const body = 'Charities including Care4Calais said the government should open safe routes.';

    expect(typesOf(entitiesOf(body)).get('Care4Calais')).toEqual(['organization']);
  });
});

describe('guards, housing estates and districts', () => {
  it('reads the Revolutionary Guards as a body', () => {
    const body = 'The Revolutionary Guards said on Sunday they had seized a tanker in the Gulf.';

    expect(typesOf(entitiesOf(body)).get('Revolutionary Guards')).toEqual(['organization']);
  });

  it('reads "Wang Fuk Court" as a place and keeps a court named by its kind a body', () => {
    const estate = 'Firefighters were still searching Wang Fuk Court on Thursday after the blaze.';
    const court = 'The Delaware Chancery Court ruled on Friday that the deal could go ahead.';

    expect(typesOf(entitiesOf(estate)).get('Wang Fuk Court')).toEqual(['place']);
    expect(typesOf(entitiesOf(court)).get('Delaware Chancery Court')).toEqual(['organization']);
  });

  it('reads a district named by a people\'s word and an unknown word after "in" as a place', () => {
    const body = 'The blaze in Tai Po spread across seven towers, officials said.';

    expect(typesOf(entitiesOf(body)).get('Tai Po')).toEqual(['place']);
  });
});

describe('car models named by letters', () => {
  it('reads "CR-V" as a model, not a firm', () => {
    const body = 'Honda is recalling 250,000 CR-V sport utility vehicles because of a fuel pump fault.';

    expect(typesOf(entitiesOf(body)).get('CR-V')).toEqual(['other']);
  });
});

describe("firms named by a body's adjective or after their trade", () => {
  it('reads "Union Pacific" and "National Grid" as firms, not other names', () => {
    const rail = 'Union Pacific agreed a deal to buy a rival railroad, the companies said on Tuesday.';
    const grid = 'Shares in National Grid fell 3 percent in London on Monday.';

    expect(typesOf(entitiesOf(rail)).get('Union Pacific')).toEqual(['organization']);
    expect(typesOf(entitiesOf(grid)).get('National Grid')).toEqual(['organization']);
  });

  it('reads no body in a flag or a phrase after such an adjective ("the Union Jack", "a National Treasure")', () => {
    const flag = 'Fans waved the Union Jack as the team bus arrived in Manchester on Sunday.';
    const phrase = 'The actor, called a National Treasure by critics, died on Friday aged 91.';

    expect(typesOf(entitiesOf(flag)).get('Union Jack') ?? []).not.toContain('organization');
    expect(typesOf(entitiesOf(phrase)).get('National Treasure') ?? []).not.toContain('organization');
  });

  it('reads a name of initials after "shipping group" or "tech giant" as the firm', () => {
    const shipping = 'Danish shipping group A.P. Moller-Maersk said on Thursday it would avoid the Red Sea.';
    const tech = 'Investors cheered as tech giant J.K. Halvorsen said it would hire 5,000 engineers.';

    expect(typesOf(entitiesOf(shipping)).get('A.P. Moller-Maersk')).toEqual(['organization']);
    expect(typesOf(entitiesOf(tech)).get('J.K. Halvorsen')).toEqual(['organization']);
  });
});

describe('people in a list', () => {
  it('reads a name of ordinary words closing a list of people as a person', () => {
    const body =
      'Gene Sarazen, Ben Hogan, Gary Player, Jack Nicklaus and Tiger Woods have won all four majors.';

    expect(typesOf(entitiesOf(body)).get('Tiger Woods')).toEqual(['person']);
  });

  it('leaves a name beside two people alone', () => {
    const body = 'Jack Nicklaus, Gary Player and Silver Lake bought the course in 2021.';

    expect(typesOf(entitiesOf(body)).get('Silver Lake')).not.toEqual(['person']);
  });
});
