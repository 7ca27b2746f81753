import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const PARAGRAPH =
  'Israeli officials said the handover went ahead as planned on Monday morning, and that the Red Cross vehicles crossed the border shortly after dawn under escort.';

describe('a line break in a body whose paragraphs run on one line', () => {
  it('ends a name: two summary lines are two items', () => {
    const body = `Summary\nAll 20 living hostages have been released by Hamas\nDonald Trump has addressed the Knesset in Jerusalem\n${PARAGRAPH}`;

    const ids = tagArticle({ body }).entities.map((e) => e.id);

    expect(ids).toContain('organization:hamas');
    expect(ids).toContain('person:donald-trump');
    expect(ids.some((id) => id.includes('hamas-donald'))).toBe(false);
  });

  it('leaves a country named at a line end to the story', () => {
    const body = `Why it matters: The deal gives Nvidia access to China\nThe big picture: Jensen Huang lobbied officials in Washington for months.\n${PARAGRAPH}`;

    expect(tagArticle({ body }).countries.map((c) => c.code)).toContain('CN');
  });
});

describe('a line opened by a capitalised article or pronoun', () => {
  it('continues no name from the line before', () => {
    const body =
      'Why it matters: The deal gives Nvidia access to China\nThe big picture: Jensen Huang lobbied Washington for months.';

    const result = tagArticle({ body });

    expect(result.entities.map((e) => e.id)).not.toContain('organization:china-the');
    expect(result.countries.map((c) => c.code)).toContain('CN');
  });

  it('after an abbreviated country ending a wrapped sentence', () => {
    const body =
      'The company said it would close two plants in the U.S.\nIt said about 400 workers would lose their jobs by March.';

    expect(tagArticle({ body }).entities.map((e) => e.id)).toContain('place:iso:US');
  });
});

describe('a line break in hard-wrapped copy', () => {
  it('still runs through a name the wrapping split', () => {
    const body =
      'Chinese Vice President Han Zheng met business leaders in\nWashington on Monday, officials said, and Vice President Han\nZheng is to meet the Secretary of State on Tuesday morning.';

    const han = tagArticle({ body }).entities.find((e) => e.id === 'person:han-zheng');

    expect(han?.mentions.map((m) => m.text)).toContain('Han\nZheng');
  });
});
