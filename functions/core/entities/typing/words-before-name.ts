// The words that open a run before its name: typeAfterLead's stages, which classify.ts runs in this order on one
// RunOpening: a sentence's opening and function words, an office's domain, the titles before a holder, a title
// written just before the run, then the cues around the name. classify.ts then reads the name that is left
// (typeNamedSpan).

import { lookupPlace } from '../../countries/gazetteer.js';
import { endsWithText } from '../../text/chars.js';
import { startsLower } from '../../text/letters.js';
import { type Chunk, chunkWith, type Word } from '../chunk.js';
import { UNION_MEMBER_HEADS } from '../chunking/known-names.js';
import { isClubLead } from '../city-in-club-name.js';
import { knownBodyNamed } from '../known-bodies.js';
import {
  GAZETTEER,
  isBrandWord,
  isGivenName,
  isLowerWord,
  NAME_PARTICLES,
  NOBLE_TITLES,
  OFFICES_NAMED_LIKE_BODIES,
} from '../lexicon.js';
import { isTitleCase } from '../title-case.js';
import {
  gazetteerOfWord,
  isGivenNameWord,
  isKnownSurnameWord,
  isLowerWordWord,
  placeOfWord,
  startsLongerNameWord,
} from '../word-facts.js';
import { hasOrgLeadOf, knownBody, partyMembers } from './bodies-and-parties.js';
import { candidate, lookup, NO_CONTEXT, placeOfSpan } from './candidates.js';
import {
  type Candidate,
  type Context,
  lowerTokenText,
  norm,
  startsWithCapital,
  tokenText,
} from './context.js';
import { COMPANY_BEFORE, EVENT_HEADS, isPartyLabelPlural, PERSON_VERBS } from './cue-words.js';
import { EPONYM_EVENT_HEADS } from './events-and-works.js';
import { FIRM_KINDS, firmBrandAt } from './firm-cues-around.js';
import { firmResultsAfter } from './firm-deeds.js';
import { playerOrManagerOwns, teamBeforeItsPlayer } from './match-reports.js';
import { outletReportsAfter } from './news-outlets.js';
import { bodyNamedByWordAt } from './one-word.js';
import { labelInCapitals } from './page-furniture.js';
import {
  afterMalayTitle,
  ageAfter,
  CAPITAL_PARTICLES,
  familyNameHe,
  MALAY_HONORIFICS,
  MALAY_TITLES,
  NAME_HONORIFICS,
  nameLike,
  ordinarySurnameAlone,
  spelledByBracketAfter,
  TITLES_BEFORE_HONORIFIC_ONLY,
  tradeBeforePerson,
  twoNameWords,
} from './person-cues.js';
import {
  constituencyInBrackets,
  isNationalEntry,
  isNationalWordOf,
  isTownWord,
  LIST_JOINERS,
  naturalPlaceLeadOpens,
  ordinaryBeforeTown,
  placeAfterStricken,
  regionAfterTown,
  seatAfterMemberFor,
} from './place-cues.js';
import { afterPluralOffice } from './plural-titles.js';
import { firmItAfter, thingPronounNext } from './pronouns.js';
import { sportBodyName } from './sport-bodies.js';
import { clubOpensSentence } from './sports-context.js';
import { titleInside } from './title-inside.js';
import {
  abbreviatedMinisterAt,
  bodyBeforeTitleEnd,
  clubAfterTitle,
  DUTCH_PORTFOLIO_WORDS,
  headOfBefore,
  ministersDomain,
  officeOfBefore,
  officeSpelledOut,
  ordinaryWordsAfter,
  PORTFOLIO_WORDS,
  portfolioAfterAcronym,
  portfolioBeforeAndTitle,
  titleStartOf,
  titlesJoinedAfter,
} from './titles-and-offices.js';
import { TITLE_MODIFIER, TITLE_WORD, tokenBits } from './token-bits.js';
import { auxiliaryOpensQuestion } from './transcripts.js';
import { isUniversityWord } from './universities.js';
import {
  S_ACRONYM,
  S_INITIALS,
  shapeIs,
  W_FUNCTION,
  W_NAME_DESCRIPTOR,
  W_ORG_HEAD,
  W_PARTY_LABEL,
  W_PARTY_MEMBERS,
  W_PARTY_WORD,
  W_PLACE_HEAD,
  W_PLACE_LEAD,
  W_TITLE,
  W_TITLE_MODIFIER,
  wordIs,
} from './word-tests.js';

/**
 * Offices and people of a town, written in lower case after its name: "Opposition Istanbul mayor Ekrem Imamoglu",
 * "Veteran Nairobi politician …". A club's staff ("Real Madrid coach") are none of them.
 */
