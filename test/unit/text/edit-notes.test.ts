import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const STORY =
  'WASHINGTON, Nov 28 (Reuters) - Boeing agreed to pay $1.1 billion to settle a U.S. Justice Department case over two crashes in Indonesia and Ethiopia, the department said on Friday.';

describe('an editing note before the story', () => {
  it.each([
    ["(Adds comment from families' lawyer in paragraph 4)\n"],
    ['(Updates with closing share price)\n'],
    ["(Corrects spelling of minister's name in paragraph 3)\nBy Jane Smith\n"],
    ['Correction: An earlier version of this story gave the wrong figure for the settlement.\n'],
    ["Editor's note: An earlier version of this story misstated the name of the Kenyan airline.\n"],
  ])('%j leaves the dateline read and its country in focus', (note) => {
    const result = tagArticle({ title: 'Boeing to pay $1.1 bln', body: `${note}${STORY}` });

    expect(result.dateline?.place).toBe('WASHINGTON');
    expect(result.countries.find((c) => c.code === 'US')?.focus).toBe(true);
  });

  it('gives no tag of its own, nor does the byline after it', () => {
    const result = tagArticle({
      title: 'Boeing to pay $1.1 bln',
      body: `Editor's note: An earlier version of this story misstated the name of the Kenyan airline.\nBy Jane Smith\n${STORY}`,
    });

    expect(result.entities.map((e) => e.id)).not.toContain('person:jane-smith');
    expect(result.countries.map((c) => c.code)).not.toContain('KE');
  });

  it('is only a note when it stands before the story: a lead that opens with "Update:" is read', () => {
    const result = tagArticle({
      body: 'Kenya and Uganda signed a rail deal on Monday.\nUpdate: Tanzania said it would join the talks.',
    });

    expect(result.countries.map((c) => c.code)).toContain('TZ');
  });
});

describe('an "Edited by" line', () => {
  it('is a byline, no person of the story', () => {
    const result = tagArticle({
      body: 'Edited by Sarah Collins and Tom Bateman\n\nAll 20 living hostages have been released by Hamas, officials said.',
    });

    expect(result.entities.map((e) => e.id)).not.toContain('person:sarah-collins');
  });
});
