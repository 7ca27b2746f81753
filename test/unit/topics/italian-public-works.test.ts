import { describe, expect, it } from 'vitest';
import type { TagResult } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';

const topLevels = (result: TagResult) => result.topics.filter((t) => t.level === 1).map((t) => t.id);

describe("Italian 'opera' is a public work as often as a work of music (read31 F12)", () => {
  it('gives a short story about approving a public work no arts desk', () => {
    const found = topLevels(
      tagArticle({
        title: "Via libera all'opera sul fiume",
        body: "ROMA, 2 dic - Il comitato ha dato il via libera all'opera. I lavori inizieranno nel 2027.",
        language: 'it',
      }),
    );

    expect(found).not.toContain(TOP_LEVEL.arts);
  });

  it('keeps an opera at the theatre under the arts', () => {
    const found = topLevels(
      tagArticle({
        title: "Alla Scala l'opera di Verdi",
        body: "MILANO - La stagione del teatro si apre con l'opera di Verdi diretta dal maestro; esaurita la prima.",
        language: 'it',
      }),
    );

    expect(found[0]).toBe(TOP_LEVEL.arts);
  });
});
