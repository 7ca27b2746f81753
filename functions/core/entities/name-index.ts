import { TextMemo } from '../text/text-memo.js';

export type GazetteerKind = 'country' | 'demonym' | 'place' | 'organization' | 'person' | 'group';
export interface GazetteerEntry {
  readonly kind: GazetteerKind;
  /** The name as the list spells it. */
  readonly name: string;
  readonly countryCode?: string;
}

/** One list of names the index holds; for a name in several lists, the first list given wins. */
export interface NameSource {
  readonly kind: GazetteerKind;
  /** The names, one a line, as the list spells them. */
  readonly names: string;
  /** The country code of each line, for lists of countries and demonyms. */
  readonly codes?: readonly string[];
  /** Whether the list also names this name's plural, the name + "s" ("Kurds"), standing for the name. */
  readonly plural?: (name: string) => boolean;
}

/** A list made searchable in place: its lines lower-cased, between line breaks. */
interface Searchable {
  readonly source: NameSource;
  /** "\n" + the lower-cased lines + "\n". */
  readonly lowered: string;
  lines?: readonly string[];
}

/**
 * After this many names searched for in the lists' text, the index is built: a process that tags more
 * than an article or two is better served by a Map.
 */
const SEARCHES_BEFORE_MAP = 256;
/** Answers kept in front of the built index (see `recent`). */
const RECENT_NAMES = 4096;

/** In a list's text, each line's characters before its first space, when it has one. */
const FIRST_WORD_OF_LONGER_NAME = /(?<=\n)[^ \n]*(?= )/g;

/**
 * Lower-cased name → the first list entry with that name, as a Map<string, GazetteerEntry> filled list by
 * list, name by name, holds it. Filling that Map (~11,000 names) was a sixth of the tagger's cold start,
 * and the first article asks for a few dozen names: so the first names asked for are searched for in
 * the lists' lower-cased text (a native string search per list, no structure built), their answers
 * kept, and the Map is built once a few hundred different names have been asked for.
 */
export class NameIndex {
  private map: Map<string, GazetteerEntry> | undefined;
  private searchable: readonly Searchable[] | undefined;
  private readonly searched = new Map<string, GazetteerEntry | null>();
  private firstWords: ReadonlySet<string> | undefined;
  private readonly searchedFirstWords = new Map<string, boolean>();
  private headsBeforeAnd: ReadonlySet<string> | undefined;
  /**
   * The answers to the names asked for lately, found and not found. The full Map (~14,000 names, their
   * keys spread over the heap) misses the processor's caches on most probes; the few thousand names
   * news asks for again and again fit in them.
   */
  private readonly recent = new TextMemo<GazetteerEntry | null>(RECENT_NAMES);

  constructor(
    private readonly sources: () => readonly NameSource[],
    private readonly searchesBeforeMap = SEARCHES_BEFORE_MAP,
  ) {}

