import { describe, expect, it } from 'vitest';
import { typedNames } from './entities-of.js';

describe('a name an apposition calls a medicine', () => {
  it('is a thing, no firm ("Kisunla, Eli Lilly’s Alzheimer’s treatment,")', () => {
    // Arrange
    const body =
      'The FDA approved a new dosing schedule for Kisunla, Eli Lilly’s Alzheimer’s treatment, on Wednesday.';

    // Act
    const found = typedNames(body);

    // Assert
    expect(found).toContain('Kisunla/other');
    expect(found).toContain('Eli Lilly/organization');
  });

  it('reads a determiner’s apposition too ("Mounjaro, a weight-loss injection that")', () => {
    expect(typedNames('Mounjaro, a weight-loss injection that doctors prescribe, sold well.')).toContain(
      'Mounjaro/other',
    );
  });

  it('leaves a person a noun phrase goes on past the drug ("Johnson, a drug dealer,")', () => {
    expect(typedNames('Police said Johnson, a drug dealer, was arrested in Leeds.')).toContain(
      'Johnson/person',
    );
  });
});

describe('a word listed beside a medicine a cue named', () => {
  it('is a medicine too ("sales of Wegovy and Ozempic")', () => {
    // Arrange
    const body = 'Novo Nordisk said sales of Wegovy and Ozempic rose 20% in the quarter.';

    // Act
    const found = typedNames(body);

    // Assert
    expect(found).toContain('Wegovy/other');
    expect(found).toContain('Ozempic/other');
  });

  it('reads the list after the cue ("the drug Leqembi or Kisunla")', () => {
    expect(typedNames('Patients may receive the drug Leqembi or Kisunla, doctors said.')).toContain(
      'Kisunla/other',
    );
  });
});

describe('an apposition whose medicine noun an "and" leads on to a maker', () => {
  it('leaves the firm a firm ("Biocon, a drug and biosimilars maker,")', () => {
    // Arrange: read35 p17.
    const body =
      'Biocon, a drug and biosimilars maker based in Bengaluru, said on Tuesday the U.S. Food and Drug Administration had approved its copy of insulin aspart. Biocon shares rose 4% in Mumbai.';

    // Act
    const found = typedNames(body);

    // Assert
    expect(found).toContain('Biocon/organization');
    expect(found).not.toContain('Biocon/other');
  });

  it('reads a developer as a maker too ("Valneva, a vaccine and drug developer,")', () => {
    const found = typedNames(
      'Valneva, a vaccine and drug developer, said on Monday regulators had approved its shot in Brazil. Valneva shares rose 9% in Paris.',
    );
    expect(found).not.toContain('Valneva/other');
  });
});
