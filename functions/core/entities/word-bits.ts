import { WordMemo } from '../text/vocabulary.js';

/**
 * Answers to the questions chunking and typing ask about a word's lower-case form (is it in this list,
 * does it pass that test), as the bits of one number, filled once per distinct token text (by
 * vocabulary number) and carried on each `Word`: asking is then a field load and a mask instead of a
 * Set probe per list. Only a speed-up: each bit is exactly its test's answer for the lower-case form.
 */
export class WordBits {
  private readonly tests: ((lower: string) => boolean)[] = [];
  private readonly memo = new WordMemo<number>();
  private answered = false;

  /**
   * A new question; returns its bit. Tests run lazily, so they may name lists declared later in a module;
   * every question must be asked for before the first answer is given.
   */
  bit(test: (lower: string) => boolean): number {
    if (this.answered) throw new Error('WordBits: a question was added after answers were given');
    if (this.tests.length >= 31) throw new Error('WordBits holds at most 31 questions');
    this.tests.push(test);
    return 1 << (this.tests.length - 1);
  }

  /**
   * The bits of every question about `lower`, the lower-case form of the token text numbered `id` in the
   * vocabulary; `id` -1 for a form made up in passing (not remembered).
   */
  of(lower: string, id: number): number {
    if (id < 0) return this.compute(lower);
    const memo = this.memo.current();
    return memo.get(id) ?? memo.set(id, this.compute(lower));
  }

  private compute(lower: string): number {
    this.answered = true;
    let bits = 0;
    for (let i = 0; i < this.tests.length; i++)
      if ((this.tests[i] as (l: string) => boolean)(lower)) bits |= 1 << i;
    return bits;
  }
}

/** The questions of chunk.ts and classify.ts, one set of bits per word. */
export const WORD_BITS = new WordBits();

/**
 * Tests of a word's `core` (as written) that typing asks chunk after chunk (is it an acronym, a fiscal
 * period, a credit grade …), as the bits of one number: computed with the word form once per distinct
 * token text and carried on each `Word` (`Word.shapes`), instead of a regular expression run per chunk
 * (~500 an article). Only a speed-up: each bit is exactly its test's answer for the core.
 */
export class CoreShapes {
  private readonly tests: ((core: string) => boolean)[] = [];
  private answered = false;

  /**
   * A new test; returns its bit. Tests run lazily, so they may name patterns declared later in a module;
   * every test must be added before the first answer is given.
   */
  bit(test: (core: string) => boolean): number {
    if (this.answered) throw new Error('CoreShapes: a test was added after answers were given');
    if (this.tests.length >= 31) throw new Error('CoreShapes holds at most 31 tests');
    this.tests.push(test);
    return 1 << (this.tests.length - 1);
  }

  /** The bits of every test `core` passes. */
  of(core: string): number {
    this.answered = true;
    let bits = 0;
    for (let i = 0; i < this.tests.length; i++)
      if ((this.tests[i] as (c: string) => boolean)(core)) bits |= 1 << i;
    return bits;
  }
}

/** The tests of classify.ts, one set of bits per word form. */
export const CORE_SHAPES = new CoreShapes();
