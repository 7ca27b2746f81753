// The last stage of `typeSeveralWords` (classify.ts): the run by its ordinary and listed words.
import { lookupPlace } from '../../countries/gazetteer.js';
import { knownBodyNamed } from '../known-bodies.js';
import { FUNCTION_WORDS, isGivenName, isLowerWord, NAME_PARTICLES } from '../lexicon.js';
import { isGenerationSuffix } from '../person-ids.js';
import { bodyAppositionAfter, partyApposedBefore } from '../typing/appositions.js';
import { BODY_ADJECTIVES, MEMBERS_AFTER, NOT_BODY_AFTER } from '../typing/bodies-and-parties.js';
import { candidate } from '../typing/candidates.js';
import { type Candidate, lowerTokenText, tokenText } from '../typing/context.js';
import { EVENT_HEADS, ORG_CUES_AFTER } from '../typing/cue-words.js';
import { EVENT_WORDS } from '../typing/events-and-works.js';
import { firmResultsAfter, makerClauseAfter } from '../typing/firm-deeds.js';
import { hyphenedOrdinaryWords } from '../typing/firms-shaped-like-people.js';
import { journeyTo, personAppositionAfter } from '../typing/journeys-and-venues.js';
import { ordinaryWordsNamePerson } from '../typing/ordinary-word-people.js';
import { isPatronymicSurname, NAME_SUFFIXES } from '../typing/person-cues.js';
import { isPlaceWord, isPlaceWordOf } from '../typing/place-cues.js';
import { DIGIT_IN_WORD } from '../typing/products-and-models.js';
import { bodyOrFirmItAfter } from '../typing/pronouns.js';
import { type Reading, readAs } from '../typing/reading.js';
import { STRONG_LOCATIVE } from '../typing/resolve-by-document.js';
import { ARTICLES, nounAfter } from '../typing/sentence-shape.js';
import {
  COMPETITION_AFTER,
  inResultSentence,
  SQUAD_NOUNS,
  VENUE_PREPOSITIONS,
} from '../typing/sports-context.js';
import { SPEAKER_VERB } from '../typing/token-bits.js';
import { ACRONYM, W_EVENT_HEAD, W_NAMED_DAY, W_PLACE_HEAD, wordIs } from '../typing/word-tests.js';
import { gazetteerOfWord, isGivenNameWord } from '../word-facts.js';

/** Ordinal words before a contest's or a prize's name: "a fourth Copa Libertadores". */
const ORDINALS = new Set(
  'first second third fourth fifth sixth seventh eighth ninth tenth record'.split(' '),
);

