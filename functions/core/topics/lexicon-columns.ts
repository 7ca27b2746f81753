import {
  buildNodes,
  type CaseRule,
  type CompiledLexicon,
  type LexiconEntry,
  type SerializedLexicon,
} from './compile.js';

/**
 * The topic lexicon as the tagger ships it (data/packed/topics-lexicon.ts): data/topics/lexicon.json's
 * entries turned into columns. JSON.parse of ~5,000 entries of five small arrays each, and copying them
 * into entries, was a sixth of the tagger's cold start. Here the strings are joined by "\n" (the words of
 * an entry by " "), and the case rules and gains, which few entries do not share with another, are
 * listed once and referred to by index, so loading makes one object per entry and shares the rest.
 * lexicon.json stays the reviewable source; scripts/pack-data.ts writes these columns from it.
 */
export interface LexiconColumns {
  /** First-word keys in index order, and how many entries each has (in the same order). */
  readonly keys: string;
  readonly counts: readonly number[];
  /** Per entry. */
  readonly phrases: string;
  readonly rest: string;
  readonly forms: string;
  readonly caseIds: readonly number[];
  readonly gainIds: readonly number[];
  /** The distinct case-rule lists and gain lists the entries refer to. */
  readonly cases: readonly (readonly CaseRule[])[];
  readonly gains: readonly (readonly number[])[];
  readonly hyphenated: string;
}

function joined(values: readonly string[], separator: string, what: string): string {
  const bad = values.find((v) => v.includes('\n') || v.includes(separator));
  if (bad !== undefined) throw new Error(`topic lexicon ${what}: ${JSON.stringify(bad)} holds a separator`);
  return values.join(separator);
}

/** Index of each distinct list, by content. */
function distinct<T>(lists: readonly (readonly T[])[]): { table: (readonly T[])[]; ids: number[] } {
  const byKey = new Map<string, number>();
  const table: (readonly T[])[] = [];
  const ids = lists.map((list) => {
    const key = JSON.stringify(list);
    let id = byKey.get(key);
    if (id === undefined) {
      id = table.length;
      table.push(list);
      byKey.set(key, id);
    }
    return id;
  });
  return { table, ids };
}

/** The columns of a serialized lexicon (build time, scripts/pack-data.ts). */
export function lexiconColumns(lexicon: SerializedLexicon): LexiconColumns {
  const keys: string[] = [];
  const counts: number[] = [];
  for (const [key] of lexicon.entries) {
    if (keys[keys.length - 1] === key) counts[counts.length - 1]!++;
    else {
      if (keys.includes(key)) throw new Error(`topic lexicon: the entries of "${key}" are not together`);
      keys.push(key);
      counts.push(1);
    }
  }
  const words = (list: readonly string[]) => {
    if (list.includes('')) throw new Error('topic lexicon: an empty word');
    return joined(list, ' ', 'word');
  };
  const cases = distinct(lexicon.entries.map(([, , , , c]) => c));
  const gains = distinct(lexicon.entries.map(([, , , , , g]) => g));
  return {
    keys: joined(keys, '\n', 'key'),
    counts,
    phrases: joined(
      lexicon.entries.map(([, phrase]) => phrase),
      '\n',
      'phrase',
    ),
    rest: lexicon.entries.map(([, , rest]) => words(rest)).join('\n'),
    forms: lexicon.entries.map(([, , , forms]) => words(forms)).join('\n'),
    caseIds: cases.ids,
    gainIds: gains.ids,
    cases: cases.table,
    gains: gains.table,
    hyphenated: joined(lexicon.hyphenated, '\n', 'hyphenated word'),
  };
}

const NO_WORDS: readonly string[] = [];
const lines = (column: string, count: number) => (count === 0 ? [] : column.split('\n'));

/**
 * First-word key → its entries, each key's entries made when the key is first asked for: an article
 * meets a few hundred of the ~2,900 keys. A slot holds the key's first entry number until then. The
 * lists, once made, are kept, so an entry is one object for the life of the process (hits and frame
 * actors are keyed by entry). Iterating makes every list, in the keys' order.
 */
class LazyIndex implements ReadonlyMap<string, readonly LexiconEntry[]> {
  private readonly slots = new Map<string, number | readonly LexiconEntry[]>();
  private everything: ReadonlyMap<string, readonly LexiconEntry[]> | undefined;

  constructor(
    keys: readonly string[],
    /** Entry number of each key's first entry, and one past the last entry at the end. */
    private readonly starts: readonly number[],
    private readonly make: (entry: number) => LexiconEntry,
  ) {
    for (let k = 0; k < keys.length; k++) this.slots.set(keys[k]!, k);
  }

  get size(): number {
    return this.slots.size;
  }

  has(key: string): boolean {
    return this.slots.has(key);
  }

  get(key: string): readonly LexiconEntry[] | undefined {
    const slot = this.slots.get(key);
    if (typeof slot !== 'number') return slot;
    const list: LexiconEntry[] = [];
    for (let e = this.starts[slot]!; e < this.starts[slot + 1]!; e++) list.push(this.make(e));
    this.slots.set(key, list);
    return list;
  }

  private all(): ReadonlyMap<string, readonly LexiconEntry[]> {
    if (!this.everything) {
      const all = new Map<string, readonly LexiconEntry[]>();
      for (const key of this.slots.keys()) all.set(key, this.get(key)!);
      this.everything = all;
    }
    return this.everything;
  }

  entries() {
    return this.all().entries();
  }

  keys() {
    return this.all().keys();
  }

  values() {
    return this.all().values();
  }

  [Symbol.iterator]() {
    return this.all()[Symbol.iterator]();
  }

  forEach(
    callback: (
      value: readonly LexiconEntry[],
      key: string,
      map: ReadonlyMap<string, readonly LexiconEntry[]>,
    ) => void,
    thisArg?: unknown,
  ): void {
    for (const [key, value] of this.all()) callback.call(thisArg, value, key, this);
  }
}

/** The lexicon from its shipped columns: the same entries, in the same order, as `loadLexicon`. */
export function loadLexiconColumns(columns: LexiconColumns): CompiledLexicon {
  const { nodes, nodeIndex } = buildNodes();
  const size = columns.caseIds.length;
  const phrases = lines(columns.phrases, size);
  const rest = lines(columns.rest, size);
  const forms = lines(columns.forms, size);
  const keys = lines(columns.keys, columns.counts.length);
  const starts = [0];
  for (let k = 0; k < columns.counts.length; k++) starts.push(starts[k]! + columns.counts[k]!);
  const index = new LazyIndex(keys, starts, (e) => {
    const restWords = rest[e]!;
    const formWords = forms[e]!;
    return {
      phrase: phrases[e]!,
      rest: restWords ? restWords.split(' ') : NO_WORDS,
      forms: formWords ? formWords.split(' ') : NO_WORDS,
      cases: columns.cases[columns.caseIds[e]!]!,
      gains: columns.gains[columns.gainIds[e]!]!,
    };
  });
  return {
    nodes,
    index,
    hyphenated: new Set(lines(columns.hyphenated, columns.hyphenated.length)),
    nodeIndex,
  };
}
