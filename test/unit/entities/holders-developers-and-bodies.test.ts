import { describe, expect, it } from 'vitest';
import { typedNames } from './entities-of.js';

describe('a body’s head named by three words no list knows (review32 ★E1)', () => {
  it('is the person, though the article names the body elsewhere', () => {
    // Arrange
    const body =
      'The WHO declared an emergency on Monday.\n\nWHO Director-General Tedros Asfaw Gebremariam said the risk was high.';

    // Act
    const found = typedNames(body);

    // Assert
    expect(found).toContain('Tedros Asfaw Gebremariam/person');
    expect(found).toContain('World Health Organization/organization');
  });
});

describe('a developer’s given name that is also an ordinary word (review32 ★E2)', () => {
  it('opens a person’s name', () => {
    const found = typedNames(
      'Hoboken-based developer Frank Ruscello held $40 million. Boston-based developer Maria Castellano won the contract.',
    );

    expect(found).toContain('Frank Ruscello/person');
    expect(found).toContain('Maria Castellano/person');
  });

  it('leaves a broadcaster named by a given name and an ordinary word a firm', () => {
    expect(typedNames('The report was aired by broadcaster Sky News on Monday.')).toContain(
      'Sky News/organization',
    );
  });
});

describe('bodies the rules read as people (review32 ★E3)', () => {
  it('names a listed body’s initials before ordinary words as one of its bodies', () => {
    const found = typedNames(
      'Inger Halvorsen, head of the U.N. Environment Programme, said talks would resume.',
    );

    expect(found).toContain('U.N. Environment Programme/organization');
    expect(found).toContain('Inger Halvorsen/person');
  });

  it('reads seven capitals that speak as a body’s short name', () => {
    expect(typedNames('CHINADA said the swimmers had eaten contaminated food.')).toEqual([
      'CHINADA/organization',
    ]);
  });

  it('ends a firm’s name with "Interactive" or "Fintech"', () => {
    const found = typedNames(
      'Take-Two Interactive said the game would be delayed. Meridian Fintech said its losses narrowed.',
    );

    expect(found).toContain('Take-Two Interactive/organization');
    expect(found).toContain('Meridian Fintech/organization');
  });
});
