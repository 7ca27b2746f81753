import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

function namesOf(body: string, language: string): string[] {
  return tagArticle({ title: '', body, language }).entities.map((e) => `${e.name}/${e.type}`);
}

describe('a French elided article or conjunction before a name', () => {
  it('leaves "L\'opposant" and "L\'écrivain" out of the names after them', () => {
    const names = namesOf(
      "L'opposant Bassirou Diomaye Faye a remporté l'élection. L'écrivain Kamel Daoud était présent.",
      'fr',
    );

    expect(names).toContain('Bassirou Diomaye Faye/person');
    expect(names).toContain('Kamel Daoud/person');
  });

  it('cuts "Qu\'" off the name it is glued to, the mention starting at the name', () => {
    const body = "Il faut qu'on agisse. Qu'Emmanuel Macron parle, disait-il.";
    const macron = tagArticle({ title: '', body, language: 'fr' }).entities.find(
      (e) => e.name === 'Emmanuel Macron',
    );

    expect(macron?.mentions.map((m) => [m.start, m.text])).toEqual([
      [body.indexOf('Emmanuel'), 'Emmanuel Macron'],
    ]);
  });
});

describe("a body of another language's words read as a person", () => {
  it('gives no person for "Straż Graniczna" or "Generalitat Valenciana"', () => {
    const polish = namesOf('Straż Graniczna zatrzymała w poniedziałek 40 migrantów.', 'pl');
    const spanish = namesOf('La Generalitat Valenciana decretó tres días de luto oficial.', 'es');

    expect(polish.some((n) => n.endsWith('/person'))).toBe(false);
    expect(spanish.some((n) => n.endsWith('/person'))).toBe(false);
  });

  it('gives no person for an Indonesian programme named after "Program"', () => {
    const names = namesOf('Program Makan Bergizi Gratis telah menjangkau 20 juta siswa.', 'id');

    expect(names.some((n) => n.endsWith('/person'))).toBe(false);
  });
});

describe('a person behind a title and a body', () => {
  it('reads the holder after "Kepala Badan Gizi Nasional"', () => {
    const names = namesOf(
      'Kepala Badan Gizi Nasional Dadan Hindayana mengatakan program itu akan diperluas.',
      'id',
    );

    expect(names).toContain('Dadan Hindayana/person');
  });

  it('reads the coach inside a German run "von Trainer Vincent Kompany der Titel"', () => {
    const names = namesOf(
      'Damit sicherte sich die Mannschaft von Trainer Vincent Kompany der Titel am Samstag.',
      'de',
    );

    expect(names).toContain('Vincent Kompany/person');
  });

  it('reads a king named by hyphened given names after "koning"', () => {
    const names = namesOf('Het kabinet sprak dinsdag bij koning Willem-Alexander over de formatie.', 'nl');

    expect(names).toContain('Willem-Alexander/person');
  });
});
