import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// Cities GeoNames gives their official long names ("Acapulco de Juárez", "Heroica Matamoros"), which the press
// shortens, and names with "las", "los" or "das" inside. Sentences written for these tests.
const codes = (body: string) =>
  tagArticle({ id: 'short-official-names', title: '', body }).countries.map((c) => c.code);

describe('cities by their short official names', () => {
  it('reads a city by the name before its honour or without its title', () => {
    // Act
    const found = [
      codes('A storm surge flooded the hotel strip of Acapulco on Thursday.'),
      codes('Trucks queued for hours at the border crossing in Matamoros.'),
      codes('The tanker was loaded at Guaymas before sailing north.'),
    ];

    // Assert
    expect(found).toEqual([['MX'], ['MX'], ['MX']]);
  });

  it("reads a city's name with 'los' or 'das' inside", () => {
    // Act
    const found = [
      codes('A factory fire in Mogi das Cruzes was put out by noon.'),
      codes('The plant in San Nicolas de los Garza will hire 500 workers.'),
    ];

    // Assert
    expect(found).toEqual([['BR'], ['MX']]);
  });

  it('leaves a person named like the short name to the person', () => {
    // Act
    const found = codes('Andres Matamoros scored twice in the second half.');

    // Assert
    expect(found).toEqual([]);
  });
});
