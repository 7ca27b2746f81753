import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

function tagged(title: string, body: string, language: string) {
  const result = tagArticle({ title, body, language });
  return {
    people: result.entities.filter((e) => e.type === 'person'),
    countries: result.countries.map((c) => c.code),
  };
}

describe('a newsmaker named by the surname alone in another language', () => {
  it('reads the French "Poutine" inside a sentence as Vladimir Putin, and Russia from his voice', () => {
    // Arrange
    const body =
      'Selon Poutine, les n\u00e9gociations avec Xi Jinping \u00e0 P\u00e9kin ont \u00e9t\u00e9 utiles.';

    // Act
    const { people, countries } = tagged('', body, 'fr');

    // Assert
    const putin = people.find((p) => p.id === 'person:vladimir-putin');
    expect(putin?.name).toBe('Vladimir Putin');
    expect(putin?.mentions.map((m) => m.text)).toEqual(['Poutine']);
    expect(countries).toContain('RU');
  });

  it('leaves "Poutine" opening a sentence of a food story no one', () => {
    const { people } = tagged(
      '',
      'MONTR\u00c9AL - Poutine, frites et fromage en grains: le plat qu\u00e9b\u00e9cois fait fureur.',
      'fr',
    );

    expect(people.map((p) => p.id)).not.toContain('person:vladimir-putin');
  });

  it('keeps a listed surname left alone after a sentence opener ("Seg\u00fan Putin")', () => {
    const { people } = tagged(
      '',
      'El Kremlin guard\u00f3 silencio. Seg\u00fan Putin, la guerra seguir\u00e1.',
      'es',
    );

    expect(people.map((p) => [p.id, p.name])).toEqual([['person:vladimir-putin', 'Vladimir Putin']]);
  });
});
