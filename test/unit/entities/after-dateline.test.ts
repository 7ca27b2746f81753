import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

describe('the first word of a story after an inline dateline', () => {
  it('opens a sentence: an ordinary word written with a capital there is no name', () => {
    const { entities } = tagArticle({
      body: 'PORTO VELHO, Brazil - Torrential rain in the state of Rondonia killed 12 people on Friday, officials said.',
    });

    expect(entities.map((e) => e.name)).not.toContain('Torrential');
    expect(entities.map((e) => e.name)).toContain('Rondonia');
  });
});
