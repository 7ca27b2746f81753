import { detached } from './chars.js';

/**
 * A process-wide memo of answers by text, for the tagger's caches of repeated look-ups. Bounded: it starts
 * over when full, since a long-running Lambda sees open-ended text. Its keys are copies (`detached`), so a
 * key cut from an article does not keep that article alive for as long as the memo.
 */
export class TextMemo<V> {
  private readonly answers = new Map<string, V>();

  constructor(private readonly limit: number) {}

  get(text: string): V | undefined {
    return this.answers.get(text);
  }

  set(text: string, value: V): V {
    if (this.answers.size >= this.limit) this.answers.clear();
    this.answers.set(detached(text), value);
    return value;
  }
}
