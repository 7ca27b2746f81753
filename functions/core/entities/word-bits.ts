import { WordMemo } from '../text/vocabulary.js';

/**
 * Tests of a word's text, each answered as one bit of a number: asking is then a field load and a mask
 * instead of a Set probe or a regular expression per chunk. Only a speed-up: each bit is exactly its
 * test's answer for the text.
 */
class BitTests {
  private readonly tests: ((text: string) => boolean)[] = [];
  private answered = false;

  constructor(private readonly name: string) {}

  /**
   * A new test; returns its bit. Tests run lazily, so they may name lists and patterns declared later in
   * a module; every test must be added before the first answer is given.
   */
  bit(test: (text: string) => boolean): number {
    if (this.answered) throw new Error(`${this.name}: a test was added after answers were given`);
    if (this.tests.length >= 31) throw new Error(`${this.name} holds at most 31 tests`);
    this.tests.push(test);
    return 1 << (this.tests.length - 1);
  }

  /** The bits of every test `text` passes. */
  protected answer(text: string): number {
    this.answered = true;
    let bits = 0;
    for (let i = 0; i < this.tests.length; i++)
      if ((this.tests[i] as (t: string) => boolean)(text)) bits |= 1 << i;
    return bits;
  }
}

/**
 * Answers to the questions chunking and typing ask about a word's lower-case form (is it in this list,
 * does it pass that test), filled once per distinct token text (by vocabulary number) and carried on
 * each `Word`.
 */
export class WordBits extends BitTests {
  private readonly memo = new WordMemo<number>();

  constructor() {
    super('WordBits');
  }

  /**
   * The bits of every question about `lower`, the lower-case form of the token text numbered `id` in the
   * vocabulary; `id` -1 for a form made up in passing (not remembered).
   */
  of(lower: string, id: number): number {
    if (id < 0) return this.answer(lower);
    const memo = this.memo.current();
    return memo.get(id) ?? memo.set(id, this.answer(lower));
  }
}

/** The questions of chunk.ts and classify.ts, one set of bits per word. */
export const WORD_BITS = new WordBits();

/**
 * Tests of a word's `core` (as written) that typing asks chunk after chunk (is it an acronym, a fiscal
 * period, a credit grade …): computed with the word form once per distinct token text and carried on
 * each `Word` (`Word.shapes`), instead of a regular expression run per chunk (~500 an article).
 */
export class CoreShapes extends BitTests {
  constructor() {
    super('CoreShapes');
  }

  /** The bits of every test `core` passes. */
  of(core: string): number {
    return this.answer(core);
  }
}

/** The tests of classify.ts, one set of bits per word form. */
export const CORE_SHAPES = new CoreShapes();
