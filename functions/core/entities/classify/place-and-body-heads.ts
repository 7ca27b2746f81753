// A stage of `typeSeveralWords` (classify.ts): place heads and leads, bodies by their lead or head word.
import { isLegalFormLead } from '../legal-form.js';
import { ORG_LEADS, PLACE_HEADS } from '../lexicon.js';
import { playerDeed } from '../scorers.js';
import { callingApposedAfter, titleApposedAfter } from '../typing/appositions.js';
import { FOREIGN_ORG_HEAD, hasLeadOf, hasOrgHeadOf, hasOrgLeadOf } from '../typing/bodies-and-parties.js';
import { placeOfSpan } from '../typing/candidates.js';
import type { Candidate } from '../typing/context.js';
import {
  ordinaryGivenVenue,
  personalVenue,
  personalVenueOfThree,
  unlistedGivenVenue,
} from '../typing/person-cues.js';
import { isTownWord } from '../typing/place-cues.js';
import { type Reading, readAs } from '../typing/reading.js';
import { CLUB_PREFIXES, isTeamNickname } from '../typing/sports-context.js';
import { namedToPersonsOffice } from '../typing/titles-and-offices.js';
import { SPEAKER_VERB } from '../typing/token-bits.js';
import {
  W_BROADCAST_LEAD,
  W_COMPASS,
  W_EVENT_HEAD,
  W_FOREIGN_ORG_LEAD,
  W_PLACE_HEAD,
  W_PLACE_LEAD,
  wordIs,
} from '../typing/word-tests.js';
import { METRO_LEADS } from '../typing/words-before-name.js';
import { gazetteerOfWord, isGivenNameWord, isKnownSurnameWord, placeOfWord } from '../word-facts.js';

