import { describe, expect, it } from 'vitest';
import { tagStory } from './focus-and-pairs.js';

// review33 ★C1: a person whose surname or given name is a country's name put that country in focus, paired, even
// first. Invented stories, names changed.
const codes = (story: Parameters<typeof tagStory>[0]) => tagStory(story).countries.map((c) => c.code);

describe("a country's name that is a person's name in the same story", () => {
  it('is the surname of the prime minister the story names in full', () => {
    const found = codes({
      title: 'Montenegro survives confidence vote',
      body:
        "LISBON (Reuters) - Prime Minister Luis Montenegro's minority government survived a confidence vote on " +
        "Thursday. Montenegro's centre-right alliance needed the Socialists to abstain.",
    });

    expect(found).toEqual(['PT']);
  });

  it('is a given name right before the person named', () => {
    const found = codes({
      title: 'Streamer buys comedy series',
      body:
        'NEW YORK (Reuters) - Producer Kenya Morris sold a comedy series to a streaming service on Monday. Morris ' +
        'created two hit sitcoms.',
    });

    expect(found).toEqual(['US']);
  });

  it('keeps the country after a place word', () => {
    const found = codes({
      title: 'Portuguese leader to visit Balkans',
      body:
        'LISBON (Reuters) - Prime Minister Luis Montenegro will hold talks in Montenegro next week on tourism and ' +
        'shipping links.',
    });

    expect(found).toContain('ME');
  });

  it('keeps the country the story also names by its people or as the dateline', () => {
    const found = codes({
      title: 'Montenegro seeks EU entry by 2028',
      body:
        'PODGORICA (Reuters) - Montenegro will close its last EU accession chapters next year, officials said on ' +
        'Monday, as visiting Portuguese Prime Minister Luis Montenegro backed the bid.',
    });

    expect(found[0]).toBe('ME');
  });
});
