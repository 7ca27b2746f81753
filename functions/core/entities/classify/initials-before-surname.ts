// A stage of `typeSeveralWords` (classify.ts): a body apposed, or two capitals before a surname.
import { isBrandWord, NAME_PARTICLES } from '../lexicon.js';
import { bodyAppositionAfter } from '../typing/appositions.js';
import { NOT_ORG_ACRONYMS } from '../typing/bodies-and-parties.js';
import { candidate } from '../typing/candidates.js';
import type { Candidate } from '../typing/context.js';
import { type Reading, readAs } from '../typing/reading.js';
import { ORG_CUE_AFTER } from '../typing/token-bits.js';
import { TWO_CAPITALS } from '../typing/word-tests.js';
import { gazetteerOfWord, isKnownSurnameWord, isLowerWordWord, placeOfWord } from '../word-facts.js';

/** A body apposed, or two capitals before a surname ("MS Dhoni"). */
export function initialsBeforeSurname(reading: Reading): Candidate[] | undefined {
  // "IG Metall, Germany's biggest union,", "IG Metall, the engineering union,": an apposition that calls
  // the name a body outweighs initials before a surname's shape.
  if (
    reading.nextToken === ',' &&
    bodyAppositionAfter(reading.ctx, reading.chunk.field, reading.lastWord.index + 1)
  )
    return readAs(reading, 'organization', 2);
  // "MS Dhoni", "KL Rahul", "PV Sindhu": two capitals before a surname are a person's initials, as
  // Indian and Malaysian news write them, unless they are a listed body or place ("UK Biobank") or open a
  // firm's name ("the SK Hynix plant", "MG Motor").
  if (
    reading.n === 2 &&
    TWO_CAPITALS.test(reading.first) &&
    reading.prevToken !== 'the' &&
    // "EL Nino", "SS Liberte": an article of another language, a ship's prefix.
    !NAME_PARTICLES.has(reading.firstLower) &&
    reading.first !== 'SS' &&
    reading.first !== 'MV' &&
    !NOT_ORG_ACRONYMS.has(reading.first) &&
    gazetteerOfWord(reading.firstWord) === undefined &&
    !placeOfWord(reading.firstWord) &&
    !isBrandWord(reading.first) &&
    !isLowerWordWord(reading.lastWord) &&
    !reading.lastWord.core.includes('-') &&
    !placeOfWord(reading.lastWord) &&
    !(reading.nextBits & ORG_CUE_AFTER) &&
    (isKnownSurnameWord(reading.lastWord) || gazetteerOfWord(reading.lastWord) === undefined)
  )
    // "CK Hutchison said it would sell its ports business": initials that "it" takes up open a firm's name.
    return [
      candidate(
        reading.chunk,
        reading.from,
        reading.to,
        reading.pronoun() === 'thing' ? 'organization' : 'person',
        1,
        reading.base,
      ),
    ];
  return undefined;
}
