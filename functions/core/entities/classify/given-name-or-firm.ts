// A stage of `typeSeveralWords` (classify.ts): a given name, initials or a known surname opening the run.
import { lookupPlace } from '../../countries/gazetteer.js';
import { endsWithText } from '../../text/chars.js';
import { compassName } from '../compass-initials.js';
import { firmsOwnerAfter, firmsPartAfter } from '../firm-cues.js';
import { knownBodyNamed } from '../known-bodies.js';
import { CALENDAR_WORDS, FAMILY_NAMES_FIRST, FUNCTION_WORDS, GAZETTEER, isLowerWord } from '../lexicon.js';
import { newsmakerNamed } from '../newsmakers.js';
import { bodyAppositionAfter } from '../typing/appositions.js';
import { candidate, NO_INFO, placeFields } from '../typing/candidates.js';
import { type Candidate, lowerTokenText, norm, startsWithCapital, tokenText } from '../typing/context.js';
import { EPONYM_EVENT_HEADS } from '../typing/events-and-works.js';
import { BANK_WORDS, FIRM_NOUNS_AFTER, firmAround } from '../typing/firm-cues-around.js';
import { firmShapedLikePerson } from '../typing/firms-shaped-like-people.js';
import { journeyToPlaceOnly, personAppositionAfter } from '../typing/journeys-and-venues.js';
import { PLURAL_LOOKALIKE } from '../typing/one-word.js';
import { NAME_SUFFIXES, unknownMiddle } from '../typing/person-cues.js';
import { isPlaceWordOf } from '../typing/place-cues.js';
import { productAfter } from '../typing/products-and-models.js';
import {
  personPronounLaterInSentence,
  personPronounTakesUpElsewhere,
  thingPronounNext,
} from '../typing/pronouns.js';
import { type Reading, readAs } from '../typing/reading.js';
import { seasonBeforeThing } from '../typing/seasons.js';
import { LOWER_WORD_START } from '../typing/sentence-shape.js';
import {
  INITIALS,
  S_ACRONYM,
  shapeIs,
  W_EVENT_HEAD,
  W_FUNCTION,
  W_ORG_HEAD,
  W_PLACE_HEAD,
  W_TITLE,
  wordIs,
} from '../typing/word-tests.js';
import {
  gazetteerOfWord,
  isGivenNameWord,
  isKnownSurnameWord,
  isLowerWordWord,
  placeOfWord,
} from '../word-facts.js';

/** Given names news writes mostly as the adjective opening a body's name: "Royal Mail", "Sterling Bank". */
const BODY_ADJECTIVE_GIVEN_NAMES = new Set(['royal', 'sterling', 'noble']);
const ROYALS_THEMSELVES = new Set(['family', 'household', 'highness', 'couple']);
/**
 * What the Crown grants, signs or holds, no body of its own: "received Royal Assent", "a Royal Pardon", "Royal
 * Wedding crowds" (fixE46: read a body after "Royal" before any ordinary word).
 */
