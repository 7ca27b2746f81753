import { describe, expect, it } from 'vitest';
import type { TagResult } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';

// Invented stories (session 48, fixT48; wild48 ★2): fuel and energy words where the story is the climate or research.
const firstTopLevel = (result: TagResult) => result.topics.find((t) => t.level === 1)?.id;
const has = (result: TagResult, id: string) => result.topics.some((t) => t.id === id);

describe('a summary of climate talks in the headline', () => {
  it('files the talks under the environment before the fuels they argued over', () => {
    // Arrange
    const article = {
      title: 'Five takeaways from the COP29 climate summit in Baku',
      body:
        'The United Nations climate summit ended on Sunday after two weeks of negotiations. A plan to phase out oil, ' +
        'gas and coal was dropped after opposition from oil producers. Rich countries agreed to raise climate ' +
        'finance for poorer nations to adapt to climate change. Activists demanded an end to new oil and gas ' +
        'drilling, and a state oil company won a licence to drill offshore.',
    };

    // Act
    const result = tagArticle(article);

    // Assert
    expect(firstTopLevel(result)).toBe(TOP_LEVEL.environment);
  });
});

describe('energy in a research story', () => {
  it("is the scientists' record, no energy industry and no athlete's", () => {
    const result = tagArticle({
      title: 'Fusion experiment sets record for energy output',
      body:
        'Scientists said on Thursday they had set a new world record for fusion energy, producing 69 megajoules of ' +
        'energy over five seconds in their final experiment at the laboratory. The researchers said the findings ' +
        'would inform a much larger reactor being built by 35 nations, and that fusion could one day provide clean ' +
        'energy.',
    });

    expect(firstTopLevel(result)).toBe(TOP_LEVEL.science);
    expect(has(result, TOP_LEVEL.sport)).toBe(false);
  });

  it('stays the energy industry where business leads', () => {
    const result = tagArticle({
      title: 'Utility profit rises on energy prices',
      body:
        'The utility said its annual profit rose 20% as energy prices climbed and output from its nuclear reactors ' +
        'increased. Shares rose 4% and the company raised its dividend.',
    });

    expect(firstTopLevel(result)).toBe(TOP_LEVEL.economy);
    expect(result.topics.some((t) => t.evidence?.includes('output'))).toBe(true);
  });
});
