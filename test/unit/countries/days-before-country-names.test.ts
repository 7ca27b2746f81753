import { describe, expect, it } from 'vitest';
import { tagStory } from './focus-and-pairs.js';

// read33 leftover: "said on Tuesday Israel must withdraw" read "Tuesday Israel" as a person's name, and the story
// lost Israel (the headline's too). Invented stories.
const codes = (story: Parameters<typeof tagStory>[0]) => tagStory(story).countries.map((c) => c.code);

describe('a day or month before a country that is also a given name', () => {
  it('reads "on Tuesday Israel" as the country', () => {
    const found = codes({
      title: 'Israel must pull out, Lebanon says',
      body:
        "BEIRUT (Reuters) - Lebanon's president said on Tuesday Israel must withdraw its troops from the south of " +
        'the country before any talks on the border.',
    });

    expect(found).toEqual(expect.arrayContaining(['IL', 'LB']));
  });

  it('keeps a capitalised given name before the country word a name: "Michael Jordan"', () => {
    const found = codes({
      title: 'Basketball legend opens school',
      body: 'CHICAGO (Reuters) - Michael Jordan opened a school on Tuesday for 400 pupils on the city\u2019s west side.',
    });

    expect(found).not.toContain('JO');
  });
});
