import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// Session 58 (gaz58, from wild58): country names as French, Spanish, Portuguese and German copy writes them, with
// lower-case later words and declined forms. Sentences are invented.
const countriesOf = (body: string, language: string): string[] =>
  tagArticle({ title: '', body, language }).countries.map((c) => c.code);

describe('country names of other languages', () => {
  it.each([
    ['La République démocratique du Congo et le Rwanda ont signé un accord.', 'fr', ['CD', 'RW']],
    ['Le gouvernement des Émirats arabes unis a annoncé des mesures.', 'fr', ['AE']],
    ['La Guinée équatoriale a rejeté lundi ces accusations.', 'fr', ['GQ']],
    ['El gobierno de Birmania rechazó el lunes esas acusaciones.', 'es', ['MM']],
    ['O governo do Vietnã rejeitou na segunda-feira essas acusações.', 'pt', ['VN']],
    ['Die Regierung der Vereinigten Staaten hat die Vorwürfe zurückgewiesen.', 'de', ['US']],
  ])('%s', (body, language, codes) => {
    expect(countriesOf(body, language)).toEqual(expect.arrayContaining(codes));
  });

  it('does not read a lower-case word alone as a name’s later word', () => {
    expect(countriesOf('Les arabes unis de la ville ont voté lundi.', 'fr')).toEqual([]);
  });
});
