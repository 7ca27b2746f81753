// The last stage of `typeChunk` (classify.ts): a firm's possessive, a country's initials, a company's first word
// and a people's word before the name, then `typeNamedSpan`.
import { type Chunk, chunkWith, lookupKey } from '../chunk.js';
import { GAZETTEER } from '../lexicon.js';
import { candidate, lookup, NO_CONTEXT } from '../typing/candidates.js';
import type { Candidate, Context } from '../typing/context.js';
import { groundAfterAtThe } from '../typing/match-reports.js';
import { W_FUNCTION, W_ORG_HEAD, W_PLACE_HEAD, wordIs } from '../typing/word-tests.js';
import {
  cuesAroundName,
  officeDomainOpens,
  openingWordsDropped,
  type RunOpening,
  titleCueBefore,
  titlesBeforeName,
} from '../typing/words-before-name.js';
import { isLowerWordWord } from '../word-facts.js';
import { bioFirmAt } from './bio-firm.js';
import { peoplesWordOfTwoBeforeName } from './peoples-word-of-two.js';
import { typeChunk, typeNamedSpan } from './retype.js';

/** A country's initials with periods, after which wire copy may capitalise a word ("UK Athletics" has none). */
const COUNTRY_INITIALS = new Set(['U.S.', 'U.K.']);
/** Bodies a country's initials name with an ordinary word: "U.S. Treasury", "U.S. Steel", "U.S. Soccer". */
const BODY_NOUNS_AFTER_COUNTRY = new Set(
  'treasury steel open senate congress embassy mint navy army marines government administration soccer athletics sport sports music finance'.split(
    ' ',
  ),
);
export function typeAfterLead(chunk: Chunk, ctx: Context): Candidate[] {
  const words = chunk.words;
  const to = words.length;
  // "Standard and Poor's", "Moody's Investors Service": the lists keep a possessive that ends a firm's name.
  const whole =
    lookup(words, 0, to, ctx) ??
    (to > 1 && words[to - 1]!.possessive ? GAZETTEER.get(`${lookupKey(words, 0, to)}'s`) : undefined);
  // "Japan-U.S. Trade axis", "anti-U.S. Sentiment", "the U.S. Has threatened": initials of a country before a
  // capitalised word the article writes in lower case elsewhere name the country alone (wire copy that
  // capitalises after an abbreviation's period); a body's word ("U.S. Treasury", "U.S. Army") stays a name.
  if (
    !whole &&
    to === 2 &&
    COUNTRY_INITIALS.has(words[0]!.core) &&
    isLowerWordWord(words[1]!) &&
    (ctx.seen.lowerCase.has(words[1]!.lower) || wordIs(words[1]!, W_FUNCTION)) &&
    !wordIs(words[1]!, W_ORG_HEAD) &&
    !BODY_NOUNS_AFTER_COUNTRY.has(words[1]!.lower)
  )
    return typeChunk(chunkWith(chunk, words.slice(0, 1)), ctx);
  // "Lloyd's of London": a name's own "'s" before "of" and a town (the chunker joins only these) is a firm's.
  if (
    to === 3 &&
    words[1]!.lower === 'of' &&
    (words[0]!.possessive ||
      chunk.text.slice(words[0]!.end - chunk.start, words[1]!.start - chunk.start) === " 's ")
  )
    return [candidate(chunk, 0, to, 'organization', 2, NO_CONTEXT)];
  // "Gulf Applied Technologies Inc", "Champion Products Inc": a company's name keeps its first word.
  const orgShaped =
    (to > 1 && wordIs(words[to - 1]!, W_ORG_HEAD) && !wordIs(words[to - 1]!, W_PLACE_HEAD)) ||
    ((to === 2 || (to === 3 && wordIs(words[0]!, W_FUNCTION))) && bioFirmAt(words, to - 2, to));
  const opening: RunOpening = { chunk, ctx, words, to, orgShaped, from: 0, personCue: false };
  if (!whole) {
    // ("New Zealander Frank Nobilo": before "New" is dropped as an ordinary word opening the sentence.)
    const typed =
      peoplesWordOfTwoBeforeName(chunk, ctx, 0) ??
      openingWordsDropped(opening) ??
      officeDomainOpens(opening) ??
      titlesBeforeName(opening, typeChunk) ??
      titleCueBefore(opening);
    if (typed) return typed;
  }
  const cued = cuesAroundName(opening);
  if (cued) return cued;
  const { from, personCue } = opening;
  const typed = typeNamedSpan(chunk, ctx, from, personCue, whole);
  if (typed.length === 1 && typed[0]!.type === 'person' && groundAfterAtThe(ctx, chunk, from, to))
    return [{ ...typed[0]!, type: 'place' }];
  return typed;
}
