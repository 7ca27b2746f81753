import type { Field } from '../schema.js';
import type { Word } from './chunk.js';
import type { Candidate } from './classify.js';

/**
 * "Apple's latest iPhone went on sale … Apple said demand was strong": a firm named by an ordinary word is
 * dropped where it opens a sentence with no firm's verb after it (a sentence-initial ordinary word is
 * taken for the word), though a cue typed the same word a firm elsewhere in the article. There, a lone
 * capitalised word opening a sentence, written as that firm is, is the firm too. Only a firm of one word
 * that a cue typed (strength 2 or more), in mixed case, and only a word alone (the next word in lower
 * case: "Apple Pay" is a name of its own) in the possessive or before a verb ("Fed up with …" is no Fed).
 */
export function withInitialBrandRepeats(
  candidates: Candidate[],
  fields: readonly { field: { readonly text: string }; words: readonly (Word | null)[] }[],
): Candidate[] {
  let firms: Map<string, Candidate> | undefined;
  for (const c of candidates) {
    if (c.type !== 'organization' || c.words.length !== 1 || c.strength < 2 || c.caseless) continue;
    firms ??= new Map();
    firms.set(c.words[0]!, c);
  }
  if (!firms) return candidates;
  const added: Candidate[] = [];
  fields.forEach(({ field, words }, at) => {
    const name: Field = at === 0 ? 'title' : 'body';
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      if (!w?.initial || !w.capitalised || w.caseless) continue;
      const firm = firms.get(w.core);
      if (!firm || !(w.possessive || VERB_AFTER.test(nextToken(field.text, w.end)))) continue;
      if (words[i + 1]?.capitalised || covered(candidates, name, w.start)) continue;
      // Written out in candidate-copy.ts's field order: a spread copy would give the candidate another
      // hidden class (see candidateWith).
      added.push({
        field: name,
        start: w.start,
        end: w.end,
        text: field.text.slice(w.start, w.end),
        words: firm.words,
        type: firm.type,
        canonical: firm.canonical,
        countryCode: firm.countryCode,
        strength: firm.strength,
        locative: false,
        caseless: false,
        placeId: firm.placeId,
        prev: undefined,
        teamFromPlace: firm.teamFromPlace,
        personish: firm.personish,
        owner: firm.owner,
      });
    }
  });
  return added.length === 0 ? candidates : candidates.concat(added);
}

/** A verb after the word, which makes it the sentence's subject ("Fed up with …" has none). */
const VERB_AFTER =
  /^(?:[a-z]+ed|has|have|had|is|are|was|were|will|would|can|could|may|might|must|should|also|said|says|went|rose|fell|won|lost|made|took|told|became)$/;

/** The word after `end` in `text` (after the possessive's "'s" too). */
function nextToken(text: string, end: number): string {
  return /^(?:['\u2019]s?)?\s+([a-z]+)/.exec(text.slice(end, end + 30))?.[1] ?? '';
}

function covered(candidates: readonly Candidate[], field: Field, offset: number): boolean {
  for (const c of candidates) if (c.field === field && c.start <= offset && offset < c.end) return true;
  return false;
}
