/**
 * After this many different prefixes asked for, the Set is built: a process that tags more than an
 * article or two is better served by it.
 */
const SEARCHES_BEFORE_SET = 256;

/**
 * Whether some line of a "\n"-joined list starts with `prefix` and a space: the proper word prefixes of
 * the phrase keys ("new", "new south" of "new south wales"), which the phrase trie asks on its misses.
 * Building their Set (~2,000 strings) was a few milliseconds of the tagger's cold start, and the first
 * article asks a few dozen: so the first prefixes asked for are searched for in the keys' text (one
 * native string search), their answers kept, and the Set is built once a few hundred were asked.
 */
export class WordPrefixes {
  private set: ReadonlySet<string> | undefined;
  private text: string | undefined;
  private readonly searched = new Map<string, boolean>();

  constructor(
    private readonly lines: string,
    /** The same prefixes as a Set (the shipped prefix column). */
    private readonly build: () => ReadonlySet<string>,
    private readonly searchesBeforeSet = SEARCHES_BEFORE_SET,
  ) {}

  has(prefix: string): boolean {
    if (this.set) return this.set.has(prefix);
    let answer = this.searched.get(prefix);
    if (answer === undefined) {
      if (this.searched.size >= this.searchesBeforeSet) {
        this.set = this.build();
        this.searched.clear();
        return this.set.has(prefix);
      }
      this.text ??= `\n${this.lines}`;
      answer = !prefix.includes('\n') && this.text.includes(`\n${prefix} `);
      this.searched.set(prefix, answer);
    }
    return answer;
  }
}
