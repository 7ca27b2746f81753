import { describe, expect, it } from 'vitest';
import type { TagResult } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';

// Invented stories (session 36, topics36): a firm's studios bought are a takeover before the films they make.
const topLevels = (result: TagResult) => result.topics.filter((t) => t.level === 1);
const ids = (result: TagResult) => result.topics.map((t) => t.id);
const DEAL = 'medtop:20000204';

describe('studios bought in the headline', () => {
  it('files a streamer buying a film studio under economy and merger first', () => {
    const result = tagArticle({
      title: 'Netflix Agrees To Buy Warner Bros Studios',
      body:
        "Netflix agreed to buy Warner Bros' film and television studios and HBO Max for $72 billion, the companies " +
        "said, in a deal that would combine the streaming service with one of Hollywood's oldest studios.",
    });

    expect(topLevels(result)[0]?.id).toBe(TOP_LEVEL.economy);
    expect(ids(result)).toContain(DEAL);
  });

  it('leaves a studio flat bought by a star to the arts', () => {
    const result = tagArticle({
      title: 'Pop star buys studio flat in Soho for her band',
      body:
        'The singer has bought a studio flat above a Soho club where her band rehearses, her record label said. ' +
        'She will write songs for the new album there before the tour.',
    });

    expect(topLevels(result)[0]?.id).toBe(TOP_LEVEL.arts);
    expect(ids(result)).not.toContain(DEAL);
  });
});
