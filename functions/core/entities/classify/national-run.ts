// A stage of `typeSeveralWords` (classify.ts): a run a people's word opens that no stage above read.
import { chunkWith } from '../chunk.js';
import { knownBodyNamed } from '../known-bodies.js';
import { type GazetteerEntry, ORG_HEADS } from '../lexicon.js';
import { PARTY_NOUNS } from '../typing/bodies-and-parties.js';
import { candidate } from '../typing/candidates.js';
import type { Candidate } from '../typing/context.js';
import { unknownWords } from '../typing/place-cues.js';
import { type Reading, readAs } from '../typing/reading.js';
import { gazetteerOfWord, isLowerWordWord } from '../word-facts.js';
import { firstWordNationality } from './first-word-nationality.js';
import { typeChunk } from './retype.js';

/** A run a people's word opens, when no rule above read it: a party, a family name, a district or a body. */
export function nationalRun(
  reading: Reading,
  firstEntry: GazetteerEntry | undefined,
  nationalFirst: boolean,
): Candidate[] | undefined {
  // "Scottish Labour", "Welsh Conservatives", "German Greens": a nation's party, named by the word its
  // members are called by.
  if (nationalFirst && reading.n === 2 && PARTY_NOUNS.has(reading.lastLower))
    return readAs(reading, 'organization', 2);
  if (nationalFirst) {
    // "the European Community": a body the team's list knows (entities/known-bodies.ts).
    const listed = knownBodyNamed(
      reading.chunk.text.slice(
        reading.words[reading.from]!.start - reading.chunk.start,
        reading.words[reading.to - 1]!.end - reading.chunk.start,
      ),
    );
    // "former leader Hun Sen", "Hun Manet said": a people's name ("Hun", WordNet's group) opening two words
    // that a title or a speaker's verb makes a person's is a family name (review25 finding 5).
    if (
      !listed &&
      reading.n === 2 &&
      firstEntry!.kind === 'group' &&
      (reading.personCue || reading.speaker) &&
      !isLowerWordWord(reading.lastWord) &&
      !ORG_HEADS.has(reading.lastLower) &&
      // ("major Latin American debtors": a people's word, no family name.)
      (gazetteerOfWord(reading.lastWord)?.kind ?? 'person') === 'person'
    )
      return readAs(reading, 'person', 2);
    // "in Tai Po", "at Tai Wai": a people's name ("Tai") and a word no list knows, where one is, name a
    // district.
    if (
      !listed &&
      reading.n === 2 &&
      firstEntry!.kind === 'group' &&
      (reading.prevToken === 'in' || reading.prevToken === 'at') &&
      unknownWords(reading.words, reading.from + 1, reading.to)
    )
      return readAs(reading, 'place', 1);
    // "beat Russian Daniil Medvedev", "Russian Daniil Medvedev won": a people's word before a person's full name
    // whose given name the lists lack is a word of its own, as before a listed given name ("Australian Tom
    // Moody"): the rest, read alone, is a person's name (ents46; it was one name of unclear kind).
    if (!listed && firstEntry!.kind === 'demonym' && reading.n >= 3) {
      const rest = typeChunk(
        chunkWith(reading.chunk, reading.words.slice(reading.from + 1, reading.to), false),
        reading.ctx,
      );
      if (rest.length === 1 && rest[0]!.type === 'person' && rest[0]!.words.length === reading.n - 1)
        return [firstWordNationality(reading, firstEntry!.countryCode), ...rest];
    }
    return [
      candidate(
        reading.chunk,
        reading.from,
        reading.to,
        listed ? 'organization' : 'other',
        listed ? 3 : 1,
        reading.base,
      ),
    ];
  }
  return undefined;
}
