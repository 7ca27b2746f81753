import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { typedNames } from './entities-of.js';

const namesOf = (title: string, body: string) =>
  tagArticle({ title, body }).entities.map((e) => `${e.name}/${e.type}`);

describe('"Will" opening a question', () => {
  it('is the auxiliary before a country, which stays a place ("Will France send troops?")', () => {
    // Arrange
    const body = 'Q: Will France send troops to Ukraine?\nMACRON: We are not ruling it out.';

    // Act
    const found = namesOf('Interview with the French president', body);

    // Assert
    expect(found).toContain('France/place');
    expect(found.some((name) => name.startsWith('Will '))).toBe(false);
  });

  it('is the auxiliary before a body’s acronym or a newsmaker', () => {
    expect(typedNames('Will NATO send more troops? The alliance did not say.')).toEqual([
      'NATO/organization',
    ]);
    expect(typedNames('Will Trump sign the bill? Aides said he would.')).toEqual(['Donald Trump/person']);
  });

  it('stays a given name before a surname ("Will Smith attend?")', () => {
    expect(typedNames('Will Smith attend the Oscars? The actor did not say.')).toContain('Will Smith/person');
  });
});

describe('a speaker’s label in capitals opening a line', () => {
  it('is a person in an interview with "Q:" lines', () => {
    const found = namesOf(
      'Interview with the IAEA chief',
      'Q: Have inspectors returned to the sites?\nVARELLI: Not yet. We hope to go next month.',
    );
    expect(found).toContain('Varelli/person');
  });

  it('is the newsmaker it names without questions', () => {
    expect(namesOf('Interview', 'MACRON: We are not ruling it out.')).toContain('Emmanuel Macron/person');
  });

  it('is no person as a dateline or a label', () => {
    expect(typedNames('LAHORE: The provincial government announced a holiday on Monday.')).toEqual([
      'Lahore/place',
    ]);
    expect(typedNames('BREAKING: Markets fell sharply on Monday.')).toEqual([]);
  });

  it('is a dateline when the word is a place, though a surname too ("WASHINGTON:", "HAMILTON:")', () => {
    // Arrange
    const bodies = [
      'WASHINGTON: The White House is weighing fresh limits on chip exports, officials said on Tuesday.',
      'HAMILTON: Floodwaters cut power to about 12,000 homes across the Waikato on Monday, Civil Defence said.',
      "JACKSON: Mississippi's capital will receive $115 million to repair its water system, officials said.",
    ];

    // Act
    const found = bodies.map((body) => namesOf('News', body));

    // Assert
    for (const names of found) expect(names.some((name) => /^[A-Z]+\/person$/.test(name))).toBe(false);
  });

  it('is a person in an interview though a place too, but the dateline opening it stays a place', () => {
    // Arrange
    const body =
      'WASHINGTON: Lewis Hamilton spoke to us on Tuesday.\nQ: How was the season?\nHAMILTON: The hardest of my career.';

    // Act
    const found = namesOf('Interview', body);

    // Assert
    expect(found).not.toContain('WASHINGTON/person');
    expect(found).toContain('Lewis Hamilton/person');
    expect(found.some((name) => name.startsWith('HAMILTON/'))).toBe(false);
  });
});
