import { describe, expect, it } from 'vitest';
import { tagStory } from './focus-and-pairs.js';

// review33 ★C2: "America's Cup" named the United States, in focus and paired, even first. Invented stories.
const codes = (story: Parameters<typeof tagStory>[0]) => tagStory(story).countries.map((c) => c.code);

describe("the America's Cup", () => {
  it('names no country', () => {
    const found = codes({
      title: "Genoa to host America's Cup",
      body: "AUCKLAND (Reuters) - Italy's Genoa will host the next America's Cup in 2028, the defending team said on Tuesday.",
    });

    expect(found).not.toContain('US');
  });

  it('leaves America the country alone', () => {
    const found = codes({
      body: 'America will host the World Cup final in New Jersey next July, organisers said.',
    });

    expect(found).toContain('US');
  });
});
