import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

function codesOf(body: string, language: string) {
  return tagArticle({ title: '', body, language }).countries.map((c) => c.code);
}

describe('country names declined irregularly, and names written with an article', () => {
  it('reads the Polish irregular and stem-changing forms', () => {
    // Arrange
    const body =
      'Kanclerz Niemiec przyjecha\u0142 do Warszawy. Na W\u0119grzech trwaj\u0105 protesty, a we W\u0142oszech ' +
      'strajki. Rozmowy odby\u0142y si\u0119 w Kanadzie, w Katarze i w Egipcie.';

    // Act
    const codes = codesOf(body, 'pl');

    // Assert
    expect(codes).toEqual(expect.arrayContaining(['DE', 'HU', 'IT', 'CA', 'QA', 'EG']));
  });

  it('reads the instrumental of Białoruś ("z Białorusią")', () => {
    const body = 'Straż graniczna wzmocniła patrole na granicy z Białorusią po nocnym incydencie.';

    expect(codesOf(body, 'pl')).toContain('BY');
  });

  it('reads "w Niemczech" and the Czech forms of China', () => {
    expect(codesOf('Minister by\u0142 wczoraj w Niemczech i w Austrii na rozmowach.', 'pl')).toContain('DE');
    expect(
      codesOf('Ministr byl minul\u00fd t\u00fdden v \u010c\u00edn\u011b a jednal tam o obchodu.', 'cs'),
    ).toContain('CN');
  });

  it('lists the place entity of a hyphened French name and of a name after an Italian articled preposition', () => {
    const french = tagArticle({
      title: '',
      body: "Les \u00c9tats-Unis ont annonc\u00e9 des sanctions. Le Royaume-Uni et l'Allemagne ont suivi.",
      language: 'fr',
    }).entities.map((e) => e.id);
    const italian = tagArticle({
      title: '',
      body: 'Dagli Stati Uniti arriva la risposta. Il governo tace.',
      language: 'it',
    }).entities.map((e) => e.id);

    expect(french).toEqual(expect.arrayContaining(['place:iso:US', 'place:iso:GB']));
    expect(italian).toEqual(['place:iso:US']);
  });
});
