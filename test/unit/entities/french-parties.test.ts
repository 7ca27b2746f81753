import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// French writes its chamber and parties with a lower-case adjective ("Assemblée nationale", "Parti socialiste"),
// which the recogniser does not read as one name.
describe("France's chamber and main parties in French copy", () => {
  it('reads the parties and the chamber as organisations with the ids English copy gives them', () => {
    // Arrange
    const body =
      "Les élus du Rassemblement national et de La France insoumise ont voté contre le texte à l'Assemblée " +
      'nationale mardi, tandis que le Parti socialiste s’est abstenu.';

    // Act
    const result = tagArticle({ title: '', body, language: 'fr' });

    // Assert
    const bodies = result.entities.filter((e) => e.type === 'organization').map((e) => e.id);
    expect(bodies.sort()).toEqual([
      'organization:france-unbowed',
      'organization:national-assembly',
      'organization:national-rally',
      'organization:socialist-party',
    ]);
  });

  it('reads no place France from the name of La France insoumise', () => {
    const result = tagArticle({
      title: '',
      body: 'La France insoumise a présenté lundi son programme pour les élections municipales.',
      language: 'fr',
    });

    expect(result.entities.map((e) => e.id)).toEqual(['organization:france-unbowed']);
  });
});
