import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// An invented Spanish story: a union federation abbreviated with doubled initials ("CC.OO.", Comisiones Obreras).
const STRIKE = {
  title: 'Los estibadores de Valencia irán a la huelga en marzo',
  body:
    'VALENCIA - Los estibadores del puerto de Valencia irán a la huelga durante tres días en marzo, anunció ' +
    'el lunes la federación de CC.OO. en un comunicado. Según CC.OO., la plantilla lleva dos años sin ' +
    'convenio. La empresa dijo que estudiará la propuesta del sindicato.',
};

describe('a body named with Spanish doubled initials', () => {
  it('takes its id from the joined name, as its display name does', () => {
    const result = tagArticle(STRIKE);

    const union = result.entities.find((e) => e.name === 'CCOO');
    expect(union?.id).toBe('organization:ccoo');
  });
});
