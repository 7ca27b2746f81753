import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const FRENCH = {
  title: "La France et l'Allemagne signent un accord sur la défense",
  body:
    'PARIS (AFP) - Le président Emmanuel Macron et le chancelier Friedrich Merz ont signé mardi à Paris un ' +
    'accord de défense commun. La Pologne pourrait rejoindre le fonds, a indiqué le ministère. Un ' +
    'photographe AFP était présent.',
};

describe('entities of an article in another language', () => {
  it('keeps full names of people, resolved places and acronyms', () => {
    const { language, entities } = tagArticle(FRENCH);

    expect(language).toBe('fr');
    expect(entities.map((e) => `${e.type}:${e.name}`)).toEqual(
      expect.arrayContaining(['person:Emmanuel Macron', 'person:Friedrich Merz', 'organization:AFP']),
    );
    expect(entities.find((e) => e.name === 'Paris')?.id).toMatch(/^place:geonames:/);
  });

  it('drops what only English rules guessed ("La France" an organisation, "Le" a name)', () => {
    const { entities } = tagArticle(FRENCH);

    expect(entities.map((e) => e.name)).not.toContain('La France');
    expect(entities.map((e) => e.name)).not.toContain('Le');
    expect(entities.map((e) => e.name)).not.toContain('La Pologne');
  });

  it('does not read an institution opening with an article, or joined by a particle, as a person', () => {
    const { language, entities } = tagArticle({
      title: 'El Gobierno aprueba el nuevo plan de vivienda',
      body:
        'MADRID — El Consejo de Ministros aprobó este martes un plan de vivienda que destinará 3.000 millones ' +
        'de euros a la construcción de pisos de alquiler. La ministra Isabel Rodríguez defendió la medida.',
    });

    expect(language).toBe('es');
    const people = entities.filter((e) => e.type === 'person').map((e) => e.name);
    expect(people).not.toContain('El Consejo de Ministros');
    expect(people).not.toContain('Consejo de Ministros');
    expect(people).toContain('Isabel Rodríguez');
  });

  it('leaves an English article’s entities as the recogniser found them', () => {
    const english = tagArticle({
      body: 'The newspaper Le Matin said the plant would close.',
      language: 'en',
    });

    expect(english.entities.map((e) => `${e.type}:${e.name}`)).toContain('organization:Le Matin');
  });
});
