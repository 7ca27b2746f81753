import { describe, expect, it } from 'vitest';
import type { TagResult } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';

// Invented items (wild37 ★8): the lists held no word of taxes, of theft or smuggling in Spanish, nor of the German
// armed forces and their fighter jets.
const topLevels = (result: TagResult) => result.topics.filter((t) => t.level === 1).map((t) => t.id);

describe('wild37 ★8: taxes, thefts and defence in other languages', () => {
  it('files a French tax rise under the economy', () => {
    const result = tagArticle({
      title: 'Le gouvernement veut augmenter la taxe sur les billets',
      body: 'Le gouvernement propose une hausse de la taxe sur les billets de train, un nouvel imp\u00f4t que les usagers jugent injuste.',
    });

    expect(result.language).toBe('fr');
    expect(topLevels(result)).toContain(TOP_LEVEL.economy);
  });

  it('files a German inheritance tax row under the economy', () => {
    const result = tagArticle({
      title: 'Streit \u00fcber die Erbschaftsteuer',
      body: 'In der Regierung w\u00e4chst der Streit \u00fcber die Erbschaftsteuer. Die Partei will gro\u00dfe Verm\u00f6gen st\u00e4rker besteuern.',
    });

    expect(result.language).toBe('de');
    expect(topLevels(result)).toContain(TOP_LEVEL.economy);
  });

  it('files a Portuguese income tax exemption under the economy', () => {
    const result = tagArticle({
      title: 'Governo anuncia isen\u00e7\u00e3o do imposto de renda',
      body: 'O governo anunciou que vai isentar do imposto de renda quem ganha pouco. Para compensar a perda de arrecada\u00e7\u00e3o, prop\u00f5e uma al\u00edquota m\u00ednima para os mais ricos.',
    });

    expect(result.language).toBe('pt');
    expect(topLevels(result)).toContain(TOP_LEVEL.economy);
  });

  it('files a Spanish fuel theft and smuggling story under crime first', () => {
    const result = tagArticle({
      title: 'Golpe contra el robo de combustible en el norte',
      body: 'Las autoridades anunciaron un operativo contra el robo de combustible y el contrabando de di\u00e9sel. Hay 14 detenidos y la incautaci\u00f3n de diez millones de litros.',
    });

    expect(result.language).toBe('es');
    expect(topLevels(result)[0]).toBe(TOP_LEVEL.crime);
  });

  it("lists a German fighter jet story's armed forces under politics and its jets under conflict", () => {
    const result = tagArticle({
      title: 'Deutschland bestellt neue Kampfjets',
      body: 'Die Bundeswehr soll neue Kampfflugzeuge erhalten, teilte das Ministerium am Dienstag mit. Die Luftwaffe erwartet die ersten Maschinen 2030.',
    });

    expect(result.language).toBe('de');
    expect(topLevels(result)).toEqual(expect.arrayContaining([TOP_LEVEL.politics, TOP_LEVEL.conflict]));
  });
});