const TOWNS_OFFICES = new Set(
  `mayor mayors governor governors politician politicians lawmaker lawmakers legislator legislators councillor
  councillors councilor councilors mp mps senator congressman congresswoman assemblyman assemblywoman prefect
  premier candidate activist activists prosecutor prosecutors official officials police mayoral gubernatorial`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Words that name a town's greater area before it ("Metro Manila police", "Greater Lagos officials"): the two words
 * are one place, no descriptor and a town.
 */
const AREA_LEADS = new Set('metro metropolitan greater downtown central inner outer'.split(' '));
/** Of those, the words that name the area with the town: "Metro Manila", "Greater Sydney" (classify.ts reads them). */
export const METRO_LEADS = new Set(['metro', 'metropolitan', 'greater']);

/**
 * "Opposition Istanbul mayor Ekrem Imamoglu", "Jailed Istanbul mayor …", "Centrist Bucharest mayor …": a run of two
 * words opening the sentence (maybe after "The"), a town the lists know, then an office or a person of a town in
 * lower case. The first word describes that person and opens no name (a club's, "Real Madrid coach", has no mayor);
 * so does a party's adjective ("Republican Atlanta mayor", "The Democrat Chicago mayor"). Not a town of two words
 * ("New York mayor"), not a word naming the town's area or a place itself ("Metro Manila police", "Greater Lagos
 * officials", "North Carolina governor"), not a club's first word ("Dynamo Kiev officials"), not a given name, a
 * surname or a word the lists give another kind ("Labour London mayor" keeps the party).
 */
function descriptorBeforeTownsOffice(
  ctx: Context,
  chunk: Chunk,
  words: readonly Word[],
  from: number,
  to: number,
): boolean {
  if (to - from !== 2 || !chunk.initial || chunk.caseless) return false;
  if (from === 1 && words[0]!.lower !== 'the') return false;
  const [first, town] = [words[from]!, words[from + 1]!];
  return (
    TOWNS_OFFICES.has(lowerTokenText(ctx, chunk.field, town.index + 1)) &&
    town.index === first.index + 1 &&
    isTownWord(town) &&
    (wordIs(first, W_PARTY_LABEL) || gazetteerOfWord(first) === undefined) &&
    !AREA_LEADS.has(first.lower) &&
    !wordIs(first, W_PLACE_LEAD) &&
    !isClubLead(first.lower) &&
    !isGivenNameWord(first) &&
    !isKnownSurnameWord(first) &&
    placeOfWord(first) === undefined &&
    lookupPlace(`${first.core} ${town.core}`) === undefined
  );
}

/**
 * Endings of words that describe a person and that the compact lexicon often lacks: "Populist", "Centrist",
 * "Libertarian", "Incumbent", "Hardliner", "Paceman", "Scrumhalf", "Conservative".
 */
const DESCRIPTOR_ENDING = /^[A-Z][a-z]{3,}(?:ist|ian|ent|ant|ner|ter|ker|man|half|ive)$/;
/**
 * Of those, the endings that no people's or town's adjective has ("Dresdner Kleinwort", "Wiener …", "Christian …"
 * end so): the others describe only before a given name.
 */
const DESCRIPTOR_ENDING_ALONE = /(?:ist|ive|liner|man|half)$/;

/**
 * Whether the word `w` opening a sentence describes the person named by the rest of the run (`from` + 1 to `to`,
 * two or more words): `w` is an ordinary word, or a word no list knows with a descriptor's ending, that the story
 * does not capitalise inside a sentence and that opens no longer listed name ("New York Newsdesk"); the rest opens with a given name or a word no list knows and holds no
 * body's, place's or event's head, no listed name and no ordinary word before its last ("Grand Theft Auto",
 * "Standard Chartered Bank", "Credit Suisse First Boston" stay whole).
 */
function descriptorOpensName(
  ctx: Context,
  w: Word,
  words: readonly Word[],
  from: number,
  to: number,
): boolean {
  if (w.possessive || gazetteerOfWord(w) !== undefined || isGivenNameWord(w) || isKnownSurnameWord(w))
    return false;
  // ("Developer Taylor Wimpey said it …", "Broadcaster ITV said": a firm's trade is read by the rule of firms' kinds.)
  if (COMPANY_BEFORE.has(w.lower)) return false;
  const ordinary = isLowerWordWord(w);
  if (!ordinary && !DESCRIPTOR_ENDING.test(w.core)) return false;
  if (ctx.seen.capitalisedInside.has(w.lower) || wordIs(w, W_TITLE) || startsLongerNameWord(w)) return false;
  const first = words[from + 1]!;
  // ("Marine Le Pen said", "Rose Van Dyke": a surname's particle right after the word makes it a given name.)
  if (NAME_PARTICLES.has(first.lower)) return false;
  if (
    !isGivenNameWord(first) &&
    (isLowerWordWord(first) || !(ordinary || DESCRIPTOR_ENDING_ALONE.test(w.core)))
  )
    return false;
  for (let i = from + 1; i < to; i++) {
    const x = words[i]!;
    if (
      !x.capitalised ||
      x.index !== words[i - 1]!.index + 1 ||
      wordIs(x, W_ORG_HEAD) ||
      wordIs(x, W_PLACE_HEAD) ||
      EVENT_HEADS.has(x.lower) ||
      (!isGivenNameWord(x) && !PERSONS_KINDS.has(gazetteerOfWord(x)?.kind ?? 'none')) ||
      (i < to - 1 && isLowerWordWord(x) && !isGivenNameWord(x))
    )
      return false;
  }
  return true;
}

/** Head words of horse races' names: "the Champion Stakes", "the Lincoln Handicap", "the Champion Hurdle". */
const RACE_HEADS = new Set(['stakes', 'handicap', 'hurdle', 'guineas']);

/** Listed kinds of a word that may stand in a person's name (none, a person's, a group word such as "Kaiser"). */
const PERSONS_KINDS = new Set(['none', 'person', 'group']);

/** Words before a name that place it: "won at The Curragh", "played in The Hague". */
const AT_OR_IN = new Set(['at', 'in']);

/**
 * The type of "The" and the one word after it, a name whose "The" is capitalised inside a sentence: a ground on a
 * sports page after "at" or "in" ("at The Oval", "at The Curragh"). Undefined elsewhere (off the sports pages such a
 * "The" opens papers, bands and works alike: "told The Economist", "The Aviator", "The Streets"), where the word is a
 * listed name, a given name or an event's head ("won The Open"), or where "of" goes on ("at The Lord of …").
 */
function theInName(ctx: Context, chunk: Chunk, words: readonly Word[]): 'place' | undefined {
  const name = words[1]!;
  const prev = tokenText(ctx, chunk.field, words[0]!.index - 1);
  if (!ctx.sports || !AT_OR_IN.has(prev) || name.index !== words[0]!.index + 1) return undefined;
  if (
    !name.capitalised ||
    EVENT_HEADS.has(name.lower) ||
    isGivenNameWord(name) ||
    gazetteerOfWord(name) !== undefined ||
    placeOfWord(name) !== undefined ||
    DIGIT_OR_INITIAL.test(name.core)
  )
    return undefined;
  return lowerTokenText(ctx, chunk.field, name.index + 1) === 'of' ? undefined : 'place';
}
const DIGIT_OR_INITIAL = /\d|^[A-Z]\.?$/;

/** Members' titles of parliaments, in capitals before a name ("Labour MP Jess Phillips", "Sinn Féin TD …"). */
const MEMBERS_TITLES = new Set(['TD', 'MP', 'MEP', 'MSP', 'MLA']);

/** A street's word after a title: "Queen Street", "King Road" (not "Mayor Park", a person). */
const STREET_WORDS = new Set('street road avenue boulevard square plaza lane quay'.split(' '));

/** Titles of royals that airports, universities, mosques and bridges are named after, with the royal's name. */
const ROYALS_TITLES = new Set('king queen prince princess sheikh sheik emir sultan'.split(' '));

/** What a firm has, after its name: stores, staff, shoppers ("King Soopers stores"). */
const FIRMS_SITES_AND_PEOPLE = new Set(
  'store stores shop shops supermarket supermarkets outlets branches locations pharmacies workers employees staff shoppers customers'.split(
    ' ',
  ),
);

/** A word in "-s" that no list knows as a given name, a surname, an ordinary word or a place ("Soopers"). */
function pluralUnknownName(w: Word): boolean {
  return (
    endsWithText(w.lower, 's') &&
    !isGivenNameWord(w) &&
    !isKnownSurnameWord(w) &&
    !isLowerWordWord(w) &&
    gazetteerOfWord(w) === undefined &&
    !w.possessive
  );
}

/** Whether a place's or a body's head word stands among `words` from `at` to `to` ("… International Airport"). */
function headAfterName(words: readonly Word[], at: number, to: number): boolean {
  for (let i = at; i < to; i++)
    if (wordIs(words[i]!, W_PLACE_HEAD) || wordIs(words[i]!, W_ORG_HEAD)) return true;
  return false;
}

/**
 * The plural endings of people and things ("Lawmakers", "Separatists", "Insurgents", "Casualties"): a word so
 * ending that no list knows is a common noun the compact lexicon lacks.
 */
const UNLISTED_PLURAL = /^[A-Z][a-z]{2,}(?:ers|ors|ists|ents|ants|ies)$/;

/** Words that count a party's members, not name a party: "Two House Republicans", "Other Democrats". */
const COUNTING_WORDS = new Set(
  'two three four five six seven eight nine ten dozens several some many most few other others both all more fellow'.split(
    ' ',
  ),
);

/**
 * A run that typeChunk's first rules left to `typeAfterLead`: where its name starts past the words that open it
 * (`from`), and whether those words or the ones around it cue a person (`personCue`); the stages move both on.
 */
export interface RunOpening {
  readonly chunk: Chunk;
  readonly ctx: Context;
  readonly words: readonly Word[];
  readonly to: number;
  /** A company's name by its last word ("Gulf Applied Technologies Inc"): its first word stays. */
  readonly orgShaped: boolean;
  from: number;
  personCue: boolean;
}

/** A word of two capitals: "AT" of "AT & T". */
const TWO_CAPITALS = /^[A-Z]{2}$/;
/** A single capital: "T" of "AT & T". */
const ONE_CAPITAL = /^[A-Z]$/;

/**
 * The words that open the run before its name and are no part of it (leading function words, a sentence's opening
 * ordinary word, descriptors, party labels, plural offices, kinds of firm): `opening.from` moves past them, and
 * `opening.personCue` is set where they say a person follows; some runs are typed here whole.
 */
export function openingWordsDropped(opening: RunOpening): Candidate[] | undefined {
  const { chunk, ctx, words, to, orgShaped } = opening;
  let from = opening.from;
  let personCue = opening.personCue;
  // "Credit Lyonnais raised its rating", "Credit Foncier said": "Credit" before a name that is no English word opens
  // a French or Swiss bank's name ("Credit Suisse", "Credit Agricole"), not an ordinary word opening the sentence
  // or a place's name ("Lyonnais").
  if (
    from === 0 &&
    to >= 2 &&
    words[0]!.lower === 'credit' &&
    !chunk.caseless &&
    words[1]!.index === words[0]!.index + 1 &&
    !isLowerWordWord(words[1]!) &&
    // ("branch manager of Credit Suisse Paul Hofer": a person's name glued on after the bank's is no part of it.)
    !words.slice(1, to).some((w) => isGivenNameWord(w))
  )
    return [candidate(chunk, 0, to, 'organization', 2, NO_CONTEXT)];
  while (from < to) {
    const w = words[from]!;
    const lower = w.lower;
    // This word opens a sentence (or a quotation), capitalised by convention, on a line not in capitals only: the
    // last four stages below ask it. Read afresh each pass: `from` moves on as words are dropped, and only the
    // run's first word (`from === 0`) can open the sentence.
    const opensSentence = from === 0 && chunk.initial && !chunk.caseless;
    // "More than 300", "The": function words are not names, unless a surname follows ("Will Smith").
    // "WHO" in mixed-case text is the organisation; the pronoun is not written in capitals.
    const acronym =
      !chunk.caseless &&
      w.core.length >= 3 &&
      shapeIs(w, S_ACRONYM) &&
      !(from + 1 < to && shapeIs(words[from + 1]!, S_ACRONYM));
    // "the All England Club", "All Nippon Airways": "All" written with a capital inside a sentence
    // opens a name, and so it does after a sentence's opening "The" ("The All Progressives Congress said").
    const allInName =
      lower === 'all' &&
      (from === 0 ? !chunk.initial : from === 1 && words[0]!.lower === 'the') &&
      !chunk.caseless &&
      to - from > 1;
    // "MS Dhoni": "MS" in capitals without a period, before a name in mixed-case text, is initials.
    const initialsMs = w.core === 'MS' && !chunk.caseless && to - from > 1;
    // "AT & T Corp said": two capitals, a spaced ampersand and one capital in mixed-case text are a firm's letters,
    // no "at" ("US & Canada sales" is left as it was).
    const lettersAmpersand =
      !chunk.caseless &&
      to - from > 1 &&
      TWO_CAPITALS.test(w.core) &&
      tokenText(ctx, chunk.field, w.index + 1) === '&' &&
      ONE_CAPITAL.test(words[from + 1]!.core);
    // "won at The Curragh", "at The Oval": on a sports page, "The" written with a capital inside a sentence, after "at"
    // or "in", is the ground's own (a sentence's, a quotation's or a heading's opening "The" follows no such word).
    if (from === 0 && w.core === 'The' && to === 2 && !chunk.initial && !chunk.caseless) {
      const named = theInName(ctx, chunk, words);
      if (named !== undefined) return [candidate(chunk, 0, 2, named, 2, NO_CONTEXT)];
    }
    // "Chief Minister A Revanth Reddy": the initial the chunker joined after a capitalised title (undotted-initials.ts).
    const initialA =
      from === 0 &&
      w.core === 'A' &&
      to >= 3 &&
      startsWithCapital(tokenText(ctx, chunk.field, w.index - 1)) &&
      (tokenBits(ctx, chunk.field, w.index - 1) & TITLE_WORD) !== 0;
    if (
      wordIs(w, W_FUNCTION) &&
      !acronym &&
      !initialA &&
      !allInName &&
      !initialsMs &&
      !lettersAmpersand &&
      (!isGivenNameWord(w) || to - from === 1 || auxiliaryOpensQuestion(ctx, chunk, from, to)) &&
      !familyNameHe(chunk, from, to)
    ) {
      from++;
      continue;
    }
    // "SOURCE Nimbus Labs", "PHOTO Reuters": a page's or a release's label in capitals opens no name.
    if (from === 0 && to > 1 && !chunk.caseless && labelInCapitals(w, words[1]!)) {
      from++;
      continue;
    }
    // "Former Theranos Inc president …", "Rival Honda Motor Co": words that describe a name do not
    // start one.
    if (wordIs(w, W_NAME_DESCRIPTOR) && to - from > 1) {
      from++;
      continue;
    }
    if (from <= 1 && descriptorBeforeTownsOffice(ctx, chunk, words, from, to)) {
      from++;
      continue;
    }
    // "Ex-Yankee Randy Velarde", "Ex-Beatle Paul McCartney": an "Ex-" word before a given name says what
    // the person was; no name starts with it ("Ex-Cell-O Corp" has no given name after it).
    if (
      to - from > 2 &&
      lower.charCodeAt(0) === 101 &&
      lower.startsWith('ex-') &&
      isGivenNameWord(words[from + 1]!)
    ) {
      from++;
      personCue = true;
      continue;
    }
    // "Republican Bob Dole", "Democrat Raphael Warnock": a party label before a person's full name, and
    // its plural before a list of them ("defeated Republicans Tim Echols and Fitz Johnson").
    if (
      (wordIs(w, W_PARTY_LABEL) || isPartyLabelPlural(lower)) &&
      to - from > 2 &&
      (isGivenNameWord(words[from + 1]!) || twoNameWords(words, from + 1, to))
    ) {
      from++;
      continue;
    }
    // "after Presidents Felix Tshisekedi and Paul Kagame met", "Prime Ministers Keir Starmer and Mark Carney".
    const holder = afterPluralOffice(words, from, to);
    if (holder > 0) {
      from = holder;
      personCue = true;
      continue;
    }
    // "The Democrats had fled", "Another Republican said": the party's members after a dropped word.
    if (to - from === 1 && wordIs(w, W_PARTY_MEMBERS) && !chunk.caseless) return partyMembers(chunk, from);
    // "Christian Democrats", "Liberal Democrats", "Senate Republicans": a party or a party's members in
    // a chamber or a state, named with their plural.
    if (
      to - from > 1 &&
      to - from <= 3 &&
      !chunk.caseless &&
      wordIs(words[to - 1]!, W_PARTY_MEMBERS) &&
      endsWithText(words[to - 1]!.lower, 's') &&
      !words.slice(from, to - 1).some((x) => x.possessive || COUNTING_WORDS.has(x.lower))
    )
      return [candidate(chunk, from, to, 'organization', 2, NO_CONTEXT)];
    // "Carmakers Stellantis and Renault said": the kinds of firm opening a sentence before a list of names
    // are no part of the first name ("Manufacturers Hanover said" is a bank's name).
    if (
      opensSentence &&
      to - from > 1 &&
      endsWithText(lower, 's') &&
      FIRM_KINDS.has(lower) &&
      !orgShaped &&
      !hasOrgLeadOf(words, from, to) &&
      LIST_JOINERS.has(tokenText(ctx, chunk.field, words[to - 1]!.index + 1))
    ) {
      from++;
      continue;
    }
    // "Two Munster players were questioned", "Four Toyota plants will close": a number opening the sentence before one
    // name the lists know, then a word in lower case, counts that word's things and is no word of the name ("Four
    // Seasons said", "Three Gorges Dam": no list knows their second word alone). Read as an ordinary word, the number
    // was kept as a title-case name's first word.
    if (
      opensSentence &&
      to - from === 2 &&
      COUNTING_WORDS.has(lower) &&
      (placeOfWord(words[from + 1]!) !== undefined || gazetteerOfWord(words[from + 1]!) !== undefined) &&
      startsLower(tokenText(ctx, chunk.field, words[from + 1]!.index + 1))
    ) {
      from++;
      continue;
    }
    // "Lawmakers Ted Cruz and Josh Hawley objected", "Separatists Polisario said", "Casualties Ahmed Ali and …":
    // a plural of people or things the compact lexicon lacks, opening the sentence before a name, is the noun
    // of the phrase, no word of the name, where the story never capitalises it inside a sentence (ents46).
    if (
      opensSentence &&
      to - from > 1 &&
      UNLISTED_PLURAL.test(w.core) &&
      // ("Vickers da Costa Ltd", "Struthers Wells Corp": a firm's name, closed by its head word.)
      !orgShaped &&
      !isLowerWordWord(w) &&
      !isGivenNameWord(w) &&
      !isKnownSurnameWord(w) &&
      gazetteerOfWord(w) === undefined &&
      !ctx.seen.capitalisedInside.has(lower) &&
      !hasOrgLeadOf(words, from, to)
    ) {
      from++;
      continue;
    }
    // "Populist Andrej Babis won", "Hardliner Itamar Ben-Gvir threatened", "Prop Tadhg Furlong was injured": a word
    // opening the sentence that describes a person (an adjective's or an agent's ending the lists lack, or an
    // ordinary word), before a name of two or more words, is no word of the name, where the story never capitalises
    // it inside a sentence.
    if (opensSentence && to - from >= 3 && descriptorOpensName(ctx, w, words, from, to)) {
      // (An ordinary word before a word no list knows may open a work's or a firm's name: "Grand Theft Auto".)
      personCue ||= !isLowerWordWord(w) || isGivenNameWord(words[from + 1]!);
      from++;
      continue;
    }
    // "Bookmaker William Hill said", "Planemaker Boeing said": the kind of firm opening the sentence
    // before a name that is no ordinary word names the firm, as it does in lower case.
    if (
      opensSentence &&
      to > 1 &&
      COMPANY_BEFORE.has(lower) &&
      !isLowerWordWord(words[1]!) &&
      !orgShaped &&
      !(tradeBeforePerson(lower, words, 1, to) && !thingPronounNext(ctx, chunk.field, words[to - 1]!.index))
    )
      return [candidate(chunk, 1, to, 'organization', 2, NO_CONTEXT)];
    const particleNext =
      to - from > 2 && words[from + 1]!.index === w.index + 1 && !words[from + 1]!.capitalised;
    if (
      opensSentence &&
      !particleNext &&
      !lettersAmpersand &&
      // "ICE detained 475 workers", "SEC sued the exchange": an acronym in capitals on a line in mixed case is
      // no ordinary word opening the sentence ("Ice", "Sec" would be); a function word in capitals ("AND the
      // winner is") is the word unless it names a body ("WHO said the outbreak was over").
      // ("VOTE Was she right to leave?": a label in capitals before a capitalised word is still read as a word; not in
      // a title-case headline, which capitalises every word: "WHO Warns of Measles Surge".)
      !(
        acronym &&
        (!wordIs(w, W_FUNCTION) || knownBodyNamed(w.core) !== undefined) &&
        (!startsWithCapital(tokenText(ctx, chunk.field, w.index + 1)) ||
          (chunk.field === 'title' && !ctx.doc.titleIsAllCaps && isTitleCase(ctx.doc.title)))
      ) &&
      isLowerWordWord(w) &&
      (!nameLike(w, ctx) ||
        ordinarySurnameAlone(ctx, chunk, w, to - from) ||
        // "Born Charles Robert Redford Jr. in …": an ordinary word (here also a surname, Max Born's)
        // before a given name opens the sentence, not the name.
        // ("Born Frank Owen Goldberg in Toronto": a given name spelled like an ordinary word, before a
        // second given name.)
        (to - from > 2 &&
          isGivenNameWord(words[from + 1]!) &&
          (!isLowerWordWord(words[from + 1]!) ||
            (to - from > 3 && isGivenNameWord(words[from + 2]!) && !isLowerWordWord(words[from + 2]!))) &&
          !isGivenNameWord(w))) &&
      // "Chief Executive Lena Marsh said": a title opening the sentence is read as one mid-sentence is.
      !(wordIs(w, W_TITLE) && to - from > 1) &&
      // "Oxford and Cambridge rose in the rankings": a university named by one word (typing/universities.ts).
      !(to - from === 1 && isUniversityWord(lower)) &&
      // "Metro Cebu police", "Greater Sydney residents": a word of a town's area before the town opens its name.
      !(
        to - from === 2 &&
        METRO_LEADS.has(lower) &&
        (isTownWord(words[from + 1]!) || gazetteerOfWord(words[from + 1]!)?.kind === 'place')
      ) &&
      // "Apple reported", "Shell said": a brand named by an ordinary word, before a verb of firms.
      !(to - from === 1 && firmBrandAt(ctx, chunk, from)) &&
      // "Punch reported that", "Vanguard reported on Monday": an outlet named by an ordinary word (news-outlets.ts).
      !(to - from === 1 && outletReportsAfter(ctx, chunk.field, w.index)) &&
      // "Paramount Skydance had made a rival bid": a brand named by an ordinary word before a word no list
      // knows (no ordinary word, given name, surname or place) opens the firm's longer name.
      !(to - from === 2 && brandBeforeUnknownWord(w, words[from + 1]!)) &&
      // "Unite said it would ballot its members", "Unite, Britain's biggest union,": a body named by an
      // ordinary word, which its "it" or "its" or an apposition takes up at once.
      !(to - from === 1 && bodyNamedByWordAt(ctx, chunk.field, w)) &&
      // "Water UK said", "Energy UK warned": an ordinary word before a country's initials, the run followed
      // by its verb of speech, names a body of that country's trade ("Overall UK inflation" is no speaker).
      !(
        to - from === 2 &&
        shapeIs(words[1]!, S_ACRONYM) &&
        gazetteerOfWord(words[1]!)?.kind === 'country' &&
        PERSON_VERBS.has(lowerTokenText(ctx, chunk.field, words[1]!.index + 1))
      ) &&
      // "He Jiankui said": the family name He opening a sentence ("Ma Huateng, …": an English word's, apposed).
      !familyNameHe(chunk, from, to, tokenText(ctx, chunk.field, words[to - 1]!.index + 1) === ',') &&
      // "Business Unity South Africa (Busa) estimated": the acronym in brackets spells the whole name.
      !(to - from > 1 && spelledByBracketAfter(ctx, chunk, from, to)) &&
      // "Marine Le Pen told supporters": an ordinary word before a surname that opens with a capitalised
      // particle is a given name ("Le Pen" alone would read as a paper, like "Le Monde").
      !(
        to - from === 3 &&
        words[from + 1]!.capitalised &&
        CAPITAL_PARTICLES.has(words[from + 1]!.lower) &&
        words[from + 2]!.capitalised
      ) &&
      // "-- New York Energy Desk": an ordinary word that opens a place's name with the next one opens
      // the longer name too.
      !(to - from > 2 && lookupPlace(`${w.core} ${words[from + 1]!.core}`) !== undefined) &&
      // "Mount Merapi erupted": a mountain's lead opens its name.
      !naturalPlaceLeadOpens(words, from, to) &&
      // "United Arab Emirates President …": and a place's name of three words.
      !(
        to - from > 3 &&
        lookupPlace(`${w.core} ${words[from + 1]!.core} ${words[from + 2]!.core}`) !== undefined
      ) &&
      // "Statistics Canada said": a listed body's name opened by an ordinary word.
      !(
        to - from > 1 &&
        knownBodyNamed(chunk.text.slice(w.start - chunk.start, words[to - 1]!.end - chunk.start))
      ) &&
      // "Cricket Australia said": a sport's body opened by the sport (ents41).
      !sportBodyName(words, from, to)
    ) {
      // "Arsenal won 2-1.", "Arsenal manager Mikel Arteta": a club named by an ordinary word.
      if (to === 1 && clubOpensSentence(ctx, chunk, w))
        return [candidate(chunk, 0, 1, 'organization', 2, NO_CONTEXT)];
      // "Major League Baseball", "Red Cross": a title-case name of ordinary words keeps its first word.
      // "Wall St ends higher": a street's abbreviation after the word is a place head like "Street".
      // "Turning Point USA said": and so does one whose last word is a country's name or abbreviation.
      // "Supreme Court Justice Samuel Alito wrote": a body of ordinary words before a title keeps its
      // first word too; the title then parts the body from the holder.
      // "Breaking Labour's manifesto promise": a verb's -ing form before a listed body's possessive is no
      // word of its name.
      const gerundBeforeOwner =
        to - from === 2 &&
        endsWithText(lower, 'ing') &&
        words[to - 1]!.possessive &&
        (knownBody(words[to - 1]!.core) || wordIs(words[to - 1]!, W_PARTY_WORD));
      const titleCaseName =
        to - from > 1 &&
        !gerundBeforeOwner &&
        words.slice(from + 1, bodyBeforeTitleEnd(words, from, to)).every(
          (x, i) =>
            // "Neighbors Brazil, Argentina and Peru": a country named like an ordinary word (brazil,
            // china, turkey) after the sentence's first word is the country, not a name's last word.
            (isLowerWordWord(x) && gazetteerOfWord(x)?.kind !== 'country') ||
            wordIs(x, W_PLACE_HEAD) ||
            (i > 0 &&
              from + 1 + i === to - 1 &&
              gazetteerOfWord(x)?.kind === 'country' &&
              (shapeIs(x, S_ACRONYM) || x.core.includes('.'))),
        );
      if (
        !(isGivenNameWord(w) && to - from > 1) &&
        !titleCaseName &&
        !ordinaryBeforeTown(words, from, to) &&
        !orgShaped &&
        !hasOrgLeadOf(words, from, to)
      ) {
        from++;
        continue;
      }
    }
    break;
  }
  opening.from = from;
  opening.personCue = personCue;
  return undefined;
}

/** A title of nobility with its place ("the Duke of York"), or an office's domain opening the run before its holder. */
export function officeDomainOpens(opening: RunOpening): Candidate[] | undefined {
  const { chunk, ctx, words, to } = opening;
  let from = opening.from;
  let personCue = opening.personCue;
  // "the Duke of York", "Prince of Wales": a title of nobility with "of" and its place is one person.
  if (to - from >= 3 && NOBLE_TITLES.has(words[from]!.lower) && words[from + 1]!.lower === 'of')
    return [candidate(chunk, from, to, 'person', 2, NO_CONTEXT)];
  // "Secretary of State Marco Rubio", "Chancellor of the Exchequer Rachel Reeves": the office's domain
  // opens the run, the holder's name follows it.
  if (from === 0 && to > 1 && officeOfBefore(ctx, chunk.field, words[0]!.index)) {
    // Up to the holder's given name, else over the domain's ordinary words ("Secretary of State Rubio").
    let end = words.findIndex((w, i) => i > 0 && i < to - 1 && isGivenNameWord(w));
    // After "for" only a given name tells where the holder starts ("MP for West Ham", "Secretary for
    // East Asia" name a seat or a brief, no one).
    // "Minister for Finance Paschal Donohoe", "Commissioner for Trade Maroš Šefčovič": ordinary words of
    // the brief, then two or more words none of which is ordinary, are the brief and the holder's name.
    if (end < 0 && lowerTokenText(ctx, chunk.field, words[0]!.index - 1) === 'for') {
      end = 0;
      while (end < to - 1 && isLowerWordWord(words[end]!)) end++;
      if (end === 0 || to - end < 2 || words.slice(end).some((w) => isLowerWordWord(w) || !w.capitalised))
        end = 0;
    } else if (end < 0 && lowerTokenText(ctx, chunk.field, words[0]!.index - 1) === 'van') {
      // "minister van Financi\u00ebn Eelco Heinen": the ministry's words, then the holder's name.
      end = 0;
      while (end < to - 1 && DUTCH_PORTFOLIO_WORDS.has(words[end]!.lower)) end++;
      if (to - end < 2) end = 0;
    } else if (end < 0) {
      end = 0;
      while (end < to - 1 && (wordIs(words[end]!, W_TITLE_MODIFIER) || isLowerWordWord(words[end]!))) end++;
    }
    const holder = words[end]!.core;
    // "chairman of the Organisation for Security and Cooperation in Europe" is a body, not an office.
    const domainOnly = words
      .slice(0, end + 1)
      .every(
        (w, i) => i === 0 || (w.index === words[i - 1]!.index + 1 && !wordIs(words[i - 1]!, W_ORG_HEAD)),
      );
    // "Superintendent of Police Rakesh Kumar", "Inspector General of Police Kayode Egbetokun": one body's
    // word for the domain, then a given name and a surname, is the office and its holder.
    const bodyWordDomain = end === 1 && to - end >= 2 && isGivenName(holder);
    // ("speaker of the State Duma", "the governor of the State Bank": a lone last word that heads a body's name
    // ends the body's name, no holder's: wild52 X2.)
    const bodyHead = end === to - 1 && wordIs(words[end]!, W_ORG_HEAD);
    if (
      end > 0 &&
      !bodyHead &&
      (domainOnly || bodyWordDomain) &&
      (isGivenName(holder) || !isLowerWord(holder))
    ) {
      from = end;
      personCue = true;
    }
  }
  opening.from = from;
  opening.personCue = personCue;
  return undefined;
}

/**
 * Titles before a name ("President Bill Clinton", "Foreign Minister Wang Yi", "Israeli Industry and Trade Minister
 * Nir Barkat"), with the nationality, place or body before them: a body or a nationality before the title is typed
 * apart (`retype`), the holder's name follows it.
 */
export function titlesBeforeName(
  opening: RunOpening,
  retype: (chunk: Chunk, ctx: Context) => Candidate[],
): Candidate[] | undefined {
  const { chunk, ctx, words, to, orgShaped } = opening;
  let from = opening.from;
  let personCue = opening.personCue;
  // "Israeli Industry and Trade Minister Nir Barkat": the portfolio's first words, which "and" joins to the rest
  // before the title, are the title's; a people's word before them is a name of its own ("Israeli").
  if (!chunk.caseless) {
    const portfolio = portfolioBeforeAndTitle(ctx, chunk.field, words, to);
    if (portfolio >= 0)
      return portfolio > from ? retype(chunkWith(chunk, words.slice(from, portfolio)), ctx) : [];
  }
  // "Aramco President and CEO Amin Nasser", "Tesla Chairman and CEO Elon Musk": a run closed by a title
  // that "and" joins to a second title, before the holder, is the holder's body and first title: the body
  // alone is a name (the title was read as a body's last word, "Aramco President").
  if (to - from >= 2 && titlesJoinedAfter(ctx, chunk.field, words, to)) {
    const titleStart = titleStartOf(words, from, to - 1);
    if (titleStart > from) return retype(chunkWith(chunk, words.slice(from, titleStart)), ctx);
  }
  // Titles before a name: "President Bill Clinton", "Foreign Minister Wang Yi", "Mr. Vance".
  let lastTitle = -1;
  // Where the office holder is from: "Chinese", "U.S.", "South Korean".
  const twoWordNational = to - from > 2 && isNationalEntry(lookup(words, from, from + 2, ctx));
  // "United Arab Emirates President Sheikh Mohamed bin Zayed Al Nahyan": a country of three words.
  const threeWordNational =
    !twoWordNational &&
    to - from > 4 &&
    wordIs(words[from + 3]!, W_TITLE) &&
    isNationalEntry(lookup(words, from, from + 3, ctx));
  // "Hassan Sheikh Mohamud": a town's name (Hassan, India) before "Sheikh" opens a person's name.
  const townBeforeHonorific =
    to - from > 2 && NAME_HONORIFICS.has(words[from + 1]!.lower) && !knownBody(words[from]!.core);
  // "Illinois Governor JB Pritzker", "Houston Mayor …": a state or a town before a title is the office's place.
  const placeBeforeTitle =
    to - from > 2 &&
    gazetteerOfWord(words[from]!)?.kind === 'place' &&
    // ("Union Secretary Sam Jennings": an ordinary word that is also a town names no office's place.)
    !isLowerWordWord(words[from]!) &&
    wordIs(words[from + 1]!, W_TITLE);
  const national = threeWordNational
    ? 3
    : twoWordNational
      ? 2
      : (isNationalWordOf(words[from]) || placeBeforeTitle) && !townBeforeHonorific
        ? 1
        : placeOfWordsBeforeTitle(words, from, to);
  // ("Andhra Pradesh Governor said": a state's office of one title word is read apart as well.)
  const placeOfManyWords = national > 1 && !twoWordNational && !threeWordNational;
  if (townBeforeHonorific) personCue = true;
  // Ordinary words may name the office's domain ("Navy Secretary", "Privatisation Minister") or the
  // body it belongs to ("Security Council President"); neither is part of the holder's name.
  for (let i = from + national; i < (orgShaped ? from : to - 1); i++) {
    const w = words[i]!;
    // "MS Dhoni", "MS Swaminathan": "MS" in capitals, without a period, in mixed-case text is a
    // person's initials ("Ms Reeves", "Ms. Reeves" stay the title).
    if (w.core === 'MS' && !chunk.caseless) break;
    // "MP Materials", "TD Cowen": a member's title in capitals opening the run before one word names a firm where that
    // word is an ordinary word ("Materials"), or after "TD", which Ireland writes after the party and a full name
    // ("Fine Gael TD Paschal Donohoe"). "MP Tharoor said", "MLA Reddy was arrested" keep the member (read49 #16).
    if (
      i === 0 &&
      to === 2 &&
      !chunk.caseless &&
      MEMBERS_TITLES.has(w.core) &&
      !isGivenNameWord(words[1]!) &&
      (w.core === 'TD' || (isLowerWordWord(words[1]!) && !isKnownSurnameWord(words[1]!)))
    )
      return [candidate(chunk, 0, 2, 'organization', 2, NO_CONTEXT)];
    // "the General Data Protection Regulation": a title before ordinary words only opens no person.
    if (wordIs(w, W_TITLE) && ordinaryWordsAfter(words, i, to)) break;
    // "the Queen Anne Stakes", "the King George VI Cup", "the Sheikh Zayed Prize": a title opening a name that a
    // prize's, a contest's or a treaty's head word ends names the event after its holder, no one's office.
    if (wordIs(w, W_TITLE) && i === from && to - from >= 3 && EPONYM_EVENT_HEADS.has(words[to - 1]!.lower))
      return [candidate(chunk, from, to, 'other', 2, NO_CONTEXT)];
    // "the Irish Champion Stakes", "the Champion Hurdle": a title right before a race's head word is the race's
    // own word, no holder's (the head was read as the holder's name).
    if (wordIs(w, W_TITLE) && i === to - 2 && RACE_HEADS.has(words[to - 1]!.lower))
      return [candidate(chunk, from, to, 'other', 2, NO_CONTEXT)];
    if (wordIs(w, W_TITLE) && clubAfterTitle(chunk, w.core, i + 1, to)) break;
    // "Queen Street", "King Road": a title before a street's word alone names the street (review31 ★2).
    if (wordIs(w, W_TITLE) && i === to - 2 && STREET_WORDS.has(words[to - 1]!.lower)) break;
    // "the Transport and General Workers union": a title before a union's members closing the run is the union's
    // word ("General Workers"), no office before a holder.
    if (wordIs(w, W_TITLE) && i === to - 2 && UNION_MEMBER_HEADS.has(words[to - 1]!.lower)) break;
    // "King Abdulaziz International Airport", "Queen Mary University of London", "Sheikh Zayed Grand Mosque": a
    // royal's title opening a run that a place's or a body's head word closes after the royal's name names the
    // facility after the royal (the title was cut off and the rest typed a person: wild60, review61).
    if (i === from && ROYALS_TITLES.has(w.lower) && headAfterName(words, i + 2, to)) break;
    // "King Soopers stores", "King Soopers, a unit of Kroger,": a royal's title before one word no name list knows
    // that ends in "-ers", or in "-s" before a firm's stores, staff or shoppers, is a firm's name, no royal's (a
    // royal's is a given name, "King Charles said"; "King" is a given name too, which made the two a person).
    if (
      i === from &&
      to - from === 2 &&
      ROYALS_TITLES.has(w.lower) &&
      pluralUnknownName(words[to - 1]!) &&
      (words[to - 1]!.lower.endsWith('ers') ||
        FIRMS_SITES_AND_PEOPLE.has(lowerTokenText(ctx, chunk.field, words[to - 1]!.index + 1)))
    )
      return [candidate(chunk, from, to, 'organization', 1, NO_CONTEXT)];
    // "King's Cross", "Queen's Park": a title's possessive names a place or a body, not the title's holder.
    if (w.possessive && wordIs(w, W_TITLE)) break;
    // "Supreme Court of Justice of the Nation": a title's word after a body's head and "of" is the body's
    // domain, no office before a holder ("Minister of Justice Pam Bondi" has no body's head before it).
    if (wordIs(w, W_TITLE) && bodyHeadThenOf(words, from, i)) break;
    // "MEC Sachs", "MCA Records": letters an office shares with a body open the body's name before one word; they
    // are the office before a full name only ("MCA Robert Alai said").
    if (OFFICES_NAMED_LIKE_BODIES.has(w.lower) && to - i < 3) break;
    if (wordIs(w, W_TITLE)) lastTitle = i;
    // "Tan Sri Vincent Tan", "Dato' Sri Najib Razak": the honorific ends a Malay title that is not a title
    // alone, or that its apostrophe cut from the run.
    else if (MALAY_HONORIFICS.has(w.lower) && afterMalayTitle(ctx, chunk.field, words, i, from))
      lastTitle = i;
    else if (
      TITLES_BEFORE_HONORIFIC_ONLY.has(w.lower) &&
      i + 1 < to - 1 &&
      MALAY_HONORIFICS.has(words[i + 1]!.lower)
    )
      continue;
    // "Chief Executive", "Secretary General": a modifier right after a title completes it.
    // "Datuk Seri Anwar Ibrahim", "Tan Sri …": "Seri"/"Sri" completes a Malay title only; after another
    // title it opens the name ("Finance Minister Sri Mulyani Indrawati").
    else if (
      wordIs(w, W_TITLE_MODIFIER) &&
      lastTitle === i - 1 &&
      lastTitle >= from &&
      !(MALAY_HONORIFICS.has(w.lower) && !MALAY_TITLES.has(words[i - 1]!.lower))
    )
      lastTitle = i;
    // "WHO Director-General": an acronym spelled like a word is a body, not the office's domain.
    // "Tourism Minister", "Digital Minister": a portfolio's word the lexicon lacks names the office too.
    else if (
      !wordIs(w, W_TITLE_MODIFIER) &&
      !(isLowerWordWord(w) && !shapeIs(w, S_INITIALS) && !shapeIs(w, S_ACRONYM)) &&
      !PORTFOLIO_WORDS.has(w.lower)
    )
      break;
  }
  // "The Attorney General's office said", "the Inspector General's report": "General" after a title completes a
  // compound office (Attorney, Solicitor, Inspector, Surgeon, Director General …) and names no holder; the words
  // before the office ("U.S. Attorney General") are typed apart.
  if (lastTitle >= from && lastTitle === to - 2 && words[to - 1]!.lower === 'general' && !chunk.caseless) {
    let titleStart = lastTitle;
    while (titleStart > from + national && wordIs(words[titleStart - 1]!, W_TITLE)) titleStart--;
    return titleStart > from ? retype(chunkWith(chunk, words.slice(from, titleStart)), ctx) : [];
  }
  if (lastTitle >= from) {
    let titleStart = lastTitle;
    while (titleStart > from + national) {
      const w = words[titleStart - 1]!;
      if (!wordIs(w, W_TITLE) && !wordIs(w, W_TITLE_MODIFIER)) break;
      titleStart--;
    }
    // "Saudi Arabian Oil Minister Hisham Nazer", "Malaysian Primary Industries Minister Lim Keng Yaik": after
    // a nationality, a portfolio's words are the title's, no body ("Oil", "Industries" head firms' names).
    if (national > 0 && titleStart > from + national) {
      let portfolio = titleStart;
      while (portfolio > from + national && PORTFOLIO_WORDS.has(words[portfolio - 1]!.lower)) portfolio--;
      if (portfolio === from + national) titleStart = portfolio;
    }
    if (national === 0 && portfolioAfterAcronym(words, from, titleStart))
      return [
        ...retype(chunkWith(chunk, words.slice(from, from + 1)), ctx),
        ...retype(chunkWith(chunk, words.slice(lastTitle + 1), false), ctx),
      ];
    // "Federal Reserve Governor Lawrence Lindsey": the body before the title is a name of its own.
    // "Chief Cabinet Secretary Kihara Minoru", "Health Cabinet Secretary Aden Duale": one title.
    if (
      titleStart > from + national &&
      wordIs(words[titleStart - 1]!, W_ORG_HEAD) &&
      words[titleStart - 1]!.lower !== 'cabinet' &&
      !ministersDomain(words, from + national, titleStart)
    ) {
      return [
        ...retype(chunkWith(chunk, words.slice(from, titleStart)), ctx),
        ...retype(chunkWith(chunk, words.slice(lastTitle + 1), false), ctx),
      ];
    }
  }
  // "U.S. Assistant Secretary of State John Kornblum", "the British Associate Secretary said": a people's word or a
  // country before an office of modifiers and a title ending the run (its holder, if named, follows "of" in a run
  // of its own) is a mention of its own; the office is no name.
  if (
    lastTitle < from &&
    national > 0 &&
    (to - from - national >= 2 || placeOfManyWords) &&
    !orgShaped &&
    wordIs(words[to - 1]!, W_TITLE) &&
    words.slice(from + national, to - 1).every((w) => wordIs(w, W_TITLE_MODIFIER) || wordIs(w, W_TITLE))
  )
    return retype(chunkWith(chunk, words.slice(from, from + national)), ctx);
  if (lastTitle < from) {
    const split = titleInside(words, from, to, ctx.foreign);
    if (split > 0) {
      let titleStart = titleStartOf(words, from, split);
      if (portfolioAfterAcronym(words, from, titleStart)) titleStart = from + 1;
      const person = retype(chunkWith(chunk, words.slice(split + 1), false), ctx);
      if (titleStart === from) return person;
      return [...retype(chunkWith(chunk, words.slice(from, titleStart)), ctx), ...person];
    }
  }
  if (lastTitle >= from) {
    // "Chinese President Xi Jinping": the nationality stays a mention of its own.
    if (national > 0) {
      return [
        ...retype(chunkWith(chunk, words.slice(from, from + national)), ctx),
        ...retype(chunkWith(chunk, words.slice(lastTitle + 1), false), ctx),
      ];
    }
    if (officeSpelledOut(ctx, chunk.field, words, lastTitle + 1, to)) return [];
    // "General Mills said its sales fell", "Shares of General Mills": a title opening the run before one word that
    // is no given name, where the words around say firm (firmCueAround), is the firm's first word, no office
    // ("General Mills told reporters" stays the general).
    if (
      lastTitle === from &&
      to - from === 2 &&
      !isGivenNameWord(words[to - 1]!) &&
      firmCueAround(ctx, chunk, words[from]!.index, words[to - 1]!.index)
    ) {
      return [candidate(chunk, from, to, 'organization', 1, { locative: false, prev: '' })];
    }
    from = lastTitle + 1;
    personCue = true;
  }
  opening.from = from;
  opening.personCue = personCue;
  return undefined;
}

/**
 * "Tamil Nadu Chief Minister M K Stalin", "Andhra Pradesh Chief Minister": a state or town the place lists know by
 * two or three words, before a title, is the office's place (as one word is: "Illinois Governor"); its length, or 0.
 * (With initials before the holder the run ends in the title, and the place and title were read as one name.)
 */
function placeOfWordsBeforeTitle(words: readonly Word[], from: number, to: number): number {
  for (let k = 2; k <= 3 && from + k < to; k++) {
    if (!wordIs(words[from + k]!, W_TITLE)) continue;
    const place = words
      .slice(from, from + k)
      .map((w) => w.core)
      .join(' ');
    if (lookupPlace(place) !== undefined && GAZETTEER.get(norm(place))?.kind !== 'organization') return k;
  }
  return 0;
}

/** What follows a firm's name and no officer's: "General Mills shares", "… employees". */
const FIRM_NOUNS_AFTER = new Set(
  'shares stock shareholders employees subsidiary unit headquarters factory factories plant plants brand brands'.split(
    ' ',
  ),
);

/**
 * Whether the words around the name at tokens `first`..`last` say it is a firm: "Shares of General Mills", "a stake
 * in General Atlantic", "General Mills shares", "General Mills said its sales fell", "General Mills reported a loss".
 */
function firmCueAround(ctx: Context, chunk: Chunk, first: number, last: number): boolean {
  const before = lowerTokenText(ctx, chunk.field, first - 1);
  const before2 = lowerTokenText(ctx, chunk.field, first - 2);
  return (
    (before === 'of' && (before2 === 'shares' || before2 === 'stock')) ||
    (before === 'in' && before2 === 'stake') ||
    FIRM_NOUNS_AFTER.has(lowerTokenText(ctx, chunk.field, last + 1)) ||
    firmItAfter(ctx, chunk.field, last) ||
    firmResultsAfter(ctx, chunk.field, last)
  );
}

/** A title, an office or a body's head written just before the run ("chief executive Shou Zi Chew") cues a person. */
export function titleCueBefore(opening: RunOpening): Candidate[] | undefined {
  const { chunk, ctx, words, to, from } = opening;
  let personCue = opening.personCue;
  if (
    from < to &&
    from === 0 &&
    !personCue &&
    ((tokenBits(ctx, chunk.field, words[0]!.index - 1) & TITLE_WORD &&
      !clubAfterTitle(chunk, tokenText(ctx, chunk.field, words[0]!.index - 1), from, to)) ||
      abbreviatedMinisterAt(ctx, chunk.field, words[0]!.index - 1) ||
      // "Council member Sage Turner": "member" in lower case right before a name is an office ("the
      // 35-member ICCO council" is a size).
      (tokenText(ctx, chunk.field, words[0]!.index - 1) === 'member' &&
        tokenText(ctx, chunk.field, words[0]!.index - 2) !== '-' &&
        !shapeIs(words[0]!, S_ACRONYM)) ||
      headOfBefore(ctx, chunk.field, words[0]!.index))
  ) {
    if (
      tokenBits(ctx, chunk.field, words[0]!.index - 1) & TITLE_WORD &&
      officeSpelledOut(ctx, chunk.field, words, 0, to)
    )
      return [];
    personCue = true;
  }
  // "TikTok chief executive Shou Zi Chew": a title in lower case completed by a modifier.
  if (
    from === 0 &&
    !personCue &&
    tokenBits(ctx, chunk.field, words[0]!.index - 1) & TITLE_MODIFIER &&
    tokenBits(ctx, chunk.field, words[0]!.index - 2) & TITLE_WORD
  )
    personCue = true;
  if (from > 0 && from < to) {
    if (wordIs(words[from - 1]!, W_TITLE)) personCue = true;
  }
  opening.personCue = personCue;
  return undefined;
}

/** What the words around the name make of it before it is read by its own words: a seat, a team, a place or a person. */
export function cuesAroundName(opening: RunOpening): Candidate[] | undefined {
  const { chunk, ctx, words, to, from } = opening;
  let personCue = opening.personCue;
  if (from >= to) return [];
  if (seatAfterMemberFor(ctx, chunk, from, to)) return [candidate(chunk, from, to, 'place', 2, NO_CONTEXT)];
  if (!personCue && playerOrManagerOwns(ctx, chunk, from, to, lookup(words, from, to, ctx) !== undefined))
    personCue = true;
  if (!personCue && teamBeforeItsPlayer(ctx, chunk, from, to))
    return [candidate(chunk, from, to, 'organization', 2, NO_CONTEXT)];
  if (!personCue && constituencyInBrackets(ctx, chunk, from, to))
    return [candidate(chunk, from, to, 'place', 2, NO_CONTEXT)];
  if (!personCue && (placeAfterStricken(ctx, chunk, from, to) || regionAfterTown(ctx, chunk, from, to)))
    return [candidate(chunk, from, to, 'place', 2, NO_CONTEXT)];
  // "killing Tammy Daybell and JJ Vallow, 7, and Tylee Ryan, 16": an age between commas after a name of
  // two words is a person's (no place or body by its head word or the place lists).
  if (
    !personCue &&
    to - from === 2 &&
    !chunk.caseless &&
    ageAfter(ctx, chunk.field, words[to - 1]!.index) &&
    !wordIs(words[to - 1]!, W_ORG_HEAD) &&
    !wordIs(words[to - 1]!, W_PLACE_HEAD) &&
    placeOfSpan(chunk, from, to) === undefined
  )
    personCue = true;
  opening.personCue = personCue;
  return undefined;
}

/** The index of a run's last given name (-1 if none), found once a run: a run may be a page long. */
const lastGivenNames = new WeakMap<readonly Word[], number>();

function lastGivenNameIndex(words: readonly Word[]): number {
  let last = lastGivenNames.get(words);
  if (last === undefined) {
    last = words.length - 1;
    while (last >= 0 && !isGivenNameWord(words[last]!)) last--;
    lastGivenNames.set(words, last);
  }
  return last;
}

/** Whether the word before `at` is "of" and a body's head word comes before it in the run (from `from`). */
function bodyHeadThenOf(words: readonly Word[], from: number, at: number): boolean {
  // ("the Office of the Attorney General of Switzerland": "the" may come between, where no given name follows to
  // open a holder's name: "the Court of the Chief Justice Maria Lopez" keeps its holder, ents41.)
  if (at - from < 2) return false;
  const of = words[at - 1]!.lower === 'the' && lastGivenNameIndex(words) <= at ? at - 2 : at - 1;
  if (of - from < 1 || words[of]!.lower !== 'of') return false;
  for (let i = from; i < of; i++)
    if (wordIs(words[i]!, W_ORG_HEAD) && !wordIs(words[i]!, W_TITLE)) return true;
  return false;
}

const PLAIN_NAME_WORD = /^[A-Z][a-z]{2,}$/;
/** A brand named by an ordinary word ("Paramount"), then a capitalised word no list knows ("Skydance"). */
export function brandBeforeUnknownWord(brand: Word, next: Word): boolean {
  return (
    isBrandWord(brand.core) &&
    // ("Ray Winstone", "Chase Econometrics": a brand word that is also a name opens a person's or a firm's.)
    !isGivenNameWord(brand) &&
    !isKnownSurnameWord(brand) &&
    !brand.possessive &&
    // ("Apple iPod", "Local M1", "Loop Unbundling": a product, a code or an ordinary word's form.)
    PLAIN_NAME_WORD.test(next.core) &&
    !next.lower.endsWith('ing') &&
    next.index === brand.index + 1 &&
    !isLowerWordWord(next) &&
    !isGivenNameWord(next) &&
    !isKnownSurnameWord(next) &&
    gazetteerOfWord(next) === undefined &&
    !placeOfWord(next) &&
    !shapeIs(next, S_ACRONYM)
  );
}