/** A saint's name opening a town's: "St. Louis", "Saint Paul". */
const SAINT_LEADS = new Set(['st', 'st.', 'saint']);
/** Place heads and leads, then bodies by their lead or head word in English and other languages. */
export function placeAndBodyHeads(reading: Reading): Candidate[] | undefined {
  if (
    (wordIs(reading.words[reading.to - 1]!, W_PLACE_HEAD) &&
      // ("The University of Cape Town said", "the Museum of Long Island": a body's lead and "of" before a place
      // name the body of that place, as "University of Nairobi" does.)
      !hasOrgLeadOf(reading.words, reading.from, reading.to - 1) &&
      !(
        reading.n === 2 &&
        !reading.locative &&
        (personalVenue(reading.firstWord, reading.lastLower) ||
          // "chairman John Hall", "Frank Hall said": "Hall" names people far more often than halls do; a
          // hall a given name opens is named with "the" or after a locative ("the Albert Hall", ents41).
          (reading.lastLower === 'hall' &&
            isGivenNameWord(reading.firstWord) &&
            reading.prevToken !== 'the') ||
          ((reading.personVerb ||
            (reading.nextBits & SPEAKER_VERB) !== 0 ||
            playerDeed(reading.nextToken) ||
            titleApposedAfter(reading.ctx, reading.chunk.field, reading.lastWord.index) ||
            namedToPersonsOffice(reading.ctx, reading.chunk.field, reading.lastWord.index) ||
            reading.pronounPerson()) &&
            ordinaryGivenVenue(reading.firstWord, reading.lastLower)) ||
          // "Arsenio Hall said on Tuesday he", "Arsenio Hall, the comedian,", "Deion Hall was named head coach": a
          // first word no list knows (a given name the lists lack) before a venue's surname, with a deed only a
          // person does after it (ents42). A venue speaks too: "Wigmore Hall said" stays the hall (ents43).
          ((playerDeed(reading.nextToken) ||
            titleApposedAfter(reading.ctx, reading.chunk.field, reading.lastWord.index) ||
            callingApposedAfter(reading.ctx, reading.chunk.field, reading.lastWord.index) ||
            reading.pronounPerson() ||
            namedToPersonsOffice(reading.ctx, reading.chunk.field, reading.lastWord.index)) &&
            unlistedGivenVenue(reading.firstWord, reading.lastLower))) &&
        !placeOfSpan(reading.chunk, reading.from, reading.to)
      ) &&
      // ("Mary Ellen Hall said": two given names before a venue's surname, ents41.)
      !(
        reading.n === 3 &&
        !reading.locative &&
        personalVenueOfThree(
          reading.words[reading.from]!,
          reading.words[reading.from + 1]!,
          reading.lastLower,
        )
      )) ||
    // ("the 1991 Gulf War", "the Gulf Cup": a place's lead before an event's head names the event.)
    // ("the Port Authority of Jamaica": a body's lead word and "of" after "Port" name the body.)
    (wordIs(reading.words[reading.from]!, W_PLACE_LEAD) &&
      !(reading.n > 1 && wordIs(reading.words[reading.to - 1]!, W_EVENT_HEAD)) &&
      (wordIs(reading.words[reading.from]!, W_COMPASS) ||
        !hasLeadOf(ORG_LEADS, reading.words, reading.from + 1, reading.to)))
  ) {
    // "the St. Louis Cardinals", "St. Louis Blues": a town named by a saint before a nickname's plural is its
    // club on any page, as "Seattle Mariners" is (ents43; no place's head word ends it: "St. Kitts Islands"; other
    // leads name districts: "Fort Worth Stockyards").
    if (
      reading.n >= 3 &&
      SAINT_LEADS.has(reading.firstLower) &&
      !wordIs(reading.words[reading.to - 1]!, W_PLACE_HEAD) &&
      isTeamNickname(reading.words, reading.from, reading.to, reading.prevToken)
    )
      return readAs(reading, 'organization', 2);
    // "St Louis defeated Colorado": a town named by a saint plays as its club in a result.
    // "Nottingham Forest beat Liverpool 1-0": a town and a place's head word, in a result, are its club.
    const type =
      (wordIs(reading.words[reading.from]!, W_PLACE_LEAD) &&
        !wordIs(reading.words[reading.from]!, W_COMPASS) &&
        !wordIs(reading.words[reading.to - 1]!, W_PLACE_HEAD)) ||
      (reading.n === 2 && isTownWord(reading.words[reading.from]!))
        ? reading.teamPlace('place')
        : 'place';
    return readAs(reading, type, 2);
  }
  // "Metro Manila", "Metro Vancouver", "Greater Sydney": "Metro" or "Greater" before a city the lists know names its
  // metropolitan area ("Metro Bank", "Metro AG" name no city).
  if (
    reading.n === 2 &&
    METRO_LEADS.has(reading.firstLower) &&
    (placeOfWord(reading.lastWord)?.kind === 'city' || gazetteerOfWord(reading.lastWord)?.kind === 'place')
  )
    return readAs(reading, 'place', 2);
  // "the Baseball Hall of Fame", "the Hall of Fame ceremony": an honour's roll, no building (a venue's "Hall"
  // leads a place through "of" otherwise: "the Great Hall of the People").
  if (reading.n >= 3 && reading.lastLower === 'fame' && reading.words[reading.to - 3]!.lower === 'hall')
    return readAs(reading, 'other', 2);
  if (
    hasLeadOf(PLACE_HEADS, reading.words, reading.from, reading.to) &&
    !hasLeadOf(ORG_LEADS, reading.words, reading.from, reading.to)
  )
    return readAs(reading, 'place', 2);
  if (
    hasOrgLeadOf(reading.words, reading.from, reading.to) ||
    hasOrgHeadOf(reading.words, reading.from, reading.to)
  )
    return readAs(reading, 'organization', 2);
  // "Coimisiún na Meán", "Partido Popular", "Süddeutsche Zeitung": the head word of a body in Irish,
  // Romance and German names, first or (German compounds) last.
  // "Radio Red", "Radio Free Europe", "SC Freiburg", "FC Porto": a station or a club by its first word.
  // "PT Freeport Indonesia", "PJSC Gazprom Neft": a firm by the legal form written before its name.
  if (
    wordIs(reading.words[reading.from]!, W_FOREIGN_ORG_LEAD) ||
    FOREIGN_ORG_HEAD.test(reading.lastLower) ||
    wordIs(reading.words[reading.from]!, W_BROADCAST_LEAD) ||
    CLUB_PREFIXES.has(reading.first) ||
    // ("PT Barnum", "PT Usha": initials before a surname the lists know, or a given name, are a person's.)
    (isLegalFormLead(reading.first) &&
      !reading.chunk.caseless &&
      !(reading.n === 2 && (isGivenNameWord(reading.lastWord) || isKnownSurnameWord(reading.lastWord))))
  )
    return readAs(reading, 'organization', 2);
  return undefined;
}
