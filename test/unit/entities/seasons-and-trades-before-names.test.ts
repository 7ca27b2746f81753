import { describe, expect, it } from 'vitest';
import { typedNames } from './entities-of.js';

describe('a season that is a given name', () => {
  it('opens a person’s name before a surname ("Summer McIntosh")', () => {
    // Arrange
    const body = "Canada's Summer McIntosh won the 400 metres individual medley in a world record.";

    // Act
    const found = typedNames(body);

    // Assert
    expect(found).toContain('Summer McIntosh/person');
  });

  it('opens a person’s name at a sentence’s start ("Autumn Peltier")', () => {
    expect(typedNames('Autumn Peltier addressed the United Nations on water rights.')).toContain(
      'Autumn Peltier/person',
    );
  });

  it('is no person alone or in an event’s name', () => {
    const found = typedNames(
      'His films include Summer of Sam. Tickets for the Summer Olympics went on sale.',
    );
    expect(found).not.toContain('Summer/person');
    expect(found.some((name) => name.startsWith('Summer Olympics'))).toBe(true);
  });
});

describe('a trade the word list lacks, opening a sentence before a name', () => {
  it('is left out of the person’s name ("Swimmer", "Activist", "Epidemiologist")', () => {
    expect(typedNames('Swimmer Mara Okonkwo broke the record.')).toEqual(['Mara Okonkwo/person']);
    expect(typedNames('Activist Mara Okonkwo was detained on Friday.')).toEqual(['Mara Okonkwo/person']);
    expect(typedNames('Epidemiologist Mara Okonkwo said cases were rising.')).toEqual([
      'Mara Okonkwo/person',
    ]);
  });

  it('still opens a firm’s name before ordinary words ("Tycoon Holdings")', () => {
    expect(typedNames('Tycoon Holdings said profit rose.')).toContain('Tycoon Holdings/organization');
  });
});

describe('a season before the name of a thing', () => {
  it('names a budget, a forum or a statement, not a person ("Autumn Budget", "Summer Davos")', () => {
    // Arrange
    const body =
      'Rachel Reeves will raise taxes in the Autumn Budget. Li Qiang spoke at Summer Davos in Tianjin. ' +
      'Jeremy Hunt delivered his Autumn Statement to parliament.';

    // Act
    const found = typedNames(body);

    // Assert
    for (const name of ['Autumn Budget', 'Summer Davos', 'Autumn Statement'])
      expect(found).not.toContain(`${name}/person`);
    expect(found).toContain('Rachel Reeves/person');
  });

  it('keeps a person before a surname ("Summer Walker")', () => {
    expect(typedNames('The singer Summer Walker cancelled her tour on Friday.')).toContain(
      'Summer Walker/person',
    );
  });
});

describe('a cause’s trade before one ordinary word', () => {
  it('opens a body’s name ("Whistleblower Aid"), no person "Aid"', () => {
    // Arrange
    const body =
      'A former Meta employee represented by Whistleblower Aid told senators the company had misled investors.';

    // Act
    const found = typedNames(body);

    // Assert
    expect(found).toContain('Whistleblower Aid/organization');
    expect(found).not.toContain('Aid/person');
  });

  it('keeps the person after it ("Whistleblower Frances Haugen")', () => {
    expect(typedNames('Whistleblower Frances Haugen spoke on Monday.')).toContain('Frances Haugen/person');
  });
});
