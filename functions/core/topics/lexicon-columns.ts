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

/** The lexicon from its shipped columns: the same entries, in the same order, as `loadLexicon`. */
export function loadLexiconColumns(columns: LexiconColumns): CompiledLexicon {
  const { nodes, nodeIndex } = buildNodes();
  const size = columns.caseIds.length;
  const phrases = lines(columns.phrases, size);
  const rest = lines(columns.rest, size);
  const forms = lines(columns.forms, size);
  const keys = lines(columns.keys, columns.counts.length);
  const index = new Map<string, LexiconEntry[]>();
  let e = 0;
  for (let k = 0; k < keys.length; k++) {
    const count = columns.counts[k]!;
    const list: LexiconEntry[] = [];
    for (let j = 0; j < count; j++, e++) {
      const restWords = rest[e]!;
      const formWords = forms[e]!;
      list.push({
        phrase: phrases[e]!,
        rest: restWords ? restWords.split(' ') : NO_WORDS,
        forms: formWords ? formWords.split(' ') : NO_WORDS,
        cases: columns.cases[columns.caseIds[e]!]!,
        gains: columns.gains[columns.gainIds[e]!]!,
      });
    }
    index.set(keys[k]!, list);
  }
  return {
    nodes,
    index,
    hyphenated: new Set(lines(columns.hyphenated, columns.hyphenated.length)),
    nodeIndex,
  };
}
