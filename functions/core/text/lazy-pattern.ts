/**
 * A regular expression made the first time it is used, for the module-level `\p{…}` patterns most
 * articles never run. V8 parses a pattern when the RegExp is made, and each `\p{…}` in it costs an ICU scan
 * of the Unicode tables (~0.05–0.3 ms a pattern): made at import, the ~40 rarely used ones were ~3 ms of
 * the tagger's cold start. The object answers `test`, `exec` and the string methods (`replace`, `match`,
 * `split`, `search`, `matchAll`) as the RegExp would, with the same `lastIndex`; it is no RegExp instance.
 *
 * Keep the patterns used on every article plain constants: each call here goes through one more method.
 */
export function lazyPattern(make: () => RegExp): RegExp {
  return new LazyPattern(make) as unknown as RegExp;
}

/**
 * `lazyPattern` of `new RegExp(source, flags)`, for a pattern whose `\p{…}` all stand inside brackets
 * (`[\p{L}\p{N}]`). V8 checks a regex literal's syntax when it parses the bundle, an ICU scan per `\p{…}`, even
 * in a maker never called; esbuild writes a literal's `\p{…}` outside brackets as `new RegExp("…")` but keeps a
 * literal whose `\p{…}` are all inside brackets, and its minifier (and biome) turn a `new RegExp` of constant
 * strings back into a literal. The source passed as a string here stays a string: the 23 such literals were
 * ~33 M instructions of the import (~3% of import + first tag; test/unit/bundling/import-patterns.test.ts
 * finds none left in the bundle).
 */
export function lazyPatternOf(source: string, flags: string): RegExp {
  return lazyPattern(() => new RegExp(source, flags));
}

class LazyPattern {
  private made: RegExp | undefined;

  constructor(private readonly make: () => RegExp) {}

  private get pattern(): RegExp {
    this.made ??= this.make();
    return this.made;
  }

  get source(): string {
    return this.pattern.source;
  }

  get flags(): string {
    return this.pattern.flags;
  }

  get global(): boolean {
    return this.pattern.global;
  }

  get lastIndex(): number {
    return this.pattern.lastIndex;
  }

  set lastIndex(value: number) {
    this.pattern.lastIndex = value;
  }

  test(text: string): boolean {
    return this.pattern.test(text);
  }

  exec(text: string): RegExpExecArray | null {
    return this.pattern.exec(text);
  }

  [Symbol.match](text: string): RegExpMatchArray | null {
    return this.pattern[Symbol.match](text);
  }

  [Symbol.matchAll](text: string): IterableIterator<RegExpMatchArray> {
    return this.pattern[Symbol.matchAll](text);
  }

  [Symbol.replace](
    text: string,
    replacement: string | ((substring: string, ...args: never[]) => string),
  ): string {
    return this.pattern[Symbol.replace](text, replacement as string);
  }

  [Symbol.search](text: string): number {
    return this.pattern[Symbol.search](text);
  }

  [Symbol.split](text: string, limit?: number): string[] {
    return this.pattern[Symbol.split](text, limit);
  }

  toString(): string {
    return this.pattern.toString();
  }
}
