import type { FieldText, TagDocument } from '../text/document.js';

/**
 * Some sentence of the title or the body holds: `holds` is asked of each sentence's text once, in text order, until
 * one does; a field split into no sentences is asked whole. The shape of the topic checks that keep a sense only
 * where one sentence tells it with its cue: a battle fought by armed sides (battles-of-arms.ts), drones told with
 * their makers (drones.ts), and `sentenceWithBoth`. Each sentence is cut once however many words it names, so a
 * page-long sentence costs one reading (topics42: once a match, drones took minutes on a 1 MB page).
 */
export function someSentence(doc: TagDocument, holds: (sentence: string) => boolean): boolean {
  return someSentenceOf(doc.title, holds) || someSentenceOf(doc.body, holds);
}

function someSentenceOf({ text, sentences }: FieldText, holds: (sentence: string) => boolean): boolean {
  if (sentences.length === 0) return holds(text);
  for (const { start, end } of sentences) if (holds(text.slice(start, end))) return true;
  return false;
}

/**
 * Some sentence of the title or the body names both `word` and `beside` (patterns without the global flag, so
 * `test` keeps no state); a field split into no sentences is read whole. The shape of the topic checks that keep a
 * word's sense only with a cue in its own sentence: a strike or a walking out beside workers (walkout-words.ts),
 * soldiers beside a leader toppled (armed-overthrow.ts), a tiger beside poaching (wild-tigers.ts), troops beside
 * fighting (troops-in-battle.ts). A field without `word` is passed over before any sentence is cut.
 */
export function sentenceWithBoth(doc: TagDocument, word: RegExp, beside: RegExp): boolean {
  const both = (sentence: string) => word.test(sentence) && beside.test(sentence);
  return (
    (word.test(doc.title.text) && someSentenceOf(doc.title, both)) ||
    (word.test(doc.body.text) && someSentenceOf(doc.body, both))
  );
}
