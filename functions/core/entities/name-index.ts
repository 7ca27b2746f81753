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

/** A list's text lower-cased, between line breaks, from which the Map and the Sets are built. */
interface LoweredList {
  readonly source: NameSource;
  /** "\n" + the lower-cased lines + "\n". */
  readonly lowered: string;
  lines?: readonly string[];
}

/** Answers kept in front of the built index (see `recent`). */
const RECENT_NAMES = 4096;

/**
 * Lower-cased name → the first list entry with that name, as a Map<string, GazetteerEntry> filled list by
 * list, name by name, holds it. The Map and the Set of first words are built at the first question. The
 * names were searched for in the lists' text (~140 KB) until a few hundred had been asked, but a search
 * reads most of that text (~80 µs a name, ~120 µs a first word) and the builds cost a few dozen searches
 * (the Map ~3 ms, the Set ~1.3 ms): the searches were ~35 ms of a first pass over the bench corpus, while
 * its first article alone costs about the same either way.
 */
export class NameIndex {
  /** Each key's first listing, as `listingOf` numbers it (a number, not an entry object: see `built`). */
  private map: Map<string, number> | undefined;
  /** The entries made so far, by list and line (`entryAt`). */
  private readonly entries: (GazetteerEntry | undefined)[][] = [];
  private loweredLists: readonly LoweredList[] | undefined;
  private firstWords: ReadonlySet<string> | undefined;
  private headsBeforeAnd: ReadonlySet<string> | undefined;
  /**
   * The answers to the names asked for lately, found and not found. The full Map (~14,000 names, their
   * keys spread over the heap) misses the processor's caches on most probes; the few thousand names
   * news asks for again and again fit in them.
   */
  private readonly recent = new TextMemo<GazetteerEntry | null>(RECENT_NAMES);

  constructor(private readonly sources: () => readonly NameSource[]) {}

  get size(): number {
    return this.built().size;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  get(key: string): GazetteerEntry | undefined {
    const recent = this.recent.get(key);
    if (recent !== undefined) return recent ?? undefined;
    const listing = this.built().get(key);
    const entry = listing === undefined ? undefined : this.entryAt(listing);
    this.recent.set(key, entry ?? null);
    return entry;
  }

  /** Every key, in the order the names were first listed (the Map is filled the other way round). */
  keys(): IterableIterator<string> {
    const keys = new Set<string>();
    for (const source of this.sources()) {
      if (source.names.length === 0) continue;
      for (const name of source.names.split('\n')) {
        keys.add(name.toLowerCase());
        if (source.plural?.(name)) keys.add(`${name}s`.toLowerCase());
      }
    }
    return keys.values();
  }

  /**
   * Whether `word` is the part before the first space of a key that has one: a longer name can only
   * start so.
   */
  startsLongerName(word: string): boolean {
    this.firstWords ??= firstWordsOfLongerNames(this.lists());
    return this.firstWords.has(word);
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

  /**
   * The Map, filled from the last list's last name back to the first list's first, setting each key whatever
   * it held: the first listing of a key is the last one written, so it wins as it would in a fill that sets a
   * key only when it is new, with one probe of the Map a name instead of two. Its values are numbers (list and
   * line) and the entries are made when asked for: a fill of ~14,000 entry objects, names split from the lists
   * and two probes a name was ~150 M instructions, most of them allocation and the young generation's copying,
   * against ~6 G for import and the first 60 articles of the bench corpus.
   */
  private built(): Map<string, number> {
    if (this.map) return this.map;
    const map = new Map<string, number>();
    const lists = this.lists();
    for (let s = lists.length - 1; s >= 0; s--) {
      const list = lists[s]!;
      const { source, lowered } = list;
      if (lowered.length === 0) continue;
      // Lower-casing a whole list is lower-casing each line: a line break is no letter, and ends the
      // context of a final sigma as the end of a name does.
      const keys = lowered.slice(1, -1).split('\n');
      const plural = source.plural;
      const names = plural === undefined ? undefined : linesOf(list);
      for (let line = keys.length - 1; line >= 0; line--) {
        const listing = s * LINES_PER_LIST + line;
        // (Within a line too in reverse: a forward fill sets the name's key, then its plural.)
        if (names !== undefined && plural!(names[line]!)) map.set(`${names[line]!}s`.toLowerCase(), listing);
        map.set(keys[line]!, listing);
      }
    }
    this.map = map;
    return map;
  }

  /** The entry of a listing (`built`), made once. */
  private entryAt(listing: number): GazetteerEntry {
    const s = Math.floor(listing / LINES_PER_LIST);
    const line = listing - s * LINES_PER_LIST;
    const list = this.lists()[s]!;
    const names = linesOf(list);
    let made = this.entries[s];
    if (made === undefined) {
      made = new Array<GazetteerEntry | undefined>(names.length);
      this.entries[s] = made;
    }
    let entry = made[line];
    if (entry === undefined) {
      entry = entryOf(list.source, names[line]!, line);
      made[line] = entry;
    }
    return entry;
  }

  private lists(): readonly LoweredList[] {
    this.loweredLists ??= this.sources().map((source) => ({
      source,
      lowered: source.names.length === 0 ? '' : `\n${source.names.toLowerCase()}\n`,
    }));
    return this.loweredLists;
  }
}

/** A listing's number: its list's index times this, plus its line (the lists have a few thousand lines). */
const LINES_PER_LIST = 0x100000;

/**
 * Each line's characters before its first space, for the lines that have one: from each space to the next
 * line, the line's start found back from the space. A global lookbehind pattern over the same text
 * (`/(?<=\n)[^ \n]*(?= )/g`) tried a match at every one of its ~140,000 characters: ~1.5 ms of the first
 * article, against ~0.8 ms for these native searches.
 */
function firstWordsOfLongerNames(lists: readonly LoweredList[]): ReadonlySet<string> {
  const words = new Set<string>();
  for (const { lowered } of lists) {
    for (let space = lowered.indexOf(' '); space >= 0; ) {
      words.add(lowered.slice(lowered.lastIndexOf('\n', space) + 1, space));
      const lineEnd = lowered.indexOf('\n', space);
      if (lineEnd < 0) break;
      space = lowered.indexOf(' ', lineEnd);
    }
  }
  return words;
}

/** The list's names, split from its text once. */
function linesOf(list: LoweredList): readonly string[] {
  list.lines ??= list.source.names.split('\n');
  return list.lines;
}

function entryOf(source: NameSource, name: string, line: number): GazetteerEntry {
  return source.codes
    ? { kind: source.kind, name, countryCode: source.codes[line]! }
    : { kind: source.kind, name };
}