const ROYAL_ACTS = new Set(
  (
    'assent pardon prerogative warrant decree charter consent approval seal visit tour wedding funeral ' +
    'coronation jubilee'
  ).split(' '),
);
/** Kinds of listed word that may follow such an adjective in a body's name ("Royal Caribbean", "Royal Dutch"). */
const PLACE_OR_PEOPLE = new Set(['place', 'country', 'demonym', 'group']);
/** A given name, initials or a known surname: firms, events and places they open, else a person. */
export function givenNameOrFirm(reading: Reading): Candidate[] | undefined {
  const second = reading.words[reading.from + 1]!.core;
  // "N. Ireland talks resume", "N. Korean submarine found": a headline's compass initial before a land or its
  // people is no person's initial (compass-initials.ts); "S. African Afrikaners" names a people, no one.
  const compass = compassName(reading.firstWord, reading.words[reading.from + 1]!);
  // (A land the country lists know only by its full name would be read as its last word's country: it keeps the
  // old reading (read53 R8). "N. Ireland" (GB) is listed whole since session 54, as "S. Korea"; "W. Virginia",
  // "W. Germany" name their last word's country.)
  const next = reading.words[reading.from + 1]!;
  const wholeLand =
    compass?.type === 'place' &&
    compass.place !== undefined &&
    compass.place.countryCode !== lookupPlace(next.core)?.countryCode;
  if (compass !== undefined && !wholeLand) {
    if (reading.n > 2) return readAs(reading, 'other', 2);
    const info = compass.place === undefined ? NO_INFO : placeFields(compass.place);
    return [candidate(reading.chunk, reading.from, reading.to, compass.type, 2, reading.base, info)];
  }
  // "Sun Microsystems", "Sun Grid": a family name that is also a weekday's short form opens a firm's name
  // as often as a person's; the rules read the rest.
  const familyFirst =
    reading.n <= 3 &&
    FAMILY_NAMES_FIRST.has(reading.first) &&
    !isLowerWord(second) &&
    !GAZETTEER.has(norm(second)) &&
    !CALENDAR_WORDS.has(norm(reading.first));
  // "Denzel Washington": an unknown word before a known surname.
  const unknownThenSurname =
    reading.n === 2 &&
    !reading.locative &&
    !isLowerWordWord(reading.firstWord) &&
    gazetteerOfWord(reading.firstWord) === undefined &&
    isKnownSurnameWord(reading.lastWord);
  // ("head of the U.N. Environment Programme": a listed body's initials are no person's, review32 ★E3.)
  const bodyFirst = knownBodyNamed(reading.first) !== undefined;
  const initials =
    INITIALS.test(reading.first) && gazetteerOfWord(reading.firstWord)?.kind !== 'country' && !bodyFirst;
  // "the U.N. Environment Programme", "the EU Fisheries Agency": a listed body's short name before ordinary
  // words names one of its bodies (an event's head names a meeting: "UN Climate Conference").
  if (
    bodyFirst &&
    !wordIs(reading.lastWord, W_EVENT_HEAD) &&
    // (A title among them is an office: "the U.N. High Commissioner for Refugees".)
    reading.words
      .slice(reading.from + 1, reading.to)
      .every((w) => isLowerWordWord(w) && !wordIs(w, W_FUNCTION) && !wordIs(w, W_TITLE))
  )
    return readAs(reading, 'organization', 2);
  // "the Red Cross", "the Red Crescent": a person's name does not follow "the"; an ordinary word that
  // is also a given name opens some other name there.
  const givenFirst =
    isGivenNameWord(reading.firstWord) &&
    !(reading.prevToken === 'the' && isLowerWordWord(reading.firstWord)) &&
    !seasonBeforeThing(reading.firstWord, reading.lastWord);
  // "the Atlanta Games", "the Sydney Olympics": a town before an event's head word names the event.
  if (
    reading.n === 2 &&
    !reading.personCue &&
    wordIs(reading.words[reading.to - 1]!, W_EVENT_HEAD) &&
    isPlaceWordOf(reading.firstWord)
  )
    return readAs(reading, 'other', 2);
  // "the Davis Cup", "the Abraham Accords": a given name before the head word of a prize, a contest or a
  // treaty names it (heads that are also surnames, "Jude Law", "Doris Day", are left out).
  if (
    reading.n === 2 &&
    !reading.personCue &&
    !reading.personVerb &&
    givenFirst &&
    EPONYM_EVENT_HEADS.has(reading.lastLower)
  )
    return readAs(reading, 'other', 2);
  // "the Roman Catholic church", "an Italian Roman Catholic group": a faith's adjective ends no one's name.
  if (reading.n >= 2 && !reading.personCue && FAITH_ADJECTIVES.has(reading.lastLower))
    return readAs(reading, 'other', 2);
  // "Eli Lilly's Alzheimer's drug", "Eli Lilly shares": a firm named after a person, by a firm's cue
  // ("its" is none: "Suu Kyi said the government had increased its …").
  // ("Henry Ford's plants", "Enzo Ferrari's factories": a given name before a surname that alone is a listed firm
  // is read by the rule on such names below, which a founder's pronoun or a given name's reading keeps a person.)
  if (
    !reading.personCue &&
    (givenFirst || unknownThenSurname) &&
    !(givenFirst && reading.n === 2 && GAZETTEER.get(reading.lastLower)?.kind === 'organization') &&
    (FIRM_NOUNS_AFTER.has(reading.nextToken) ||
      (reading.words[reading.to - 1]!.possessive &&
        productAfter(reading.ctx, reading.chunk.field, reading.words[reading.to - 1]!.index)))
  )
    return readAs(reading, 'organization', 3);
  // "Mario Kart World": three or more words from a given name to an ordinary word that is no surname
  // name a product or a work, not a person.
  if (
    !reading.personCue &&
    // "Jonas Gahr Store said": a speaker whose middle names no list knows is a person ("Mario Kart
    // World" does not speak; "Salomon Brothers International said" is a firm).
    !(
      reading.speaker &&
      !isLowerWordWord(reading.firstWord) &&
      unknownMiddle(reading.words, reading.from + 1, reading.to - 1)
    ) &&
    givenFirst &&
    reading.n >= 3 &&
    isLowerWordWord(reading.lastWord) &&
    !isKnownSurnameWord(reading.lastWord) &&
    !isGivenNameWord(reading.lastWord) &&
    !NAME_SUFFIXES.has(reading.lastLower)
  )
    return readAs(reading, 'unknown', 0);
  // "Bank Indonesia", "Bank Negara Malaysia", "Banco Pichincha": a bank's word opening the name is the
  // bank's, though "Bank" is also a given name.
  if (!reading.personCue && BANK_WORDS.has(reading.firstWord.lower))
    return readAs(reading, 'organization', 3);
  // "Andreessen Horowitz, the venture capital firm,", "Eli Lilly, the drugmaker,": an apposition that
  // calls the name a body outweighs its person's shape.
  if (
    !reading.personCue &&
    (givenFirst || unknownThenSurname) &&
    reading.nextToken === ',' &&
    bodyAppositionAfter(reading.ctx, reading.chunk.field, reading.words[reading.to - 1]!.index + 1)
  )
    return readAs(reading, 'organization', 2);
  // "Royal Mail said it would appeal", "Standard Life said its profit rose": a given name that is an
  // ordinary word before an ordinary word no surname list knows, taken up by a firm's "it" or "its".
  // "Royal Mail's owner IDS": or by what only a firm has after its possessive ("Bob Diamond was fined by the
  // regulator. The bank said" names the man and his bank: read44).
  if (
    !reading.personCue &&
    givenFirst &&
    reading.n === 2 &&
    isLowerWordWord(reading.firstWord) &&
    isLowerWordWord(reading.lastWord) &&
    !isKnownSurnameWord(reading.lastWord) &&
    !isGivenNameWord(reading.lastWord) &&
    (thingPronounNext(reading.ctx, reading.chunk.field, reading.lastWord.index) ||
      (reading.lastWord.possessive &&
        firmsOwnerAfter((k) => lowerTokenText(reading.ctx, reading.chunk.field, reading.lastWord.index + k))))
  )
    return readAs(reading, 'organization', 3);
  // "lead manager Bennett Lowry International said", "Chase Manhattan, Morgan Guaranty and Citibank", "The
  // game's maker, Rockstar North,": a firm's words around a name of a person's shape (firm-cues.ts).
  // ("manager" is a title before a person's name, but not in "lead manager".)
  if (
    (givenFirst || unknownThenSurname) &&
    !reading.chunk.caseless &&
    firmAround(reading.ctx, reading.chunk, reading.from, reading.to, reading.personCue)
  )
    return readAs(reading, 'organization', 2);
  // "Rescuers flew to Ban Houayxay": a journey's destination, though a given name opens it, where no list
  // knows its last word for a person's ("flew to Paris Hilton" stays a person; "travelled to Tom
  // Barrack's residence" goes to what the person owns).
  if (
    !reading.personCue &&
    givenFirst &&
    !reading.lastWord.possessive &&
    !isKnownSurnameWord(reading.lastWord) &&
    !isGivenNameWord(reading.lastWord) &&
    // ("taken to Kwame Mensah, the regional minister": carried to a person, read32 F4.)
    journeyToPlaceOnly(reading.ctx, reading.chunk.field, reading.words[reading.from]!.index, reading.n) &&
    !personAppositionAfter(reading.ctx, reading.chunk.field, reading.lastWord.index)
  )
    return readAs(reading, 'place', 1);
  // "at Royal Melbourne", "Royal Antwerp beat": "Royal" (a given name in the lists) before a place's name
  // opens a golf course's or a club's name, where it is (a course) or what plays (a club), no person.
  if (
    !reading.personCue &&
    reading.n === 2 &&
    reading.firstLower === 'royal' &&
    placeOfWord(reading.lastWord) &&
    !isKnownSurnameWord(reading.lastWord)
  )
    return readAs(reading, reading.locative ? 'place' : 'organization', 1);
  // "drove the Lincoln Aviator", "the Elizabeth Line was": after "the", which comes before no person's name
  // where the phrase ends with it, a given name and an ordinary word or a word no list knows, neither a
  // surname the lists know, name a thing (a model, a line, a plan) ("the Ben Stiller comedy", "the Simon
  // Cowell, Louis Walsh panel" are the persons'; a sports page's "the Santiago Bernabeu" is a ground).
  if (
    reading.n === 2 &&
    !reading.personCue &&
    givenFirst &&
    // "An Amber Alert was issued", "a Silver Alert for the man": an indefinite article, which comes before no
    // person's name either, before a given name and an ordinary word ("a Jane Boatwright" is left to its cues).
    (reading.prevToken === 'the' ||
      ((reading.prevToken === 'a' || reading.prevToken === 'an') &&
        isLowerWordWord(reading.lastWord) &&
        // ("a Royal Pardon": what the Crown grants, read below as no name.)
        !BODY_ADJECTIVE_GIVEN_NAMES.has(reading.firstLower))) &&
    // ("at the Santiago Bernabeu … The Santiago Bernabeu was full": a ground, a place.)
    !reading.locative &&
    !reading.ctx.sports &&
    !reading.lastWord.possessive &&
    (isLowerWordWord(reading.lastWord) || gazetteerOfWord(reading.lastWord) === undefined) &&
    (reading.nextToken === ','
      ? !startsWithCapital(tokenText(reading.ctx, reading.chunk.field, reading.lastWord.index + 2))
      : !LOWER_WORD_START.test(reading.nextToken) || FUNCTION_WORDS.has(reading.nextToken)) &&
    !endsWithText(reading.lastLower, 's') &&
    !isKnownSurnameWord(reading.lastWord) &&
    !isGivenNameWord(reading.lastWord) &&
    !wordIs(reading.lastWord, W_PLACE_HEAD) &&
    !wordIs(reading.lastWord, W_ORG_HEAD) &&
    !startsWithCapital(tokenText(reading.ctx, reading.chunk.field, reading.lastWord.index + 1))
  )
    return readAs(reading, 'other', 1);
  // "Bradford Bulls beat Wigan Warriors", "Lincoln Imps": a town's name, also a given name, before the plural of
  // an ordinary word no surname or given-name list knows is a club's name and nickname (a person's surname is
  // no common noun's plural: "Austin Rivers said he" keeps the player by his pronoun).
  if (
    reading.n === 2 &&
    !reading.personCue &&
    givenFirst &&
    !reading.personVerb &&
    // ("said Margaret Holloway, economist at Carter Reid": off the sports pages a person's.)
    // "The Dallas Mavericks won their fifth straight game": anywhere after "the", which comes before no
    // person's name, and there a plural the lexicon misses too.
    lookupPlace(reading.first)?.kind === 'city' &&
    endsWithText(reading.lastLower, 's') &&
    (((reading.ctx.sports || reading.inResult()) &&
      isLowerWordWord(reading.lastWord) &&
      isLowerWord(reading.lastLower.slice(0, -1))) ||
      (reading.prevToken === 'the' &&
        !PLURAL_LOOKALIKE.test(reading.lastLower) &&
        (isLowerWord(reading.lastLower.slice(0, -1)) || gazetteerOfWord(reading.lastWord) === undefined))) &&
    !isKnownSurnameWord(reading.lastWord) &&
    !isGivenNameWord(reading.lastWord) &&
    !reading.pronounPerson()
  )
    return readAs(reading, 'organization', 1);
  // "Royal Mail was fined", "Royal Ballet dancers", "Royal Caribbean", "Noble Energy": a given name that news writes
  // mostly as the adjective opening a body's name, before an ordinary word or a place's or people's name that no
  // surname or given-name list knows, names the body ("Royal Ivey", "Sterling Brown" stay people; ents46).
  // ("received Royal Assent", "a Royal Pardon", "Royal Wedding crowds": what the Crown grants or holds, no entity.)
  if (
    !reading.personCue &&
    reading.n === 2 &&
    reading.firstLower === 'royal' &&
    ROYAL_ACTS.has(reading.lastLower)
  )
    return [];
  if (
    !reading.personCue &&
    reading.n === 2 &&
    BODY_ADJECTIVE_GIVEN_NAMES.has(reading.firstLower) &&
    // ("the Royal Family", "the Royal Household": the royals themselves, no body.)
    !ROYALS_THEMSELVES.has(reading.lastLower) &&
    !isKnownSurnameWord(reading.lastWord) &&
    !isGivenNameWord(reading.lastWord) &&
    (isLowerWordWord(reading.lastWord) ||
      PLACE_OR_PEOPLE.has(gazetteerOfWord(reading.lastWord)?.kind ?? '')) &&
    !reading.pronounPerson()
  )
    return readAs(reading, 'organization', 1);
  // "attended Royal Ascot", "at Royal Troon", "Royal Doulton said": "Royal" before a word no list knows (no surname,
  // given name, ordinary word or name) opens an event's, a course's or a body's name far more often than it is a
  // person's given name ("Royal Ivey said he" keeps the person by its pronoun or a title).
  if (
    !reading.personCue &&
    reading.n === 2 &&
    reading.firstLower === 'royal' &&
    !reading.chunk.caseless &&
    !reading.lastWord.core.includes('-') &&
    // ("The club's captain, Royal Tshabalala, said he": a name set off by commas is apposed to a role, read47.)
    !(reading.prevToken === ',' && reading.nextToken === ',') &&
    !personPronounLaterInSentence(reading.ctx, reading.chunk.field, reading.lastWord.index, true) &&
    !isKnownSurnameWord(reading.lastWord) &&
    !isGivenNameWord(reading.lastWord) &&
    !isLowerWordWord(reading.lastWord) &&
    gazetteerOfWord(reading.lastWord) === undefined &&
    !shapeIs(reading.lastWord, S_ACRONYM) &&
    !reading.pronounPerson()
  )
    return readAs(reading, reading.locative ? 'place' : reading.speaker ? 'organization' : 'other', 1);
  // "Walt Disney said its parks would reopen", "Walt Disney's parks unit": a given name before a surname that alone
  // names a listed firm (Disney) is the firm where "its" takes the name up after its verb or its possessive owns
  // what a firm has; "Walt Disney founded the studio … he" stays the person (ents46), and so does a profile's
  // "Walt Disney's studios in Burbank" where "he" or "his" takes the name up elsewhere in the story (fixE46).
  if (
    !reading.personCue &&
    reading.n === 2 &&
    givenFirst &&
    GAZETTEER.get(reading.lastLower)?.kind === 'organization' &&
    // ("Michael Dell said its sales rose", "Henry Ford's factories": a surname the lists also know as a given
    // name reads two words of a person's name, which "its" or a firm's part alone does not outweigh; fixE46.)
    !isGivenNameWord(reading.lastWord) &&
    newsmakerNamed(reading.lastWord.core) === undefined &&
    !reading.pronounPerson() &&
    !personAppositionAfter(reading.ctx, reading.chunk.field, reading.lastWord.index) &&
    ((!reading.lastWord.possessive && reading.pronoun() === 'thing') ||
      (reading.lastWord.possessive &&
        firmsPartAfter((k) => lowerTokenText(reading.ctx, reading.chunk.field, reading.lastWord.index + k)) &&
        // ("Enzo Ferrari's factories at Maranello built racing cars before he turned to road cars": the founder's.)
        !personPronounLaterInSentence(reading.ctx, reading.chunk.field, reading.lastWord.index))) &&
    !personPronounTakesUpElsewhere(reading.ctx, reading.chunk.field, reading.firstWord.index, [
      reading.firstWord.core,
      reading.lastWord.core,
    ])
  )
    return readAs(reading, 'organization', 1);
  // "Wynn Macau", "LIV Golf", "A.P. Moller-Maersk said profits fell": a firm with a person's shape (wild45 item 17).
  if (
    !reading.personCue &&
    (givenFirst || initials) &&
    firmShapedLikePerson(
      reading.ctx,
      reading.chunk.field,
      reading.words,
      reading.from,
      reading.to,
      reading.chunk.caseless,
      // ("Wynn Macau said on Tuesday its profit rose": a verb of speech that "its" takes up is a firm's; ents46.)
      () =>
        (reading.personVerb && reading.pronoun() !== 'thing') ||
        reading.pronounPerson() ||
        personAppositionAfter(reading.ctx, reading.chunk.field, reading.lastWord.index),
      () => reading.pronoun() === 'thing',
    )
  )
    return readAs(reading, 'organization', 1);
  if (reading.personCue || givenFirst || initials || familyFirst || unknownThenSurname)
    return readAs(reading, 'person', 2);
  return undefined;
}
/** Adjectives of a faith or a church that end a name of its own ("Roman Catholic", "Greek Orthodox"). */
const FAITH_ADJECTIVES = new Set(
  'catholic orthodox protestant anglican evangelical lutheran methodist presbyterian sunni shia shiite'.split(
    ' ',
  ),
);
