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

  it('leaves a computer named Studio to technology, no merger (session 36, mendET36)', () => {
    const result = tagArticle({
      title: 'Should you buy the Mac Studio or wait for M5?',
      body:
        "Apple's Mac Studio is the most powerful desktop the company sells, but with M5 chips arriving in its " +
        "laptops, buyers may want to wait. We tested the current model's speed, noise and ports against the Mac " +
        'mini and a high-end Windows PC.',
    });

    expect(topLevels(result)[0]?.id).toBe(TOP_LEVEL.science);
    expect(ids(result)).not.toContain(DEAL);
  });

  it('reads a studio bought in a city as a home, no merger', () => {
    const result = tagArticle({
      title: "How I bought a studio in Brooklyn on a teacher's salary",
      body:
        'After eight years of renting, a 34-year-old teacher bought a studio in Brooklyn for $310,000. She explains ' +
        'how she saved the deposit and what her mortgage costs each month.',
    });

    expect(ids(result)).not.toContain(DEAL);
  });

  it('still files one game studio bought by a firm as a merger', () => {
    const result = tagArticle({
      title: 'Sony buys game studio behind hit shooter',
      body:
        'Sony said on Tuesday it would buy the game studio behind a hit online shooter for an undisclosed sum, ' +
        'adding a fourth developer to its PlayStation group this year.',
    });

    expect(ids(result)).toContain(DEAL);
  });
});
