import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gazetteerSources } from '../../../functions/core/entities/lexicon.js';
import {
  type GazetteerEntry,
  NameIndex,
  type NameSource,
} from '../../../functions/core/entities/name-index.js';

/** The index as a Map filled name by name, each name lower-cased on its own: what NameIndex stands for. */
function referenceMap(sources: readonly NameSource[]): Map<string, GazetteerEntry> {
  const map = new Map<string, GazetteerEntry>();
  const add = (key: string, entry: GazetteerEntry) => {
    if (!map.has(key)) map.set(key, entry);
  };
  for (const source of sources) {
    if (!source.names) continue;
    source.names.split('\n').forEach((name, line) => {
      const entry = source.codes
        ? { kind: source.kind, name, countryCode: source.codes[line]! }
        : { kind: source.kind, name };
      add(name.toLowerCase(), entry);
      if (source.plural?.(name)) add(`${name}s`.toLowerCase(), entry);
    });
  }
  return map;
}

const indexOf = (sources: readonly NameSource[]) => new NameIndex(() => sources);

const SMALL: NameSource[] = [
  { kind: 'country', names: 'Georgia\nJordan', codes: ['GE', 'JO'] },
  { kind: 'demonym', names: 'Kurd\nSwiss', codes: ['IQ', 'CH'], plural: (name) => !name.endsWith('s') },
  { kind: 'place', names: 'GEORGIA\nNew York\nParis\nparis' },
  { kind: 'group', names: 'Kurds\nMaori', plural: (name) => !name.endsWith('s') },
  { kind: 'person', names: 'Jordan\nSmith' },
];

describe('the gazetteer index', () => {
  it('gives the first list naming a lower-cased name, with its spelling and country', () => {
    const index = indexOf(SMALL);
    expect(index.get('georgia')).toEqual({ kind: 'country', name: 'Georgia', countryCode: 'GE' });
    expect(index.get('jordan')).toEqual({ kind: 'country', name: 'Jordan', countryCode: 'JO' });
    expect(index.get('paris')).toEqual({ kind: 'place', name: 'Paris' });
    expect(index.get('new york')).toEqual({ kind: 'place', name: 'New York' });
    expect(index.get('smith')).toEqual({ kind: 'person', name: 'Smith' });
  });

  it('names a plural for the singular, before a later list naming the plural itself', () => {
    const index = indexOf(SMALL);
    expect(index.get('kurds')).toEqual({ kind: 'demonym', name: 'Kurd', countryCode: 'IQ' });
    expect(index.get('maoris')).toEqual({ kind: 'group', name: 'Maori' });
    expect(index.has('swisss')).toBe(false);
  });

  it('knows nothing it was not given: other words, parts of names, names not lower-cased, line breaks', () => {
    const index = indexOf(SMALL);
    for (const key of ['', 'Paris', 'new', 'york', 'new york city', 'pari', 's', 'paris\nnew york', 'smiths'])
      expect(index.get(key)).toBeUndefined();
  });

  it('answers as a Map filled name by name, and lists its keys in the order first listed', () => {
    const index = indexOf(SMALL);
    const keys = ['kurds', 'paris', 'nowhere', 'georgia', 'maoris', 'smith', 'paris'];

    expect(keys.map((key) => index.get(key))).toEqual(keys.map((key) => referenceMap(SMALL).get(key)));
    expect([...index.keys()]).toEqual([...referenceMap(SMALL).keys()]);
  });

  it('holds the tagger’s lists exactly as a Map filled name by name does', () => {
    const sources = gazetteerSources();
    const reference = referenceMap(sources);
    const built = indexOf(sources);

    expect(reference.size).toBeGreaterThan(10_000);
    for (const [key, entry] of reference) expect(built.get(key)).toEqual(entry);
    expect([...built.keys()]).toEqual([...reference.keys()]);
    expect(built.size).toBe(reference.size);
    // Tens of thousands of comparisons: over a minute on a loaded 2-core CI machine.
  }, 180_000);

  it('answers a name asked again as the first time, found or not, however many names were asked between', () => {
    const sources = gazetteerSources();
    const reference = referenceMap(sources);
    const built = indexOf(sources);
    const names = [...reference.keys()];
    // Each name and a near miss, asked in turn, then again in reverse order and once more in order:
    // more distinct names than the index keeps answers for in front of its map.
    const keys = names.flatMap((name) => [name, `${name}x`]);

    for (const round of [keys, [...keys].reverse(), keys])
      for (const key of round) expect(built.get(key)).toEqual(reference.get(key));
    // Every name of the lists, three times over: a long test on a busy machine.
  }, 180_000);

  it('finds no name the lists do not hold, for any text', () => {
    const sources = gazetteerSources();
    const reference = referenceMap(sources);
    const built = indexOf(sources);
    const names = [...reference.keys()];
    const near = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc
        .tuple(fc.constantFrom(...names), fc.constantFrom('s', 'es', ' ', 'x', '\n'), fc.boolean())
        .map(([name, affix, before]) => (before ? affix + name : name + affix)),
      fc.constantFrom(...names).map((name) => name.slice(0, -1)),
    );
    fc.assert(
      fc.property(near, (key) => {
        expect(built.get(key)).toEqual(reference.get(key));
      }),
    );
  });

  it('knows the first words of its longer names, as its keys have them', () => {
    const sources = gazetteerSources();
    const keys = [...referenceMap(sources).keys()];
    const expected = new Set(keys.filter((key) => key.includes(' ')).map((key) => key.split(' ')[0]!));
    const built = indexOf(sources);
    const probes = [...expected, ...keys, 'new york', 'new\nyork', '', 'zzz'];

    for (const word of probes) expect(built.startsLongerName(word)).toBe(expected.has(word));
    expect(indexOf(SMALL).startsLongerName('new')).toBe(true);
    expect(indexOf(SMALL).startsLongerName('paris')).toBe(false);
  });
});