/** The run by its ordinary and listed words: places, bodies, sides, models, firms, persons. */
export function unknownWordsRead(reading: Reading): Candidate[] {
  let ordinary = 0;
  for (let i = reading.from; i < reading.to; i++) {
    const w = reading.words[i]!.core;
    if (
      // ("Soudal Quick-Step": two ordinary words hyphened are one, no surname; wild45 item 17.)
      (isLowerWord(w) || hyphenedOrdinaryWords(w)) &&
      !NAME_PARTICLES.has(w) &&
      !(i === reading.to - 1 && i > reading.from && NAME_SUFFIXES.has(reading.lastLower))
    )
      ordinary++;
  }
  let named = 0;
  // Words that rule out a person: an acronym, a country, a nationality ("UEFA Cup", "German Villa").
  let notPerson = 0;
  for (let i = reading.from; i < reading.to && ordinary === 0; i++) {
    const w = reading.words[i]!.core;
    if (NAME_PARTICLES.has(w)) continue;
    const kind = gazetteerOfWord(reading.words[i]!)?.kind;
    if (ACRONYM.test(w) || kind !== undefined || lookupPlace(w)) named++;
    if (ACRONYM.test(w) || kind === 'country' || kind === 'demonym') notPerson++;
    else if (i === reading.from && !isGivenName(w) && isPlaceWord(w)) notPerson++;
  }
  // "the resort of Sharm el-Sheikh", "the Jebel al-Akhdar region": a place noun beside an unknown name.
  if (reading.placeNounBefore || reading.placeNounAfter) return readAs(reading, 'place', 1);
  // "Zycie Warszawy daily said": a name no list knows before a firm's word is a paper or a firm ("its"
  // is no cue here: "Suu Kyi said the government had increased its …").
  // "Shiv Sena leader Uddhav Thackeray", "Plaid Cymru MPs": a party's leader and members are named after
  // the party; a person's name is never followed so.
  // ("Unai Emery's side", "Xabi Alonso's squad": a manager's.)
  if (
    ordinary === 0 &&
    (ORG_CUES_AFTER.has(reading.nextToken) || MEMBERS_AFTER.has(reading.nextToken)) &&
    !(reading.lastWord.possessive && (reading.nextToken === 'side' || reading.nextToken === 'squad'))
  )
    return readAs(reading, 'organization', 2);
  // "launched his party, Tamilaga Vettri Kazhagam, on Sunday": the party's name apposed to its noun.
  if (partyApposedBefore(reading.ctx, reading.chunk.field, reading.firstWord.index, reading.lastWord.index))
    return readAs(reading, 'organization', 2);
  // "in Flin Flon", "near Ras Tanura": words no list knows, none a given name, where one is are a town
  // more often than a person whose given name the lists miss.
  // "diverted to Sharm El Sheikh": a journey's destination is as sure a place.
  if (
    ordinary === 0 &&
    named === 0 &&
    reading.locative &&
    (STRONG_LOCATIVE.has(reading.prevToken) ||
      (journeyTo(reading.ctx, reading.chunk.field, reading.words[reading.from]!.index) &&
        !personAppositionAfter(reading.ctx, reading.chunk.field, reading.lastWord.index))) &&
    !reading.ctx.sports
  )
    return readAs(reading, 'place', 1);
  // Names no list knows that their context says are no person's (a person's name takes no article):
  // "won a fourth Copa Libertadores", "depend on the Syr Darya" (read by the article's other mentions, else
  // `other`); "Provincias Unidas, a group of centrist governors," and "Fosen Vind, owned by Statkraft," (an
  // apposition that calls it a body). (A side in a result is not: tennis results name players so.)
  if (ordinary === 0 && notPerson === 0) {
    // "attacks by Boko Haram": a body the team's list knows (entities/known-bodies.ts).
    if (
      knownBodyNamed(
        reading.chunk.text.slice(
          reading.words[reading.from]!.start - reading.chunk.start,
          reading.words[reading.to - 1]!.end - reading.chunk.start,
        ),
      )
    )
      return readAs(reading, 'organization', 3);
    // "Salgado Filho international airport".
    if (
      (reading.nextToken === 'international' || reading.nextToken === 'regional') &&
      lowerTokenText(reading.ctx, reading.chunk.field, reading.words[reading.to - 1]!.index + 2) === 'airport'
    )
      return readAs(reading, 'place', 1);
    // ("a Ronan O'Gara penalty", "a Pontiac G6 owner": before a noun the name is a modifier, maybe a person's.)
    if (
      !reading.personCue &&
      (ARTICLES.has(reading.prevToken) || ORDINALS.has(reading.prevToken)) &&
      !nounAfter(tokenText(reading.ctx, reading.chunk.field, reading.words[reading.to - 1]!.index + 1))
    )
      return readAs(reading, 'unknown', 0);
    if (
      reading.nextToken === ',' &&
      bodyAppositionAfter(reading.ctx, reading.chunk.field, reading.words[reading.to - 1]!.index + 1)
    )
      return readAs(reading, 'organization', 2);
  }
  // "Bafana Bafana", "Duran Duran": a word said twice names a side, a band or a town more often than a
  // person ("Sirhan Sirhan said" has its cue): a club on a sports page, else the article's other mentions
  // or `other` say.
  if (
    ordinary === 0 &&
    named === 0 &&
    reading.n === 2 &&
    reading.firstWord.lower === reading.lastWord.lower &&
    !reading.personVerb
  ) {
    // "Bafana Bafana beat Nigeria 2-1", "Bafana Bafana coach Hugo Broos".
    const side =
      reading.ctx.sports ||
      SQUAD_NOUNS.has(reading.nextToken) ||
      inResultSentence(reading.ctx, reading.chunk.field, reading.lastWord.index);
    return [
      candidate(
        reading.chunk,
        reading.from,
        reading.to,
        side ? 'organization' : 'unknown',
        side ? 1 : 0,
        reading.base,
      ),
    ];
  }
  // "75 Airbus A321neo jets", "the Boeing 777X": a word with a digit is a model's designation, no name's word
  // of a person's; the maker and the model name a thing.
  if (
    !reading.personCue &&
    reading.words.slice(reading.from, reading.to).some((w) => DIGIT_IN_WORD.test(w.core))
  )
    return readAs(reading, 'other', 1);
  // "Hindustan Unilever reported a 5% rise in quarterly profit", "Hyundai Rotem, which makes the K2 tank,":
  // words no list knows that report a firm's results or that "which" takes up as a maker are a firm.
  if (
    ordinary === 0 &&
    !reading.personCue &&
    (firmResultsAfter(reading.ctx, reading.chunk.field, reading.lastWord.index) ||
      // ("The refinery built by Aliko Dangote, which produces": after "by" or "of" the "which" is the noun's.)
      (reading.prevToken !== 'by' &&
        reading.prevToken !== 'of' &&
        makerClauseAfter(reading.ctx, reading.chunk.field, reading.lastWord.index)))
  )
    return readAs(reading, 'organization', 1);
  // "The Dusnov Kamiga proposed …", "a report to the Velmar Torvik": a name of words no list knows after "the" is a
  // body's (a band's, a paper's, a firm's); news writes a person's name without the article. A given name opening
  // the run keeps the person ("the Marc Dutroux case").
  // (Only where the two readings below would make a person: "the Nintendo DS", "the Salford MP" stay what they were.)
  if (
    ordinary === 0 &&
    named === 0 &&
    // (Only as the head: "The Dusnov Kamiga proposed", "to the Dusnov Kamiga last spring", not a modifier before a
    // noun, "The Bukayo Saka goal", "the Kelvane Morvane era": read54 R6.)
    headOfClause(tokenText(reading.ctx, reading.chunk.field, reading.lastWord.index + 1)) &&
    reading.n >= 2 &&
    reading.prevToken === 'the' &&
    !reading.personCue &&
    !reading.locative &&
    !reading.chunk.caseless &&
    !isGivenNameWord(reading.firstWord) &&
    !isPlaceWordOf(reading.lastWord) &&
    // ("the Velmar Torvik family", "the Kowalczyk brothers", "the Torvik case": a person's or a family's name.)
    !FAMILY_AFTER.has(reading.nextToken) &&
    // ("the Karmapa Lama", "the Kalu Rinpoche": a religious title closing the name holds a person.)
    !HELD_TITLE_LAST.has(reading.lastWord.lower)
  )
    return readAs(reading, 'organization', 0);
  // "Elf Aquitaine said it would sell the unit", "Velmar Torvik said on Monday it would cut 300 jobs": a firm's or a
  // body's "it" right after the verb of speech takes up a name of words no list knows for ordinary ones; a person of
  // such a name is taken up by "he" or "she" (the readings below). ("Brandt Jr. said it would hire 300 people": a
  // generation's suffix ends a person's name.)
  if (
    ordinary === 0 &&
    notPerson === 0 &&
    !reading.personCue &&
    !reading.chunk.caseless &&
    !NAME_SUFFIXES.has(reading.lastLower) &&
    !isGenerationSuffix(reading.lastWord.core) &&
    bodyOrFirmItAfter(reading.ctx, reading.chunk.field, reading.lastWord.index)
  )
    return readAs(reading, 'organization', 1);
  if (ordinary === 0 && named === 0) return readAs(reading, 'person', 0);
  // "Cosmin Contra", "Gunhild Halle": no ordinary word, nothing foreign to a person's name, and a
  // last word that is no place of its own: a person whose given name the lists miss.
  if (
    ordinary === 0 &&
    notPerson === 0 &&
    reading.n <= 4 &&
    // ("Delcy Rodríguez": a patronymic surname a town bears too.)
    (!isPlaceWordOf(reading.lastWord) || isPatronymicSurname(reading.lastWord.core)) &&
    !reading.locative
  )
    return readAs(reading, 'person', 0);
  // "at Old Trafford", "at the Brown Deer Park Golf Course", "in Tunbridge Wells": a name of no known
  // kind where one is, that names no event, is a place.
  if (
    ordinary > 0 &&
    VENUE_PREPOSITIONS.has(
      reading.prevToken === 'the'
        ? lowerTokenText(reading.ctx, reading.chunk.field, reading.words[reading.from]!.index - 2)
        : reading.prevToken,
    ) &&
    !wordIs(reading.words[reading.to - 1]!, W_NAMED_DAY) &&
    !reading.words
      .slice(reading.from, reading.to)
      .some((w) => wordIs(w, W_EVENT_HEAD) || EVENT_WORDS.has(w.lower)) &&
    // "in the Formula One championship", "in the Premier League season": the name of a competition.
    !EVENT_HEADS.has(reading.nextToken) &&
    !EVENT_WORDS.has(reading.nextToken) &&
    !COMPETITION_AFTER.has(reading.nextToken)
  )
    return readAs(reading, 'place', 1);
  // "Union Pacific agrees deal", "National Grid said": a body's adjective before one more word names a
  // firm or a body (an event's, a day's or a place's head word has been read above).
  if (
    reading.n === 2 &&
    !reading.personCue &&
    BODY_ADJECTIVES.has(reading.firstWord.lower) &&
    !NOT_BODY_AFTER.has(reading.lastWord.lower) &&
    !wordIs(reading.lastWord, W_EVENT_HEAD) &&
    !wordIs(reading.lastWord, W_NAMED_DAY) &&
    !wordIs(reading.lastWord, W_PLACE_HEAD)
  )
    return readAs(reading, 'organization', 1);
  // "Tiger Woods said he", "21-year-old Tiger Woods carded 68": two ordinary words no list knows for a name's,
  // that a person's pronoun, age or apposition takes up, are a person's given name and surname.
  if (
    reading.n === 2 &&
    ordinary > 0 &&
    !reading.chunk.caseless &&
    !reading.locative &&
    // ("Moreau's Academy Award win lifted her career", "the BBC's Money Hour": an event's words.)
    !reading.words.some((w) => wordIs(w, W_EVENT_HEAD) || EVENT_WORDS.has(w.lower)) &&
    ordinaryWordsNamePerson(
      reading.ctx,
      reading.chunk.field,
      reading.firstWord.index,
      reading.lastWord.index,
      // ("Standard Life said he would stay": after a verb of speech the pronoun may be the one spoken of.)
      () => !reading.personVerb && (reading.nextBits & SPEAKER_VERB) === 0 && reading.pronounPerson(),
    )
  )
    return readAs(reading, 'person', 1);
  return readAs(reading, 'unknown', 0);
}

