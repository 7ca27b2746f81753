import { describe, expect, it } from 'vitest';
import { tagStory } from './focus-and-pairs.js';

// review33 ★C4: "X sends … to Y, <capital> says" ranked the subject X below Y and the reporter.
// Invented stories, names changed.
const codes = (story: Parameters<typeof tagStory>[0]) => tagStory(story).countries.map((c) => c.code);

describe("a headline's subject reported by another country", () => {
  it('ranks the subject first', () => {
    const found = codes({
      title: 'North Korea sends more engineers to Russia, Seoul says',
      body:
        "SEOUL (Reuters) - North Korea has sent about 5,000 more engineers to Russia, South Korea's spy agency said " +
        'on Wednesday. Russia has used them to clear mines.',
    });

    expect(found[0]).toBe('KP');
  });

  it('keeps the country struck first when the subject attacks it', () => {
    const found = codes({
      title: 'Russia hits Ukraine power grid with 400 drones, Kyiv says',
      body:
        "KYIV (Reuters) - Russia launched 400 drones at Ukraine overnight, Ukraine's air force said on Saturday, " +
        'knocking out power in six regions of Ukraine.',
    });

    expect(found[0]).toBe('UA');
  });
});
