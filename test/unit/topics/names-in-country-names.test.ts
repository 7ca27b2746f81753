import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const AIR_TRANSPORT = 'medtop:20000338';

const topicsOf = (title: string, body: string) => tagArticle({ title, body }).topics;

describe('names from the lexicon inside a country name', () => {
  it('does not read the Emirates of the United Arab Emirates as the airline', () => {
    const topics = topicsOf(
      'New visa for investors',
      'The United Arab Emirates announced a ten-year visa for foreign investors on Monday, the latest step to ' +
        'draw capital to the Gulf state.',
    );

    expect(topics.map((t) => t.id)).not.toContain(AIR_TRANSPORT);
    expect(topics.flatMap((t) => t.evidence ?? [])).not.toContain('Emirates');
  });

  it('still reads the airline where the story names it alone', () => {
    const topics = topicsOf(
      'Emirates orders more jets',
      'Emirates ordered 65 more wide-body jets on Monday as the airline expands its fleet for long-haul routes.',
    );

    expect(topics.flatMap((t) => t.evidence ?? [])).toContain('Emirates');
  });
});
