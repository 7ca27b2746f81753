import type { FieldText, TagDocument } from '../text/document.js';

/**
 * Some sentence of the title or the body names both `word` and `beside` (patterns without the global flag, so
 * `test` keeps no state); a field split into no sentences is read whole. The shape of the topic checks that keep a
 * word's sense only with a cue in its own sentence: a strike or a walking out beside workers (walkout-words.ts),
 * soldiers beside a leader toppled (armed-overthrow.ts), a tiger beside poaching (wild-tigers.ts), troops beside
 * fighting (troops-in-battle.ts). A field without `word` is passed over before any sentence is cut.
 */
export function sentenceWithBoth(doc: TagDocument, word: RegExp, beside: RegExp): boolean {
  return fieldSentenceWithBoth(doc.title, word, beside) || fieldSentenceWithBoth(doc.body, word, beside);
}

function fieldSentenceWithBoth(field: FieldText, word: RegExp, beside: RegExp): boolean {
  const { text, sentences } = field;
  if (!word.test(text)) return false;
  if (sentences.length === 0) return beside.test(text);
  for (const { start, end } of sentences) {
    const sentence = text.slice(start, end);
    if (word.test(sentence) && beside.test(sentence)) return true;
  }
  return false;
}
