import { describe, expect, it } from 'vitest';
import type { TagResult } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';

// Invented stories (session 35, topics35): whose dead a headline's "death toll" counts.
const firstTopLevel = (result: TagResult) => result.topics.find((t) => t.level === 1)?.id;

describe('a death toll in the headline', () => {
  it("counts an air strike's dead as the war's", () => {
    const result = tagArticle({
      title: 'Death Toll From Israeli Strike On Gaza School Rises To 30',
      body:
        'The death toll from an Israeli air strike on a school sheltering displaced families in Gaza City rose to ' +
        '30, the civil defence agency said. The Israeli military said it targeted a Hamas command centre inside ' +
        'the compound.',
    });

    expect(firstTopLevel(result)).toBe(TOP_LEVEL.conflict);
  });

  it("keeps an earthquake's death toll in a country at war a disaster", () => {
    const result = tagArticle({
      title: 'Myanmar junta says quake death toll tops 3,000',
      body:
        "Myanmar's military junta said the death toll from last week's earthquake had passed 3,000, as rebel " +
        'groups accused the army of continuing air strikes on villages in the disaster zone.',
    });

    expect(firstTopLevel(result)).toBe(TOP_LEVEL.disaster);
  });

  it("keeps a flood's death toll with soldiers in the search a disaster", () => {
    const result = tagArticle({
      title: 'Death toll in Spanish floods rises to 217 as army joins search',
      body:
        'The death toll from flash floods in eastern Spain rose to 217, the government said, as soldiers joined ' +
        'the search for the missing in Valencia. Police were deployed to stop looting.',
    });

    expect(firstTopLevel(result)).toBe(TOP_LEVEL.disaster);
  });
});
