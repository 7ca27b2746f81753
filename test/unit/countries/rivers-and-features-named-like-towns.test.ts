import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

function codes(title: string, body: string): string[] {
  return tagArticle({ title, body }).countries.map((c) => c.code);
}

describe('a river named like a town abroad', () => {
  it('reads the Rio Grande as the border river, not Brazil’s city, when Brazil is not named', () => {
    // Arrange (wild41 ★3: Brazil ranked first in a border story, with a pair to the US)
    const elPaso =
      'EL PASO, Texas (AP) — Migrants crossing the Rio Grande near El Paso fell to the lowest level in decades, ' +
      'U.S. Border Patrol said.';
    const eaglePass =
      'Migrants crossing the Rio Grande were detained by Texas National Guard troops in Eagle Pass. Mexico protested.';

    // Act
    const found = [codes('Crossings fall', elPaso), codes('Migrants detained', eaglePass)];

    // Assert
    expect(found[0]).toEqual(['US']);
    expect(found[1]).not.toContain('BR');
  });

  it('keeps Brazil’s port when the story names Brazil', () => {
    // Arrange
    const body = 'Soybean shipments from the port of Rio Grande in southern Brazil rose 12% in March.';

    // Act
    const found = tagArticle({ title: 'Soy exports rise', body }).countries;

    // Assert
    expect(found.find((c) => c.code === 'BR')?.mentions.map((m) => m.text)).toContain('Rio Grande');
  });
});

describe('a town’s name as the short form of a feature named after it', () => {
  it('reads a headline’s "Scarborough" as Scarborough Shoal when the body names the shoal', () => {
    // Arrange (wild41 item 7: Canada was in focus, paired with the Philippines and China)
    const body =
      'MANILA, Philippines — The Philippines protested on Monday after a Chinese coast guard ship fired a water ' +
      'cannon at a fishing vessel near Scarborough Shoal in the South China Sea.';

    // Act
    const found = codes('Philippines protests Chinese water cannon attack near Scarborough', body);

    // Assert
    expect(found).not.toContain('CA');
    expect(found).toEqual(expect.arrayContaining(['PH', 'CN']));
  });

  it('keeps the town when the story names its country too', () => {
    // Arrange
    const body =
      'Toronto police said a man was shot in Scarborough on Sunday. Scarborough Town Centre was closed, and ' +
      'Canada Post suspended deliveries near Scarborough Island Park.';

    // Act
    const found = codes('Shooting in Scarborough', body);

    // Assert
    expect(found).toContain('CA');
  });
});