  get size(): number {
    return this.built().size;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  get(key: string): GazetteerEntry | undefined {
    if (this.map) {
      const recent = this.recent.get(key);
      if (recent !== undefined) return recent ?? undefined;
      const entry = this.map.get(key);
      this.recent.set(key, entry ?? null);
      return entry;
    }
    let entry = this.searched.get(key);
    if (entry === undefined) {
      if (this.searched.size >= this.searchesBeforeMap) return this.built().get(key);
      entry = this.search(key) ?? null;
      this.searched.set(key, entry);
    }
    return entry ?? undefined;
  }

  /** Every key, in the order the names were first listed. */
  keys(): IterableIterator<string> {
    return this.built().keys();
  }

  /**
   * Whether `word` is the part before the first space of a key that has one: a longer name can only
   * start so. Searched for in the lists' text, as names are, until the Set of them is worth building.
   */
  startsLongerName(word: string): boolean {
    if (this.firstWords) return this.firstWords.has(word);
    let answer = this.searchedFirstWords.get(word);
    if (answer === undefined) {
      if (this.searchedFirstWords.size >= this.searchesBeforeMap) {
        const words = new Set<string>();
        for (const { lowered } of this.lists())
          for (const first of lowered.match(FIRST_WORD_OF_LONGER_NAME) ?? []) words.add(first);
        this.firstWords = words;
        this.searchedFirstWords.clear();
        return words.has(word);
      }
      answer =
        !word.includes(' ') &&
        !word.includes('\n') &&
        this.lists().some((list) => list.lowered.includes(`\n${word} `));
      this.searchedFirstWords.set(word, answer);
    }
    return answer;
  }

  /**
   * Whether a key goes on after `head` with " and " or " & " ("bosnia" of "bosnia and herzegovina", "procter"
   * of "procter & gamble"): if not, no key is `${head} and …` or `${head} & …`, and the look-ups are skipped.
   * The lists hold a few dozen such names, found in their text at the first question (~140 KB, well under a
   * millisecond); a plural key ("…s") goes on after the same heads as its name.
   */
  continuesWithAnd(head: string): boolean {
    if (this.headsBeforeAnd === undefined) {
      const heads = new Set<string>();
      for (const { lowered } of this.lists())
        for (const joiner of [' and ', ' & '])
          for (let at = lowered.indexOf(joiner); at >= 0; at = lowered.indexOf(joiner, at + 1)) {
            const lineStart = lowered.lastIndexOf('\n', at) + 1;
            heads.add(lowered.slice(lineStart, at));
          }
      this.headsBeforeAnd = heads;
    }
    return this.headsBeforeAnd.has(head);
  }

  private built(): Map<string, GazetteerEntry> {
    if (this.map) return this.map;
    const map = new Map<string, GazetteerEntry>();
    for (const source of this.sources()) {
      if (source.names.length === 0) continue;
      // Lower-casing a whole list is lower-casing each line: a line break is no letter, and ends the
      // context of a final sigma as the end of a name does.
      const keys = source.names.toLowerCase().split('\n');
      const names = source.names.split('\n');
      for (let line = 0; line < keys.length; line++) {
        const key = keys[line]!;
        const name = names[line]!;
        if (!map.has(key)) map.set(key, entryOf(source, name, line));
        if (source.plural?.(name)) {
          const plural = `${name}s`.toLowerCase();
          if (!map.has(plural)) map.set(plural, entryOf(source, name, line));
        }
      }
    }
    this.map = map;
    this.searched.clear();
    return map;
  }

  private lists(): readonly Searchable[] {
    this.searchable ??= this.sources().map((source) => ({
      source,
      lowered: source.names.length === 0 ? '' : `\n${source.names.toLowerCase()}\n`,
    }));
    return this.searchable;
  }

  private search(key: string): GazetteerEntry | undefined {
    if (key.includes('\n')) return undefined;
    for (const list of this.lists()) {
      if (list.lowered.length === 0) continue;
      const direct = list.lowered.indexOf(`\n${key}\n`);
      const plural = list.source.plural ? pluralLine(list, key) : undefined;
      if (direct < 0 && plural === undefined) continue;
      const line =
        direct < 0 ? plural! : Math.min(lineAt(list.lowered, direct), plural ?? Number.POSITIVE_INFINITY);
      list.lines ??= list.source.names.split('\n');
      return entryOf(list.source, list.lines[line]!, line);
    }
    return undefined;
  }
}

function entryOf(source: NameSource, name: string, line: number): GazetteerEntry {
  return source.codes
    ? { kind: source.kind, name, countryCode: source.codes[line]! }
    : { kind: source.kind, name };
}

/**
 * The line number of the line after the break at `offset` of a searchable list's text: the breaks counted
 * in place. Matching them all (`slice(…).match(/\n/g)`) built an array of up to ~14,000 strings for a name
 * late in a list, 4–8 ms of an article's first tag.
 */
export function lineAt(lowered: string, offset: number): number {
  let line = 0;
  for (let at = lowered.indexOf('\n', 1); at !== -1 && at <= offset; at = lowered.indexOf('\n', at + 1))
    line++;
  return line;
}

/** The first line whose plural is `key`, if the list names plurals. */
function pluralLine(list: Searchable, key: string): number | undefined {
  if (key.length < 2 || !key.endsWith('s')) return undefined;
  const base = key.slice(0, -1);
  // A name ending in a capital sigma lower-cases to a final sigma, its plural to a medial one.
  const bases = base.endsWith('σ') ? [base, `${base.slice(0, -1)}ς`] : [base];
  let best: number | undefined;
  for (const singular of bases) {
    const needle = `\n${singular}\n`;
    for (let at = list.lowered.indexOf(needle); at >= 0; at = list.lowered.indexOf(needle, at + 1)) {
      const line = lineAt(list.lowered, at);
      list.lines ??= list.source.names.split('\n');
      const name = list.lines[line]!;
      if (list.source.plural!(name) && `${name}s`.toLowerCase() === key) {
        if (best === undefined || line < best) best = line;
        break;
      }
    }
  }
  return best;
}
