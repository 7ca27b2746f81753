import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

function entitiesOf(body: string, language: string) {
  return tagArticle({ title: '', body, language }).entities.map((e) => e.id);
}

describe('names joined by a conjunction or a preposition in other languages', () => {
  it('reads Spanish "y" between two full names as two people', () => {
    const ids = entitiesOf(
      'El canciller se reunió el jueves con Lucía Fernández y Andrés Morales en la sede del Gobierno.',
      'es',
    );

    expect(ids).toContain('person:lucia-fernandez');
    expect(ids).toContain('person:andres-morales');
  });

  it('reads Spanish "y" before a given name as a conjunction', () => {
    const ids = entitiesOf('Marcaron Vinícius y Jude Bellingham en la segunda parte del partido.', 'es');

    expect(ids).toContain('person:jude-bellingham');
  });

  it('keeps a compound Spanish surname with "y" as one name', () => {
    const ids = entitiesOf('El ensayo de José Ortega y Gasset se reeditó este año.', 'es');

    expect(ids).toContain('person:jose-ortega-y-gasset');
  });

  it('reads Dutch "van" after a party acronym as "of", before the leader’s name', () => {
    const ids = entitiesOf('De SP van Lilian Marijnissen diende dinsdag een motie in.', 'nl');

    expect(ids).toContain('person:lilian-marijnissen');
  });

  it('reads the press’s short names of the United States as the country', () => {
    const { countries, entities } = tagArticle({
      title: '',
      body: 'Os EUA e a China retomaram as negociações comerciais nesta semana.',
      language: 'pt',
    });

    expect(countries.map((c) => c.code).sort()).toEqual(['CN', 'US']);
    expect(entities.map((e) => e.id)).not.toContain('organization:eua');
  });
});
