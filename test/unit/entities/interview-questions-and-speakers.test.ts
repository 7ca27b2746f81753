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
    expect(found).toContain('VARELLI/person');
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
});