/** Nouns after a surname that name its family or its case: "the Torvik family", "the Kowalczyk brothers". */
const FAMILY_AFTER = new Set(
  'family families clan household dynasty brothers sisters twins couple case affair trial murder killing'.split(
    ' ',
  ),
);

/** Religious titles a person's name ends with after "the": "the Dalai Lama", "the Karmapa Lama", "the Kalu Rinpoche". */
const HELD_TITLE_LAST = new Set(['lama', 'rinpoche']);

/** Verbs a body's name is the subject of right after it, without the "-ed" of most past forms. */
const HEAD_VERBS = new Set(
  'said says is was are were has had have will would could can may might must beat beats won wins lost loses told tells took takes'.split(
    ' ',
  ),
);
/**
 * Whether the token after a name makes the name the head of its phrase: no word (punctuation, the end), a
 * capitalised word, a function word ("last", "in"), a past form in "-ed" or a verb of HEAD_VERBS; not a lower-case
 * noun, which the name modifies ("the Saka goal").
 */
function headOfClause(next: string): boolean {
  if (next === '' || !LOWER_START.test(next)) return true;
  return FUNCTION_WORDS.has(next) || next.endsWith('ed') || HEAD_VERBS.has(next) || next === 'last';
}
const LOWER_START = /^[a-z]/;
