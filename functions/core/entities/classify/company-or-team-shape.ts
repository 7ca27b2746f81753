// A stage of `typeSeveralWords` (classify.ts): runs shaped like a firm's or a team's name.
import { endsWithText } from '../../text/chars.js';
import { knownBodyNamed } from '../known-bodies.js';
import { CALENDAR_WORDS, FAMILY_NAMES_FIRST } from '../lexicon.js';
import { officeApposedAfter, officeApposedBefore, partyMemberApposedAfter } from '../typing/appositions.js';
import { type Candidate, lowerTokenText, norm } from '../typing/context.js';
import { PUBLICATION_HEADS } from '../typing/cue-words.js';
import { isCompanyOrTeamName } from '../typing/firm-cues-around.js';
import { isPlaceWordOf } from '../typing/place-cues.js';
import { playerNamedLikeClub, playerWithUnlistedGivenName } from '../typing/players-named-like-clubs.js';
import { type Reading, readAs } from '../typing/reading.js';
import { playerNamedLikeTeam } from '../typing/sports-context.js';
import { appointedAsPerson } from '../typing/titles-and-offices.js';
import { S_ACRONYM, shapeIs, W_ORG_HEAD, wordIs } from '../typing/word-tests.js';
import { gazetteerOfWord, isLowerWordWord } from '../word-facts.js';

/** Place nouns, a body's publication, family-first names, then runs shaped like a firm's or a team's name. */
export function companyOrTeamShape(reading: Reading): Candidate[] | undefined {
  // "the province of Ben Tre", "Dong Thap and Vinh Long provinces", "the towns of Hoi An and Tam Ky": a
  // place noun beside the name says place, though a word of it is also a given name (Ben, Dong, Tam) or
  // an ordinary word ("An").
  if (
    !reading.personCue &&
    !reading.personVerb &&
    (reading.placeNounBefore || reading.placeNounAfter) &&
    !wordIs(reading.lastWord, W_ORG_HEAD)
  )
    return readAs(reading, 'place', 1);
  // "the WHO Essential Medicines List", "the IMF World Economic Outlook": a listed body's short name before
  // ordinary words ending in a publication's noun names what the body publishes (read33 leftovers).
  if (
    reading.n > 2 &&
    knownBodyNamed(reading.first) !== undefined &&
    PUBLICATION_HEADS.has(reading.lastLower) &&
    !reading.personCue
  )
    return readAs(reading, 'other', 2);
  // "Ong Ewe Hock", "Lee Chong Wei": a family name that comes first and two given names, though an ordinary word
  // ends them ("Ewe", "Hock"), are a person's; a firm's names end in a body's head word.
  if (
    !reading.personCue &&
    reading.n === 3 &&
    FAMILY_NAMES_FIRST.has(reading.first) &&
    !reading.chunk.caseless &&
    // ("Sun State Savings", "Pan American Games": a weekday's short form, a plural, a people's word.)
    !CALENDAR_WORDS.has(norm(reading.first)) &&
    !endsWithText(reading.lastLower, 's') &&
    !reading.words.slice(reading.from, reading.to).some((w) => {
      const kind = gazetteerOfWord(w)?.kind;
      return wordIs(w, W_ORG_HEAD) || isPlaceWordOf(w) || kind === 'demonym' || kind === 'country';
    })
  )
    return readAs(reading, 'person', 1);
  if (!reading.personCue && isCompanyOrTeamName(reading.words, reading.from, reading.to)) {
    // "Jannik Sinner won his first title": a name ending in an ordinary word that "his" takes up.
    // "Organisers named Jenson Button as an ambassador": appointed to a person's role.
    // "Alexandria Whitcombe-Reyes, the New York Democrat, said": a party's member apposed (ents41).
    if (reading.n === 2 && partyMemberApposedAfter(reading.ctx, reading.chunk.field, reading.lastWord.index))
      return readAs(reading, 'person', 1);
    if (
      reading.n === 2 &&
      !isPlaceWordOf(reading.firstWord) &&
      (reading.pronounPerson() ||
        appointedAsPerson(reading.ctx, reading.chunk.field, reading.prevToken, reading.lastWord.index) ||
        // "Yoshihiko Noda, leader of the opposition, said": an office apposed off the sports page.
        (!reading.ctx.sports &&
          officeApposedAfter(reading.ctx, reading.chunk.field, reading.lastWord.index)) ||
        // "The former governor of Kogi State, Yahaya Bello, has …": an office's holder apposed after it.
        officeApposedBefore(
          reading.ctx,
          reading.chunk.field,
          reading.firstWord.index,
          reading.lastWord.index,
        ) ||
        // "Rishabh Pant, who made 99 in the second Test": "who" takes up a person; a club's "who" is a side's
        // in a result ("Bayern Munich, who beat …", a town's club, is no such name).
        // ("the Beastie Boys, who took the stage": a band is named with "the".)
        (reading.nextToken === ',' &&
          reading.prevToken !== 'the' &&
          lowerTokenText(reading.ctx, reading.chunk.field, reading.lastWord.index + 2) === 'who' &&
          !isPlaceWordOf(reading.lastWord) &&
          !reading.inResult()))
    )
      return readAs(reading, 'person', 1);
    // "Jordan Love threw two touchdowns": a given name and a word, before a verb of play.
    if (
      reading.n === 2 &&
      playerNamedLikeClub(reading.ctx, reading.chunk.field, reading.firstWord, reading.lastWord)
    )
      return readAs(reading, 'person', 1);
    // "Madison Keys beat Victoria Azarenka": a given name before a nickname's plural, on a player's page.
    if (playerNamedLikeTeam(reading.ctx, reading.chunk, reading.from, reading.to))
      return readAs(reading, 'person', 1);
    // "Zay Flowers caught two touchdowns": a word no list knows before an ordinary word, then a player's feat.
    if (
      reading.n === 2 &&
      gazetteerOfWord(reading.firstWord) === undefined &&
      !isLowerWordWord(reading.firstWord) &&
      !isPlaceWordOf(reading.firstWord) &&
      !shapeIs(reading.firstWord, S_ACRONYM) &&
      playerWithUnlistedGivenName(reading.ctx, reading.chunk.field, reading.firstWord, reading.lastWord)
    )
      return readAs(reading, 'person', 2);
    return readAs(reading, 'organization', 1);
  }
  return undefined;
}
