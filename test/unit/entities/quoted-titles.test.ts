import { describe, expect, it } from 'vitest';
import { typedNames } from './entities-of.js';

describe('titles of works in quotation marks', () => {
  it('reads a quoted title as one name of a work, not a person', () => {
    const entities = typedNames(
      'She won praise for "Nora Lane" in 1981 and later starred in “Mother of the Groom” and "Something\'s Gotta Stay".',
    );

    expect(entities).toContain('Nora Lane/other');
    expect(entities).toContain('Mother of the Groom/other');
    expect(entities).toContain("Something's Gotta Stay/other");
    expect(entities.filter((e) => e.endsWith('/person'))).toEqual([]);
  });

  it('keeps a title whose comma sits inside the quotes', () => {
    expect(typedNames('Her films included “The Last Harbor Part II,” which flopped.')).toContain(
      'The Last Harbor Part II/other',
    );
  });

  it("keeps a nickname between a person's names, quoted speech and a name also written unquoted", () => {
    const entities = typedNames(
      'Joaquín "El Chapo" Guzmán was sentenced. "Thank You," Smith told reporters. The film "Michael Collins" tells how Michael Collins was shot.',
    );

    expect(entities).toContain('Joaquín Guzmán/person');
    expect(entities.filter((e) => e.startsWith('Thank You'))).toEqual([]);
    expect(entities).toContain('Michael Collins/person');
  });
});
