import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

function placeSpans(body: string): string[] {
  const { entities } = tagArticle({ title: 'Report', body });
  return entities
    .filter((e) => e.type === 'place')
    .flatMap((e) => e.mentions.filter((m) => m.field === 'body').map((m) => body.slice(m.start, m.end)));
}

describe("a state's abbreviation after a town and a comma", () => {
  it('keeps its own period in a tokenised dateline', () => {
    const spans = placeSpans('KENOSHA , Wis. 1996-09-14\nThe plant will close in March , the union said .');

    expect(spans).toContain('Wis.');
    expect(spans).not.toContain('Wis');
  });

  it('keeps its own period before a comma in running text', () => {
    const spans = placeSpans('The bank , based in Tampa , Fla. , said on Monday it would cut 300 jobs .');

    expect(spans).toContain('Fla.');
  });

  it('keeps its own period where it also ends the sentence', () => {
    const spans = placeSpans(
      'The mill was sold to a group in Worcester, Mass. Its workers were told on Friday.',
    );

    expect(spans).toContain('Mass.');
  });

  it('leaves the word alone without a comma before it', () => {
    const spans = placeSpans('The bishop arrived to celebrate Mass. Hundreds attended the service.');

    expect(spans).not.toContain('Mass.');
  });
});
