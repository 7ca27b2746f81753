import type { TagDocument } from '../text/document.js';

/** The text just before a match and just after it, each cut at its reach. */
export interface TextBeside {
  readonly before: string;
  readonly after: string;
}

/**
 * The `before` characters ahead of each match of `word` (a global pattern) and the `after` characters that follow it,
 * in the title, then in the body, one per match in text order: the shape of the topic checks that ask whose office a
 * title word names ("the IMF's managing director", "chairman of the House Armed Services Committee"; lender-chiefs.ts,
 * political-chairmen.ts). Lazy, so a check that has its answer reads no further match; `word.lastIndex` is reset
 * before each field.
 */
export function* textBeside(
  doc: TagDocument,
  word: RegExp,
  before: number,
  after: number,
): Generator<TextBeside, void, undefined> {
  for (const { text } of [doc.title, doc.body]) {
    word.lastIndex = 0;
    for (let m = word.exec(text); m !== null; m = word.exec(text)) {
      const end = m.index + m[0].length;
      yield {
        before: text.slice(Math.max(0, m.index - before), m.index),
        after: text.slice(end, end + after),
      };
    }
  }
}
