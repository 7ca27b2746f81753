import { describe, expect, it } from 'vitest';
import type { TagResult } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';

// Session 59 (gaz59, wild58 batch 10): the nationality adjectives of French, German and Spanish news come from the
// packages for every country, Portuguese ones from a longer hand table. Articles are invented.
const codes = (result: TagResult) => result.countries.map((c) => c.code);

describe('nationality adjectives the hand table never listed', () => {
  it.each([
    [
      'fr',
      'Le gouvernement malien a rejeté lundi les accusations. Les autorités maliennes affirment que les discussions se poursuivront la semaine prochaine avec les partenaires régionaux.',
      'ML',
    ],
    [
      'de',
      'Die ägyptische Regierung hat die Vorwürfe am Montag zurückgewiesen. Die Gespräche mit den Nachbarn sollen in der kommenden Woche fortgesetzt werden, teilte ein Sprecher mit.',
      'EG',
    ],
    [
      'es',
      'El canciller guatemalteco rechazó el lunes las acusaciones. Las conversaciones con los vecinos continuarán la próxima semana, según un portavoz del ministerio.',
      'GT',
    ],
    [
      'pt',
      'O governo hondurenho rejeitou na segunda-feira as acusações. As conversas com os vizinhos continuarão na próxima semana, segundo um porta-voz do ministério.',
      'HN',
    ],
  ])('reads a %s adjective as its country', (language, body, code) => {
    // Act
    const result = tagArticle({ title: '', body });

    // Assert
    expect(result.language).toBe(language);
    expect(codes(result)).toEqual([code]);
  });
});

describe('adjectives that are part of a name', () => {
  it('reads no India in the Indian Ocean', () => {
    const french = tagArticle({
      title: '',
      body: "Le cyclone a frappé mardi plusieurs îles de l'océan Indien. Les secours ont évacué des milliers d'habitants des zones côtières, selon les autorités locales.",
    });
    const german = tagArticle({
      title: '',
      body: 'Der Wirbelsturm traf am Dienstag mehrere Inseln im Indischen Ozean. Die Helfer brachten Tausende Bewohner der Küstenorte in Sicherheit, teilten die Behörden mit.',
    });

    expect(codes(french)).not.toContain('IN');
    expect(codes(german)).not.toContain('IN');
  });

  it('reads no Dominican Republic in a Dominican monk', () => {
    const result = tagArticle({
      title: '',
      body: 'Un moine dominicain a été nommé évêque mardi. Il dirigeait depuis dix ans une école de théologie et une bibliothèque réputée dans la région.',
    });

    expect(codes(result)).not.toContain('DO');
  });
});

// review59 on the first version: adjectives that name peoples, orders and kinds of things, not countries.
describe('adjectives that name no country', () => {
  it.each([
    "Les peuples indiens d'Amazonie ont manifesté mardi contre la déforestation de leurs terres, selon les organisateurs.",
    'El expresidente fue internado el martes en el Hospital Sirio Libanés, informaron sus médicos en un comunicado.',
    'Im dominikanischen Kloster wurde am Montag ein neuer Prior gewählt, teilte das Bistum in einer Erklärung mit.',
    'O iogurte grego ganhou espaço nos supermercados do interior, segundo a associação do setor de laticínios.',
  ])('%s', (body) => {
    expect(codes(tagArticle({ title: '', body }))).toEqual([]);
  });

  it('keeps one adjective in an institution’s name as its country', () => {
    const result = tagArticle({
      title: '',
      body: 'El Partido Socialista Obrero Español ganó el domingo las elecciones municipales, según los resultados oficiales.',
    });

    expect(codes(result)).toEqual(['ES']);
  });
});
