import { candidateWith } from './candidate-copy.js';
import type { Candidate } from './classify.js';

/** A Russian, Ukrainian or Belarusian patronymic: "Sergeyevich", "Vladimirovich", "Borisovna", "Ilyich". */
const PATRONYMIC = /^[A-Z][a-z]+(?:ovich|evich|yich|ovna|evna|ichna)$/;

/**
 * "Dmitry Sergeyevich Peskov … Dmitry Peskov", "Vladimir Vladimirovich Putin": a person's name of a given name, a
 * patronymic and a surname is named and identified without the patronymic, as news names the person elsewhere (one
 * id, the newsmaker's where listed; review25 r25-55). The mention keeps what the text writes.
 */
export function withoutPatronymics(candidates: Candidate[]): Candidate[] {
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    // Cheap first: three words read as a person's, the middle one long and ending in "a" or "h".
    if (c.type !== 'person' || c.words.length !== 3) continue;
    const middle = c.words[1]!;
    const end = middle.charCodeAt(middle.length - 1);
    if (middle.length < 7 || (end !== 104 && end !== 97) || !PATRONYMIC.test(middle)) continue;
    const words = [c.words[0]!, c.words[2]!];
    candidates[i] = candidateWith(c, { words, canonical: words.join(' ') });
  }
  return candidates;
}
