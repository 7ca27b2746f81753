import { describe, expect, it } from 'vitest';
import { typedNames } from './entities-of.js';

describe('kinds of firm before a list of names', () => {
  it('reads the names after a plural kind of firm as firms, the later ones of the list too', () => {
    const entities = typedNames(
      'The index rose, led by housebuilders Persimmon and Taylor Wimpey after the rate cut.',
    );

    expect(entities).toContain('Persimmon/organization');
    expect(entities).toContain('Taylor Wimpey/organization');
  });

  it('drops the kind of firm that opens a sentence before a list', () => {
    const entities = typedNames('Carmakers Stellantis and Renault said they would cut output.');

    expect(entities).toContain('Stellantis/organization');
    expect(entities).toContain('Renault/organization');
  });

  it('reads a name after "bank" as the bank', () => {
    const entities = typedNames('The Dutch merchant bank Pierson said rates would fall.');

    expect(entities).toContain('Pierson/organization');
  });

  it('leaves a relative clause after a plural alone: "the two firms Watanabe has proposed"', () => {
    const entities = typedNames(
      'Wendy Watanabe chairs the panel. It owns a stake in one of the two firms Watanabe has proposed should merge.',
    );

    expect(entities).toContain('Wendy Watanabe/person');
    expect(entities).not.toContain('Watanabe/organization');
  });

  it('keeps a bank whose name opens with a kind of firm whole: "Manufacturers Hanover Trust Co and …"', () => {
    const entities = typedNames('Manufacturers Hanover Trust Co and two other banks led the loan.');

    expect(entities).toContain('Manufacturers Hanover Trust Co/organization');
  });
});

describe('a foundation named after its founder', () => {
  it('keeps the firm apart from the foundation that bears its name', () => {
    const entities = typedNames(
      'OpenAI completed its restructuring on Tuesday. The nonprofit OpenAI Foundation will keep control, and OpenAI said its investors agreed.',
    );

    expect(entities).toContain('OpenAI/organization');
    expect(entities).toContain('OpenAI Foundation/organization');
  });
});

describe('a party named before its leader or members', () => {
  it('reads a name of unknown words before "leader" or "MPs" as a body, not a person', () => {
    const entities = typedNames(
      'Plaid Cymru leader Rhian Evans said the vote was close. Akali Dal lawmakers walked out of the chamber.',
    );

    expect(entities).toContain('Plaid Cymru/organization');
    expect(entities).toContain('Akali Dal/organization');
  });
});

describe('"Management" ends a firm\'s name', () => {
  it('reads an investment firm named "… Management" as an organisation', () => {
    const entities = typedNames('Elliott Management and Silver Point Capital agreed to the deal.');

    expect(entities).toContain('Elliott Management/organization');
  });
});
