// A people's word of two words before a person's full name ("South African Ernie Els"): read by `typeAfterLead`
// and `typeNamedSpan`.
import { candidateWith } from '../candidate-copy.js';
import { type Chunk, chunkWith } from '../chunk.js';
import { candidate, lookup } from '../typing/candidates.js';
import { type Candidate, type Context, lowerTokenText } from '../typing/context.js';
import { EVENT_HEADS } from '../typing/cue-words.js';
import { W_COMPASS, wordIs } from '../typing/word-tests.js';
import { gazetteerOfWord, isGivenNameWord, isLowerWordWord } from '../word-facts.js';
import { typeChunk } from './retype.js';
import { PEOPLES_KINDS } from './shared-words.js';

/**
 * "South African Ernie Els won", "Sri Lankan Sanath Jayasuriya hit 151", "Costa Rican Paulo Wanchope scored": a
 * people's word of two words before a person's full name is a word of its own, as a one-word people's word is
 * ("Zimbabwean Nick Price", typeSeveralWords reads the run by its first word only): the nationality, then the rest
 * read alone when that is one person's name of all its words (wild50 E24; the run was one place or person).
 * ("South African Airways", "Sri Lankan Airlines": the rest is no person's name, and the run is read as before.)
 */
export function peoplesWordOfTwoBeforeName(
  chunk: Chunk,
  ctx: Context,
  from: number,
): Candidate[] | undefined {
  const words = chunk.words;
  const to = words.length;
  if (to - from < 4 || chunk.caseless) return undefined;
  const listed = lookup(words, from, from + 2, ctx);
  const entry = listed !== undefined && 'kind' in listed && listed.kind === 'demonym' ? listed : undefined;
  // "West Indian Brian Lara", "Northern Irishman Darren Clarke": a compass word before a people's word of one word
  // names a people the lists lack (no country's: "Indian" is India's, "Irishman" Ireland's).
  if (
    entry === undefined &&
    !(
      wordIs(words[from]!, W_COMPASS) &&
      listed === undefined &&
      PEOPLES_KINDS.has(gazetteerOfWord(words[from + 1]!)?.kind ?? '')
    )
  )
    return undefined;
  const rest = typeChunk(chunkWith(chunk, words.slice(from + 2, to), false), ctx);
  if (rest.length !== 1 || rest[0]!.words.length !== to - from - 2) return undefined;
  // "Saudi Arabian Sami Al-Jaber": a name of no ordinary words that the rest alone leaves of no kind is a person's
  // after a people's word too ("South African Grand Prix", "Saudi Arabian Monetary Agency" are not).
  const person =
    rest[0]!.type === 'person'
      ? rest[0]!
      : rest[0]!.type === 'other' &&
          (isGivenNameWord(words[from + 2]!) || !isLowerWordWord(words[from + 2]!)) &&
          !isLowerWordWord(words[to - 1]!) &&
          !EVENT_HEADS.has(words[to - 1]!.lower)
        ? candidateWith(rest[0]!, { type: 'person', strength: 2 })
        : undefined;
  if (person === undefined) return undefined;
  return [
    candidate(
      chunk,
      from,
      from + 2,
      'nationality',
      3,
      { locative: false, prev: lowerTokenText(ctx, chunk.field, words[from]!.index - 1) },
      {
        canonical: entry?.name,
        countryCode: entry?.countryCode,
        placeId: undefined,
        teamFromPlace: undefined,
        personish: undefined,
      },
    ),
    person,
  ];
}
