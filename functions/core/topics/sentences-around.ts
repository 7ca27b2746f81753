import type { TagDocument } from '../text/document.js';
import { type Sentence, sentenceAt } from '../text/sentences.js';

/**
 * The sentence around each match of `word` (a global pattern) in the title, then in the body, as its text, in text
 * order and once however many matches it holds: the shape of the topic checks that ask what the sentence naming a
 * word also tells ("a sentence that names drones with one of those words", drones.ts; the minerals, tariffs,
 * 'elect', attacks and armed movements alike). A match no sentence holds yields its whole field. Lazy, so a check
 * that has its answer reads no further match; `word.lastIndex` is reset before each field. Once a sentence, not once
 * a match: a page-long sentence naming the word thousands of times was cut and read by the check for each (topics42:
 * 313 s for drones.ts on 1 MB before it read each sentence once itself).
 */
export function* sentencesAround(doc: TagDocument, word: RegExp): Generator<string, void, undefined> {
  for (const { text, sentences } of [doc.title, doc.body]) {
    word.lastIndex = 0;
    // The sentence last yielded (undefined: the whole field; null: none yet). Matches come in text order, so the
    // matches of one sentence come together.
    let last: Sentence | undefined | null = null;
    for (let m = word.exec(text); m !== null; m = word.exec(text)) {
      const sentence = sentenceAt(sentences, m.index);
      if (sentence === last) continue;
      last = sentence;
      yield sentence ? text.slice(sentence.start, sentence.end) : text;
    }
  }
}
