import type { TagDocument } from '../text/document.js';
import { sentenceIndex } from '../text/sentences.js';

/**
 * "Voting against were Argentina, Czechia, Fiji, Hungary, Israel …", "Among those abstaining were Albania,
 * Ecuador, Georgia and Ukraine": a vote's roll call names each country as a voter, not as a country the
 * story reports on, nor as a party to the story or to the other voters. A sentence about votes or
 * abstentions naming three countries or more is a roll call.
 */
const ROLL_CALL =
  /\b(?:vot(?:ed|ing)\s+(?:against|for|in\s+favou?r|no|yes)|(?:votes?|voters)\s+(?:against|in\s+favou?r)|abstain\w*|abstentions?)\b/i;
/**
 * Most stories hold no vote: their body is searched once for the words' stems ("vot", "Vot", "bstain",
 * "bsten"), with includes rather than a case-blind pattern over every body.
 */
function mayHoldVote(text: string): boolean {
  return text.includes('vot') || text.includes('Vot') || text.includes('bstain') || text.includes('bsten');
}
const MIN_ROLL_CALL = 3;

interface Placed {
  readonly field: 'title' | 'body';
  readonly start: number;
}

/**
 * The countries as the story reports on them, without their mentions in a roll call; the same array
 * when the story has none (most stories).
 */
export function withoutRollCalls<T extends { readonly code: string; readonly mentions: readonly Placed[] }>(
  doc: TagDocument,
  countries: readonly T[],
): readonly T[] {
  if (countries.length < MIN_ROLL_CALL || !mayHoldVote(doc.body.text)) return countries;
  const sentences = doc.body.sentences;
  const codesIn = new Map<number, Set<string>>();
  for (const c of countries)
    for (const m of c.mentions) {
      if (m.field !== 'body') continue;
      const s = sentenceIndex(sentences, m.start);
      const codes = codesIn.get(s) ?? new Set<string>();
      codes.add(c.code);
      codesIn.set(s, codes);
    }
  const calls = new Set<number>();
  for (const [s, codes] of codesIn) {
    const sentence = sentences[s];
    if (
      sentence &&
      codes.size >= MIN_ROLL_CALL &&
      ROLL_CALL.test(doc.body.text.slice(sentence.start, sentence.end))
    )
      calls.add(s);
  }
  if (!calls.size) return countries;
  return countries.map(
    (c) =>
      ({
        ...c,
        mentions: c.mentions.filter(
          (m) => m.field !== 'body' || !calls.has(sentenceIndex(sentences, m.start)),
        ),
      }) as T,
  );
}
