import { describe, expect, it } from 'vitest';
import { prepareDocument } from '../../../functions/core/text/document.js';
import { sentencesAround } from '../../../functions/core/topics/sentences-around.js';

const DRONES = /\bdrones?\b/gi;

describe('sentencesAround: the sentence that names a word, for the topic checks that read it', () => {
  it('yields the sentence around each match, the title first, then the body in text order', () => {
    const doc = prepareDocument({
      title: 'Drone maker unveils model',
      body: 'Air defences shot down 52 drones overnight. Officials met on Monday. A drone startup raised money.',
      language: 'en',
    });

    const told = [...sentencesAround(doc, DRONES)];

    expect(told).toEqual([
      'Drone maker unveils model',
      'Air defences shot down 52 drones overnight.',
      'A drone startup raised money.',
    ]);
  });

  it('yields a sentence once, however many matches it holds', () => {
    const doc = prepareDocument({
      title: '',
      body: 'Drones and more drones flew. Nothing else. A drone, a drone and a drone fell.',
      language: 'en',
    });

    const told = [...sentencesAround(doc, DRONES)];

    expect(told).toEqual(['Drones and more drones flew.', 'A drone, a drone and a drone fell.']);
  });

  it('yields a page-long sentence naming the word thousands of times once', () => {
    const doc = prepareDocument({ title: '', body: 'drone, '.repeat(20_000), language: 'en' });

    const told = [...sentencesAround(doc, DRONES)];

    expect(told.length).toBe(1);
  });

  it('yields nothing for a story that never names the word', () => {
    const doc = prepareDocument({ title: 'Markets rise', body: 'Shares rose on Monday.', language: 'en' });

    const told = [...sentencesAround(doc, DRONES)];

    expect(told).toEqual([]);
  });

  it('starts from the first match again after a caller stopped early', () => {
    const doc = prepareDocument({ title: '', body: 'One drone fell. Two drones fell.', language: 'en' });
    for (const _ of sentencesAround(doc, DRONES)) break;

    const told = [...sentencesAround(doc, DRONES)];

    expect(told).toEqual(['One drone fell.', 'Two drones fell.']);
  });
});
