import { describe, expect, it } from 'vitest';
import { typedNames } from './entities-of.js';

describe('a firm no list knows, taken up by "it" after it speaks', () => {
  it('reads "Pfizer said on Monday it would …" as an organisation, not a person', () => {
    const entities = typedNames(
      'Pfizer said on Monday it would invest $1 billion in a new plant. Analysts said Pfizer would also cut jobs.',
    );

    expect(entities).toContain('Pfizer/organization');
    expect(entities).not.toContain('Pfizer/person');
  });

  it('reads "Walmart says its …" as an organisation', () => {
    const entities = typedNames('Walmart says its online sales rose 22% in the quarter.');

    expect(entities).toContain('Walmart/organization');
  });

  it('reads a name WordNet gives a person ("Disney") as the firm when "it" plans after it speaks', () => {
    const entities = typedNames('Disney said on Tuesday it plans to open a theme park in Abu Dhabi.');

    expect(entities).toContain('Disney/organization');
  });

  it('keeps a speaker a person when "it would be" is about the matter spoken of', () => {
    const entities = typedNames('Sheinbaum said it would be a mistake to impose tariffs on Mexican goods.');

    expect(entities).toContain('Claudia Sheinbaum/person');
  });

  it('keeps a speaker a person when "its" comes only after another noun it may be about', () => {
    const entities = typedNames(
      'Clausen said the bank holding company plans to go forward with its offer for the shares.',
    );

    expect(entities).toContain('Clausen/person');
  });

  it('keeps a leader no list knows a person when "it would take" or "its army" follows ("Touadera said")', () => {
    const entities = typedNames(
      'Touadera said on Monday it would take years to restore peace. Touadera said its army had retaken Bambari.',
    );

    expect(entities).toContain('Touadera/person');
  });

  it('reads a name of words no list knows as the firm its "it" takes up: "Elf Aquitaine said it would sell"', () => {
    // Act
    const sold = typedNames('Elf Aquitaine said it would sell the unit.');
    const cut = typedNames('Velmar Torvik said on Monday it would cut 300 jobs.');

    // Assert
    expect(sold).toEqual(['Elf Aquitaine/organization']);
    expect(cut).toEqual(['Velmar Torvik/organization']);
  });

  it('keeps such a name a person where "it" is the matter spoken of', () => {
    expect(typedNames('Velmar Torvik said it was a sad day for the town.')).toEqual(['Velmar Torvik/person']);
  });
});
