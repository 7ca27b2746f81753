import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

// Invented stories (session 37, entities37): a firm's works named by their town, cricket grounds.
const typeOf = (body: string, text: string, title?: string) =>
  entitiesOf(body, title).find((e) => e.mentions.some((m) => m.text === text))?.type;

describe("a firm's works named by their town", () => {
  it('reads one unknown word between "its" and a works\' noun as the town', () => {
    const body =
      'Samsung Electronics said it would invest more in its Pyeongtaek plant as memory demand soared.';

    expect(typeOf(body, 'Pyeongtaek', 'Samsung posts record profit')).toBe('place');
  });

  it('keeps an ordinary word there a brand', () => {
    const body = 'Unilever said it would close its Dove factory next year.';

    expect(typeOf(body, 'Dove', 'Unilever to shut factory')).not.toBe('place');
  });
});

describe('a ground', () => {
  it('is a place, where a sport names it', () => {
    const body =
      'Yashasvi Jaiswal will miss the next Test at the Sydney Cricket Ground with a hamstring strain.';

    expect(typeOf(body, 'Sydney Cricket Ground', 'India beat Australia')).toBe('place');
  });
});
