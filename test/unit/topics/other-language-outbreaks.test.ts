import { describe, expect, it } from 'vitest';
import type { TagResult } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';

// Invented wire items (read34 ★5): a disease outbreak in a headline of another language is health news first.
const firstTopLevel = (result: TagResult) => result.topics.find((t) => t.level === 1)?.id;

describe('a disease outbreak in a headline of another language', () => {
  it('files a Spanish cholera outbreak in a country at war under health', () => {
    const result = tagArticle({
      title: 'Un brote de c\u00f3lera deja 400 muertos en plena guerra',
      body:
        'Un brote de c\u00f3lera ha dejado m\u00e1s de 400 muertos en el \u00faltimo mes, seg\u00fan las autoridades, mientras la ' +
        'guerra entre el ej\u00e9rcito y una milicia destruye hospitales. Los combates han cortado el suministro de agua.',
    });

    expect(result.language).toBe('es');
    expect(firstTopLevel(result)).toBe(TOP_LEVEL.health);
  });

  it('files a German cholera outbreak told as a compound under health', () => {
    const result = tagArticle({
      title: 'Cholera-Ausbruch: Hunderte Tote mitten im Krieg',
      body:
        'Ein Cholera-Ausbruch hat binnen eines Monats Hunderte Menschen get\u00f6tet, teilte das Gesundheitsministerium ' +
        'mit. Der Krieg zwischen Armee und Miliz hat Krankenh\u00e4user zerst\u00f6rt; die K\u00e4mpfe haben die ' +
        'Wasserversorgung unterbrochen.',
    });

    expect(result.language).toBe('de');
    expect(firstTopLevel(result)).toBe(TOP_LEVEL.health);
  });

  it('keeps a Spanish war report that names cholera only in its body a war story', () => {
    const result = tagArticle({
      title: 'El ej\u00e9rcito bombardea la ciudad sitiada en plena guerra',
      body:
        'El ej\u00e9rcito bombarde\u00f3 la ciudad sitiada por la milicia, seg\u00fan testigos. Los combates dejaron 40 ' +
        'muertos. Las organizaciones humanitarias temen un brote de c\u00f3lera en los campos de desplazados.',
    });

    expect(firstTopLevel(result)).toBe(TOP_LEVEL.conflict);
  });
});
