import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// Session 59 (gaz59, wild58): Brazil's "Irã" folds to the verb "irá". Articles are invented.
const codes = (body: string) => {
  const result = tagArticle({ title: '', body });
  expect(result.language).toBe('pt');
  return result.countries.map((c) => c.code);
};

describe('a name read only as written with its marks', () => {
  it('reads Brazil’s "Irã" as Iran', () => {
    expect(
      codes(
        'O governo do Irã rejeitou as acusações na segunda-feira. O porta-voz afirmou que as conversas continuarão na próxima semana.',
      ),
    ).toEqual(['IR']);
  });

  it('reads no Iran in the verb "irá" opening a sentence', () => {
    expect(
      codes(
        'Irá chover forte na terça-feira, segundo o instituto de meteorologia. A prefeitura pediu cuidado aos motoristas nas estradas.',
      ),
    ).not.toContain('IR');
  });
});
