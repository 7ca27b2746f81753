import type { Candidate, CandidateType } from './classify.js';

/** The fields later passes change on a copy of a candidate; a change left out (or undefined) keeps the candidate's. */
export interface CandidateChanges {
  readonly start?: number;
  readonly end?: number;
  readonly text?: string;
  readonly words?: readonly string[];
  readonly type?: CandidateType;
  readonly canonical?: string;
  readonly countryCode?: string;
  readonly strength?: number;
  readonly owner?: string;
}

/**
 * A copy of the candidate with some fields changed, built field by field in `candidate`'s order (classify.ts)
 * instead of `{ ...c, words }`. A spread copy takes the candidate's own hidden class, and writing `words` or
 * `canonical` over it makes V8 mark those fields of every candidate as rewritten: the optimised code of each
 * pass that reads candidates is thrown away, a few thousand articles into a process (session 28: the first
 * "China's Foreign Ministry" of the bench's ninth round cost three rounds +40%). New code should copy a
 * candidate with `candidateWith`, never with a spread.
 */
export function candidateWith(c: Candidate, changes: CandidateChanges): Candidate {
  return {
    field: c.field,
    start: changes.start ?? c.start,
    end: changes.end ?? c.end,
    text: changes.text ?? c.text,
    words: changes.words ?? c.words,
    type: changes.type ?? c.type,
    canonical: changes.canonical ?? c.canonical,
    countryCode: changes.countryCode ?? c.countryCode,
    strength: changes.strength ?? c.strength,
    locative: c.locative,
    caseless: c.caseless,
    placeId: c.placeId,
    prev: c.prev,
    teamFromPlace: c.teamFromPlace,
    personish: c.personish,
    owner: changes.owner ?? c.owner,
  };
}
