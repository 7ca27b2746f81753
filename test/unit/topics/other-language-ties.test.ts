import { describe, expect, it } from 'vitest';
import type { TagResult } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';

// Invented wire items (session 35): two desks of another language's lists that weigh the same.
const topLevels = (result: TagResult) => result.topics.filter((t) => t.level === 1);

describe('desks of equal weight in another language', () => {
  it('puts first the desk named by more different words, not the earlier IPTC code', () => {
    const result = tagArticle({
      title: 'La empresa del metro de Madrid, sin servicio',
      body:
        'Los trabajadores del metro iniciaron una huelga el lunes. Los sindicatos reclaman subidas de salarios. ' +
        'La empresa perdi\u00f3 3 millones.',
    });

    const [first, second] = topLevels(result);
    expect(result.language).toBe('es');
    expect(first?.score).toBe(second?.score);
    expect(first?.id).toBe(TOP_LEVEL.labour);
    expect(second?.id).toBe(TOP_LEVEL.economy);
  });

  it('still puts first the heavier desk when it has fewer different words', () => {
    const result = tagArticle({
      title: 'La empresa del metro de Madrid pierde millones',
      body:
        'Los trabajadores del metro iniciaron una huelga el lunes. Los sindicatos reclaman subidas de salarios. ' +
        'La empresa perdi\u00f3 3 millones.',
    });

    expect(result.language).toBe('es');
    expect(topLevels(result)[0]?.id).toBe(TOP_LEVEL.economy);
  });
});
