import { describe, expect, it } from 'vitest';
import {
  keyOf,
  localPhraseRoot,
  lookupPhrase,
  lookupPlace,
  nextPhraseNode,
  type PhraseNode,
} from '../../../functions/core/countries/gazetteer.js';
import {
  type CompiledGazetteer,
  PHRASE_KINDS,
  PLACE_KINDS,
  type PlaceEntry,
} from '../../../functions/core/countries/places.js';
import json from '../../../functions/core/data/gazetteer.json' with { type: 'json' };

// The gazetteer is loaded from columns and builds entries and trie nodes on first use; these tests hold
// it to the rows of gazetteer.json read directly.
const compiled = json as unknown as CompiledGazetteer;

function walk(key: string, root?: PhraseNode): PhraseNode | undefined {
  let node: PhraseNode | undefined;
  for (const word of key.split(' ')) {
    node = node ? nextPhraseNode(word, node) : root ? nextPhraseNode(word, root) : nextPhraseNode(word);
    if (!node) return undefined;
  }
  return node;
}

describe('phrase trie', () => {
  it('walks every phrase word by word to its entry, through a node for every word prefix', () => {
    for (const [key, kind, code, flags] of compiled.phrases) {
      const node = walk(key);

      expect(node?.entry, key).toBe(lookupPhrase(key));
      expect(node?.entry).toMatchObject({
        kind: PHRASE_KINDS[kind],
        code,
        capitalsOnly: (flags & 1) !== 0,
        ambiguous: (flags & 2) !== 0,
      });
    }
  });

  it('stops at a word no phrase continues with, and gives the same node on every walk', () => {
    expect(nextPhraseNode('zzyzx')).toBeUndefined();
    const south = nextPhraseNode('south');

    expect(south).toBeDefined();
    expect(south?.entry).toBeUndefined();
    expect(nextPhraseNode('zzyzx', south)).toBeUndefined();
    expect(nextPhraseNode('africa', south)?.entry?.code).toBe('ZA');
    expect(nextPhraseNode('south')).toBe(south);
  });

  it('answers a word it remembered as a dead end the same way, and still finds phrases past thousands of them', () => {
    const the = nextPhraseNode('the');
    const deadEnds = Array.from({ length: 5000 }, (_, i) => `notaplace${i}`);

    const first = deadEnds.map((word) => nextPhraseNode(word, the));
    const again = deadEnds.map((word) => nextPhraseNode(word, the));

    expect(first.every((node) => node === undefined)).toBe(true);
    expect(again.every((node) => node === undefined)).toBe(true);
    expect(nextPhraseNode('netherlands', the)?.entry?.code).toBe('NL');
    expect(walk('the netherlands')).toBe(nextPhraseNode('netherlands', the));
  });

  it('walks country names in other languages from their own root', () => {
    const german = localPhraseRoot('de');

    expect(walk('vereinigte arabische emirate', german)?.entry).toMatchObject({ kind: 'name', code: 'AE' });
    expect(walk('vereinigte arabische emirate')).toBeUndefined();
    expect(localPhraseRoot('de')).toBe(german);
    // A language with no names: an empty trie (its articles are read with English names, mentions.ts).
    expect(walk('china', localPhraseRoot('xx'))).toBeUndefined();
  });
});

describe('place lookup', () => {
  it('finds the place each key names, as the rows say: a place key first, else the phrase’s place', () => {
    const places = compiled.places.map(
      ([kind, name, countryCode, geonamesId, population]): PlaceEntry => ({
        kind: PLACE_KINDS[kind] ?? 'city',
        name,
        countryCode,
        ...(geonamesId ? { geonamesId } : {}),
        ...(population ? { population } : {}),
      }),
    );
    const expected = new Map<string, PlaceEntry>();
    for (const [key, , , , place] of compiled.phrases) if (places[place]) expected.set(key, places[place]);
    for (const [key, place] of compiled.placeKeys) if (places[place]) expected.set(key, places[place]);
    const codes = new Set(
      compiled.phrases.filter(([, kind]) => PHRASE_KINDS[kind] === 'code').map(([k]) => k),
    );

    let checked = 0;
    for (const key of new Set([...compiled.phrases.map(([k]) => k), ...compiled.placeKeys.map(([k]) => k)])) {
      if (keyOf(key) !== key) continue;
      // Keys are lower case: a code ("us") names a place only in capitals.
      expect(lookupPlace(key), key).toEqual(codes.has(key) ? undefined : expected.get(key));
      checked++;
    }
    expect(checked).toBeGreaterThan(5000);
  });
});