describe('first words of longer names', () => {
  it('are the words before the first space of each line that has one, whatever lines lie between', () => {
    // Arrange: one-word lines between, a line of three words, a line that opens with a space, the last line.
    const sources: NameSource[] = [
      { kind: 'place', names: 'Paris\nNew South Wales\nLyon\n\nSaint Kitts' },
      { kind: 'organization', names: ' Leading Space\nAcme\nRed Cross' },
      { kind: 'person', names: '' },
    ];
    const index = new NameIndex(() => sources);

    // Act
    const asked = [
      'new',
      'saint',
      '',
      'red',
      'paris',
      'lyon',
      'south',
      'wales',
      'acme',
      'leading',
      'cross',
      'new south',
    ];

    // Assert
    expect(asked.filter((word) => index.startsLongerName(word))).toEqual(['new', 'saint', '', 'red']);
  });
});

describe('heads of names that go on with "and"', () => {
  it('knows a run that opens a listed name with "and" or "&", and no other', () => {
    // Arrange
    const sources: NameSource[] = [
      { kind: 'country', names: 'Bosnia and Herzegovina\nTrinidad and Tobago', codes: ['BA', 'TT'] },
      { kind: 'organization', names: 'Procter & Gamble\nSaint Kitts and Nevis Bank' },
    ];
    const index = new NameIndex(() => sources);

    // Act, Assert
    for (const head of ['bosnia', 'trinidad', 'procter', 'saint kitts'])
      expect(index.continuesWithAnd(head)).toBe(true);
    for (const head of ['herzegovina', 'saint', 'kitts', 'gamble', 'bosnia and'])
      expect(index.continuesWithAnd(head)).toBe(false);
  });

  it('answers true for every head of a gazetteer key holding " and " or " & "', () => {
    // Arrange
    const keys = [...referenceMap(gazetteerSources()).keys()];
    const index = new NameIndex(gazetteerSources);

    // Act, Assert: every key's text before each " and "/" & " is a head the index knows.
    for (const key of keys)
      for (const joiner of [' and ', ' & '])
        for (let at = key.indexOf(joiner); at >= 0; at = key.indexOf(joiner, at + 1))
          expect(index.continuesWithAnd(key.slice(0, at))).toBe(true);
  });
});
