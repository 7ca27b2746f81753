import type { TagDocument } from '../text/document.js';
import { sentenceAt } from '../text/sentences.js';

/**
 * The sentence around each match of `word` (a global pattern) in the title, then in the body, as its text, one per
 * match in text order: the shape of the topic checks that ask what the sentence naming a word also tells ("a
 * sentence that names drones with one of those words", drones.ts; the minerals, tariffs, 'elect', attacks and armed
 * movements alike). A match no sentence holds yields its whole field. Lazy, so a check that has its answer reads no
 * further match; `word.lastIndex` is reset before each field.
 */
export function* sentencesAround(doc: TagDocument, word: RegExp): Generator<string, void, undefined> {
  for (const { text, sentences } of [doc.title, doc.body]) {
    word.lastIndex = 0;
    for (let m = word.exec(text); m !== null; m = word.exec(text)) {
      const sentence = sentenceAt(sentences, m.index);
      yield sentence ? text.slice(sentence.start, sentence.end) : text;
    }
  }
}
