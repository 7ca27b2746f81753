// A name the lists know (`typeKnownName`, from `typeByReading`), and whether a capital speaks for its government.
import {
  closesOwnWords,
  closesReportOfOtherState,
  reportsAsPerson,
  speaksAsGovernment,
} from '../../countries/capital-speaker.js';
import { keyOf, lookupMetonym, lookupPhrase, lookupPlace } from '../../countries/gazetteer.js';
import type { Field } from '../../schema.js';
import { firmSaysAfter } from '../firm-cues.js';
import { FUNCTION_WORDS, type GazetteerEntry, isBrandWord, isGivenName, isKnownSurname } from '../lexicon.js';
import { isNewsmakerSurname, newsmakerNamed } from '../newsmakers.js';
import { bodyAppositionAfter, firmAppositionAfter } from '../typing/appositions.js';
import { groupWordByNeighbours, hasOrgLeadOf } from '../typing/bodies-and-parties.js';
import { candidate, fromGazetteer, NO_INFO, placeFields, placeIdOf } from '../typing/candidates.js';
import { type Candidate, type Context, fieldsOf, lowerTokenText, tokenText } from '../typing/context.js';
import {
  COMPANY_VERBS,
  firmActOnObjectAfter,
  goodsSoldAfter,
  STAFF_AFTER,
  serviceNounAfter,
  staffAt,
} from '../typing/firm-cues-around.js';
import { firmSaysOwnNews } from '../typing/firm-news.js';
import {
  endsFullName,
  nameLike,
  ordinarySurnameAlone,
  ownedByPerson,
  principalTitledAfter,
  SPOKESPEOPLE_AFTER,
} from '../typing/person-cues.js';
import { compassWord, REGIONAL_PEOPLES } from '../typing/place-cues.js';
import { injuryOfPlayerAfter } from '../typing/player-injuries.js';
import { FIRM_PRODUCTS } from '../typing/products-and-models.js';
import { FIRM_HOLDINGS, firmItAfter } from '../typing/pronouns.js';
import { isBracketedTicker, type Reading, readAs } from '../typing/reading.js';
import { STRONG_LOCATIVE } from '../typing/resolve-by-document.js';
import { isTeamContext } from '../typing/sports-context.js';
import { ORG_CUE_AFTER, PERSON_VERB, SENTENCE_END, SPEAKER_VERB, tokenBits } from '../typing/token-bits.js';
import {
  S_ACRONYM,
  shapeIs,
  W_FUNCTION,
  W_INSTITUTION,
  W_ORG_HEAD,
  W_PLACE_HEAD,
  W_TITLE,
  wordIs,
} from '../typing/word-tests.js';
import { isGivenNameWord, isKnownSurnameWord, isLowerWordWord, placeOfWord } from '../word-facts.js';

/**
 * "Washington said on Monday it would respond": a capital the press uses for its government (a country
 * metonym) before a verb of speech speaks for the government, not as the surname it also is; a "he" or
 * "she" taking it up ("Washington said he …") keeps the person.
 */
function governmentSpeaks(name: string, pronounPerson: () => boolean): boolean {
  return lookupMetonym(name) !== undefined && !pronounPerson();
}

/** A name people bear: a given name or a surname the lists know ("Sofia", "Wellington"). */
const personalName = (word: string): boolean => isGivenName(word) || isKnownSurname(word);

/** A place's one word (token `index`) before "said", "told" or "added" closing a report in the first person. */
function quotedInOwnWords(ctx: Context, field: Field, index: number): boolean {
  if ((tokenBits(ctx, field, index + 1) & PERSON_VERB) === 0) return false;
  const { text, tokens } = fieldsOf(ctx, field).field;
  const name = tokens[index]!;
  return closesOwnWords(text, name.start, tokens[index + 1]!.end, personalName(name.text));
}

const HAVE_BEFORE_VERB = new Set(['has', 'had', 'have']);
/**
 * "Wellington told Tokyo on Monday it would join …", "Wellington has told Beijing …": a country's capital that
 * speaks of itself as "it" or to or of another state's seat, and that the report takes up as no "he"/"she", is
 * its government (countries/capital-speaker.ts), no surname's bearer; "Wellington said he …" keeps the person.
 */
function capitalSpeaksToSeat(ctx: Context, field: Field, index: number, name: string): boolean {
  const entry = lookupPhrase(keyOf(name));
  if (entry?.capital !== true || entry.code === undefined) return false;
  const fieldText = fieldsOf(ctx, field).field;
  const { text, tokens } = fieldText;
  const verbEnd = (at: number) => {
    const verb = HAVE_BEFORE_VERB.has(lowerTokenText(ctx, field, at + 1)) ? at + 2 : at + 1;
    return tokenBits(ctx, field, verb) & (SPEAKER_VERB | PERSON_VERB) ? tokens[verb]?.end : undefined;
  };
  const end = verbEnd(index);
  if (end === undefined) return false;
  if (speaksAsGovernment(text, end, entry.code)) return true;
  // "Australia deported 40 New Zealanders last month, Wellington said.": the report before the closing attribution.
  if (closesReportOfOtherState(text, tokens[index]!.start, end, entry.code, personalName(name))) return true;
  // "Wellington said the decision was final" after "Wellington has told Beijing …": the capital that spoke as
  // its government once in the story is still the government when the report takes it up as no person.
  if (reportsAsPerson(text, end)) return false;
  // Once a field and name: a page naming the capital thousands of times scans its tokens once.
  let spoke = capitalsSpokeAsGovernment.get(fieldText);
  if (!spoke) {
    spoke = new Map();
    capitalsSpokeAsGovernment.set(fieldText, spoke);
  }
  let known = spoke.get(name);
  if (known === undefined) {
    known = false;
    for (let i = 0; i < tokens.length && !known; i++) {
      if (tokens[i]!.text !== name) continue;
      const other = verbEnd(i);
      known = other !== undefined && speaksAsGovernment(text, other, entry.code);
    }
    spoke.set(name, known);
  }
  return known;
}
/**
 * People in a capital that makes it the seat of a state the press names by it: "Berlin said", "London has refused",
 * "Beijing warned" (the seats of smaller states speak as governments only with another cue: capitalSpeaksToSeat).
 */
const GOVERNMENT_SEAT_POPULATION = 1_000_000;
/** Auxiliaries after a subject that a brand named like a town is more often than the town: "Toyota has dropped". */
const BRAND_SUBJECT_AUXILIARIES = new Set(['has', 'had', 'will', 'would', 'plans']);
/** "has"/"had" before these own something, as a town does ("Orange has one of the best Roman theatres"; read56 ★1). */
const POSSESSED_OPENERS = new Set(
  'a an the one two three four five some many several no its their more most plenty lots dozens hundreds thousands'.split(
    ' ',
  ),
);
const FIGURE_FIRST = /^\d/;
/** How far after "has" what is owned is read: "has 250 million customers", "has one of the best preserved theatres". */
const OWNED_WINDOW = 7;
/**
 * Whether "has"/"had" at token `index` is the verb of owning, before what a town owns: no auxiliary of a firm's
 * deed, and no firm's holding ("Toyota has a plant in Kentucky", "Orange has 250 million customers": review58).
 */
function owningVerbAt(ctx: Context, field: Field, index: number): boolean {
  const verb = lowerTokenText(ctx, field, index);
  if (verb !== 'has' && verb !== 'had') return false;
  const next = lowerTokenText(ctx, field, index + 1);
  if (!(POSSESSED_OPENERS.has(next) || FIGURE_FIRST.test(next))) return false;
  for (let i = index + 1; i <= index + OWNED_WINDOW; i++) {
    if (tokenBits(ctx, field, i) & SENTENCE_END) break;
    const owned = lowerTokenText(ctx, field, i);
    if (FIRM_PRODUCTS.has(owned) || FIRM_HOLDINGS.has(owned)) return false;
  }
  return true;
}
const LOWER_FIRST = /^[a-z]/;
const UPPER_FIRST = /^[A-Z]/;
/**
 * Whether the name at token `last` goes on as a modifier or a firm's name: a lower-case word that is no function
 * word ("Bell stock"), or "and"/"&" and a capitalised word ("Smith and Nephew").
 */
function nameOrNounAfter(ctx: Context, field: Field, last: number): boolean {
  const next = tokenText(ctx, field, last + 1);
  if (next === 'and' || next === '&') return UPPER_FIRST.test(tokenText(ctx, field, last + 2));
  return LOWER_FIRST.test(next) && !FUNCTION_WORDS.has(next);
}
/** "a Phoenix", "a Mecca": articles a common noun takes and a city's name does not. */
const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);
/** Whether `name` is a country's capital of `GOVERNMENT_SEAT_POPULATION` people or more. */
function seatOfState(name: string): boolean {
  const entry = lookupPhrase(keyOf(name));
  return (
    entry?.capital === true &&
    entry.code !== undefined &&
    (entry.place?.population ?? 0) >= GOVERNMENT_SEAT_POPULATION
  );
}
/** Per field, whether each capital speaking there spoke as its government somewhere in it. */
const capitalsSpokeAsGovernment = new WeakMap<object, Map<string, boolean>>();

/** A name the lists know (`entry`, found for the whole run): its type, read with its surroundings. */
export function typeKnownName(reading: Reading, found: GazetteerEntry | Candidate): Candidate[] {
  let entry = found;
  if ('kind' in entry) {
    // WordNet lists some countries as plain places ("Turkey"); the country gazetteer knows better.
    const asCountry = entry.kind === 'place' ? lookupPlace(entry.name) : undefined;
    if (asCountry?.kind === 'country')
      entry = { kind: 'country', name: asCountry.name, countryCode: asCountry.countryCode };
    // "Calumet Industries <CALI> Sees Loss", "Josten's <JOS>": a Reuters ticker spelled like a town or a country names
    // no place (wild55 B3); other tickers stay what they were.
    if ((entry.kind === 'place' || entry.kind === 'country') && isBracketedTicker(reading)) return [];
    // "University of Michigan", "New York Stock Exchange", "Pentagon": WordNet files some
    // institutions under places; their head word says organisation.
    if (
      entry.kind === 'place' &&
      ((reading.n > 1 &&
        wordIs(reading.words[reading.to - 1]!, W_ORG_HEAD) &&
        !wordIs(reading.words[reading.to - 1]!, W_PLACE_HEAD) &&
        reading.lastLower !== 'house') ||
        (reading.n === 1 && wordIs(reading.words[reading.from]!, W_INSTITUTION)) ||
        hasOrgLeadOf(reading.words, reading.from, reading.to))
    )
      return readAs(reading, 'organization', 2);
    // "Judge Roman ruled", "Coach Norman said": a people's word that is also a given name, after a title, is
    // the person the title names.
    if (entry.kind === 'group' && reading.n === 1 && reading.personCue && isGivenNameWord(reading.firstWord))
      return readAs(reading, 'person', 2);
    if (entry.kind === 'group' && reading.n === 1) {
      const read = groupWordByNeighbours(
        reading.ctx,
        reading.chunk,
        reading.words[reading.from]!,
        reading.nextToken,
      );
      if (read === 'none') return [];
      if (read) return readAs(reading, read, 2);
    }
    // "European carmakers", "all Africans", "Arab states": the people of a region, as "German" is a
    // country's (other peoples, faiths and groups stay `other`).
    if (entry.kind === 'group' && REGIONAL_PEOPLES.has(entry.name.toLowerCase()))
      return [
        candidate(reading.chunk, reading.from, reading.to, 'nationality', 2, reading.base, {
          ...NO_INFO,
          canonical: entry.name,
        }),
      ];
    const g = fromGazetteer(entry);
    const type = g.type;
    // "She won the slalom in Levi on Saturday": a given name alone right after "in", "near" or "into" that the lists
    // know as one person's (a patriarch, a writer) is read as any given name there is (one-word.ts): no person by
    // itself, and a place where the story names no one by it (resolve-by-document.ts).
    // ("dealings in Bell stock": before a noun the name is its modifier; "convertible into Smith and Nephew shares":
    // a firm named by two people's names; "analysts at Carroll, McEntee": "at" and "from" lead to firms as often.)
    if (
      type === 'person' &&
      reading.n === 1 &&
      STRONG_LOCATIVE.has(reading.prevToken) &&
      !reading.personCue &&
      !reading.lastWord.possessive &&
      isGivenNameWord(reading.firstWord) &&
      !nameOrNounAfter(reading.ctx, reading.chunk.field, reading.lastWord.index)
    )
      return readAs(reading, 'unknown', 0);
    // "Verdi, Germany's second-biggest union,": a name the lists know as a surname alone, which an apposition
    // calls a body, is that body.
    if (
      type === 'person' &&
      reading.n === 1 &&
      !reading.personCue &&
      reading.nextToken === ',' &&
      bodyAppositionAfter(reading.ctx, reading.chunk.field, reading.lastWord.index + 1)
    )
      return readAs(reading, 'organization', 2);
    // "Disney said profits rose … The company said": a famous surname alone that reports a firm's results
    // or that "the company" takes up is the firm (firm-cues.ts).
    if (
      type === 'person' &&
      reading.n === 1 &&
      !reading.personCue &&
      !reading.chunk.caseless &&
      firmSaysAfter((k) =>
        lowerTokenText(reading.ctx, reading.chunk.field, reading.words[reading.from]!.index + k),
      )
    )
      return readAs(reading, 'organization', 2);
    // "Harlow said it had won a 40 million stg order", "Olivetti said Antonio Tesone would replace Carlo De Benedetti as
    // chairman": a surname the lists know, alone, announcing its own order or its board's succession is the firm
    // (firm-news.ts), unless a full name of the story ends with it or it names a leader (wild53 Y1).
    if (
      type === 'person' &&
      reading.n === 1 &&
      !reading.personCue &&
      !reading.chunk.caseless &&
      newsmakerNamed(reading.first) === undefined &&
      // ("Kohl said on Wednesday Klaus Kinkel would replace …": a leader's surname, read54 R5.)
      !isNewsmakerSurname(reading.first) &&
      !endsFullName(reading.ctx, reading.firstWord) &&
      firmSaysOwnNews(reading.ctx, reading.chunk.field, reading.lastWord.index + 16, reading.lastWord.index)
    )
      return readAs(reading, 'organization', 2);
    // "the SWIFT messaging system": a word in capitals on a mixed-case line is an acronym, not the surname
    // WordNet knows ("Swift").
    if (
      type === 'person' &&
      reading.n === 1 &&
      !reading.chunk.caseless &&
      reading.first.length >= 3 &&
      shapeIs(reading.firstWord, S_ACRONYM)
    )
      return readAs(reading, 'organization', 1);
    if (type === 'person' && reading.n === 1 && reading.thingAfterThe) return [];
    // "Disney said in a statement that its …": WordNet's person is a firm that "its" takes up.
    if (
      type === 'person' &&
      reading.n === 1 &&
      (reading.pronoun() === 'thing' ||
        firmItAfter(reading.ctx, reading.chunk.field, reading.words[reading.from]!.index))
    )
      return readAs(reading, 'organization', 2);
    if (
      type === 'person' &&
      reading.n === 1 &&
      (reading.nextBits & ORG_CUE_AFTER ||
        (STAFF_AFTER.has(reading.nextToken) && !isLowerWordWord(reading.firstWord))) &&
      // "Putin's spokesman", "Blair 's spokesman said the prime minister …": a person WordNet lists has a spokesman
      // of his own when the lists know him as a newsmaker or the spokesman calls him by a person's title (read51
      // R25; "Heinz's spokesman said prices would rise" stays the firm's).
      !(
        reading.lastWord.possessive &&
        SPOKESPEOPLE_AFTER.has(reading.nextToken) &&
        (newsmakerNamed(reading.first) !== undefined ||
          principalTitledAfter(reading.ctx, reading.chunk.field, reading.lastWord.index + 1))
      )
    )
      return readAs(reading, 'organization', 1);
    // "analysts at Bernstein": a surname where people work is their firm; so is a surname the place lists
    // know too ("scientists at Copernicus").
    if (
      (type === 'person' ||
        (type === 'place' &&
          !entry.countryCode &&
          isKnownSurnameWord(reading.firstWord) &&
          !reading.personCue)) &&
      reading.n === 1 &&
      staffAt(reading.ctx, reading.chunk.field, reading.words[reading.from]!.index)
    )
      return readAs(reading, 'organization', 2);
    // A one-word place name, no country and not after a locative ("in", "from"): the firm readings below.
    const onePlaceWord = type === 'place' && reading.n === 1 && !entry.countryCode && !reading.locative;
    // "Amazon invested", "Amazon shares": a river or region that acts like a firm is the firm.
    // "Toyota raises its profit forecast": so is a town the lists give a brand's name too (Toyota, Aichi)
    // that acts so, or that "its" takes up as its subject ("Asia with its", "Hampshire said its board" are
    // the places').
    if (
      onePlaceWord &&
      (reading.nextBits & ORG_CUE_AFTER ||
        COMPANY_VERBS.has(reading.nextToken) ||
        firmItAfter(reading.ctx, reading.chunk.field, reading.words[reading.from]!.index) ||
        // "Toyota has dropped the V8", "Toyota will build a plant": a brand's town as the subject of an auxiliary.
        (isBrandWord(reading.first) &&
          !reading.lastWord.possessive &&
          reading.prevToken !== 'the' &&
          BRAND_SUBJECT_AUXILIARIES.has(reading.nextToken) &&
          !owningVerbAt(reading.ctx, reading.chunk.field, reading.words[reading.from]!.index + 1)) ||
        // (Not "The Amazon burst its banks": a firm is named without "the".)
        (!reading.lastWord.possessive &&
          reading.prevToken !== 'the' &&
          isBrandWord(reading.first) &&
          reading.pronoun() === 'thing') ||
        // "Amazon will open a distribution center", "Patagonia plans to build a plant": a river's or a region's
        // name no town list knows, as the subject of a firm's act on an object (a town's is left to the rules
        // below: "Dubai will open a new airport" is the emirate's).
        (!reading.lastWord.possessive &&
          reading.prevToken !== 'the' &&
          !placeOfWord(reading.firstWord) &&
          firmActOnObjectAfter(reading.ctx, reading.chunk.field, reading.lastWord.index))) &&
      (!placeOfWord(reading.firstWord) || isBrandWord(reading.first)) &&
      // "Police Detain Chinese Milk Bosses", "MILK BOSSES HELD": on a line whose case says nothing, an ordinary
      // word the story never capitalises inside a sentence is the word before the firm's noun.
      !(
        reading.chunk.caseless &&
        isLowerWordWord(reading.firstWord) &&
        !reading.ctx.seen.capitalisedInside.has(reading.firstLower)
      )
    )
      return readAs(reading, 'organization', 1);
    // "Toyota, the world's top-selling carmaker,", "Toyota sold 10.3 million vehicles": a town's name that an
    // apposition calls a firm, or that sells goods (a town sells bonds), is the firm.
    if (
      onePlaceWord &&
      !reading.lastWord.possessive &&
      // ("General Electric Mortgage Insurance Co of Ohio, a unit of …": the apposition is the firm's.)
      reading.prevToken !== 'of' &&
      lookupPlace(reading.first)?.kind !== 'region' &&
      ((reading.nextToken === ',' &&
        firmAppositionAfter(reading.ctx, reading.chunk.field, reading.lastWord.index + 1)) ||
        goodsSoldAfter(reading.ctx, reading.chunk.field, reading.lastWord.index))
    )
      return readAs(reading, 'organization', 2);
    // "the EU's Copernicus climate service": a surname the place lists know too (a crater), before a
    // body's noun.
    if (
      onePlaceWord &&
      !reading.lastWord.possessive &&
      isKnownSurnameWord(reading.firstWord) &&
      !placeOfWord(reading.firstWord) &&
      serviceNounAfter(reading.ctx, reading.chunk.field, reading.lastWord.index)
    )
      return readAs(reading, 'organization', 2);
    if (type === 'person' && reading.personCue) return readAs(reading, 'person', 2);
    // "played in Bradford", "stops in Lincoln, Preston and Lancaster": a surname only WordNet's person lists
    // give, written after "in" or "near", is the town the place lists know by that name.
    if (
      type === 'person' &&
      reading.n === 1 &&
      reading.locative &&
      STRONG_LOCATIVE.has(reading.prevToken) &&
      !reading.lastWord.possessive
    ) {
      const town = placeOfWord(reading.firstWord);
      if (town !== undefined && town.kind !== 'country')
        return [
          candidate(reading.chunk, reading.from, reading.to, 'place', 1, reading.base, placeFields(town)),
        ];
    }
    // "Leeds beat Hull 2-1": a town that is also a surname plays as the town's club in a result; so does a surname
    // WordNet knows first as a person's when the place lists know its town ("Bradford beat Preston 2-1").
    if (
      (type === 'place' || (type === 'person' && placeOfWord(reading.firstWord)?.kind === 'city')) &&
      !entry.countryCode &&
      reading.n === 1 &&
      !reading.personCue &&
      !reading.personVerb &&
      !reading.locative &&
      reading.inResult() &&
      isTeamContext(reading.chunk, reading.prevToken, reading.nextToken)
    )
      return [
        candidate(reading.chunk, reading.from, reading.to, 'organization', g.strength, reading.base, {
          ...NO_INFO,
          canonical: g.canonical,
          teamFromPlace: true,
        }),
      ];
    // "Clinton", "Washington": a town and a surname; the surname when the sentence treats it as one.
    if (
      type === 'place' &&
      !entry.countryCode &&
      reading.n === 1 &&
      isKnownSurnameWord(reading.firstWord) &&
      // ("Bankers in London said": the verb after "in X" is the bankers'.)
      (reading.personCue ||
        (reading.personVerb &&
          reading.prevToken !== 'in' &&
          // ("Police in north London said", "The council in south-west London said", ents42.)
          !(
            compassWord(reading.prevToken) &&
            lowerTokenText(reading.ctx, reading.chunk.field, reading.firstWord.index - 2) === 'in'
          ) &&
          !governmentSpeaks(reading.first, reading.pronounPerson) &&
          // ("Berlin said the tanks would come", "London said": a big state's seat speaks as its government.)
          !(seatOfState(reading.first) && !reading.pronounPerson()) &&
          !capitalSpeaksToSeat(reading.ctx, reading.chunk.field, reading.lastWord.index, reading.first)) ||
        (!reading.locative && !placeOfWord(reading.firstWord)) ||
        // "FBI agents searched Bolton's home": in the possessive before what only a person has.
        (reading.lastWord.possessive &&
          !reading.locative &&
          ownedByPerson(reading.ctx, reading.chunk.field, reading.lastWord.index)))
    )
      return readAs(reading, 'person', 1);
    // "Pope Leo", "Queen Victoria": a title before a town's name that is also a given name names a holder
    // by the given name, as royals and popes are named.
    if (
      type === 'place' &&
      !entry.countryCode &&
      reading.n === 1 &&
      reading.personCue &&
      isGivenNameWord(reading.firstWord)
    )
      return readAs(reading, 'person', 2);
    if (
      reading.chunk.initial &&
      reading.n === 1 &&
      type !== 'place' &&
      (wordIs(reading.words[reading.from]!, W_FUNCTION) ||
        (isLowerWordWord(reading.firstWord) &&
          (!nameLike(reading.firstWord, reading.ctx) ||
            ordinarySurnameAlone(reading.ctx, reading.chunk, reading.words[reading.from]!, reading.n))))
    )
      return [];
    // "Man charged with murder": a sentence-initial ordinary word that is also a town (Man, Ivory
    // Coast) is the word unless the story writes it capitalised elsewhere or as a place.
    if (
      reading.chunk.initial &&
      reading.n === 1 &&
      type === 'place' &&
      !entry.countryCode &&
      !reading.locative &&
      isLowerWordWord(reading.firstWord) &&
      !reading.ctx.seen.capitalisedInside.has(reading.firstLower) &&
      // ("Berlin has refused to send missiles", "Manhattan rents rose": a city of a million people or a big state's
      // seat is named far more often than the word it shares a spelling with.)
      !seatOfState(reading.first) &&
      (placeOfWord(reading.firstWord)?.population ?? 0) < GOVERNMENT_SEAT_POPULATION
    )
      return [];
    // "Far right gains in France": an ordinary word opening a sentence that the lists know only as a body's
    // acronym in capitals ("FAR") is the word, unless the story capitalises it elsewhere.
    if (
      reading.chunk.initial &&
      reading.n === 1 &&
      type === 'organization' &&
      isLowerWordWord(reading.firstWord) &&
      entry.name.length > 1 &&
      entry.name === entry.name.toUpperCase() &&
      reading.first !== reading.first.toUpperCase() &&
      !reading.ctx.seen.capitalisedInside.has(reading.firstLower)
    )
      return [];
    // "Jordan said he felt much better" on a sports page: a country's name that is a given name or a surname
    // too, alone, which "he" or "she" takes up, is a player (a country is "it"; read33 F11). Elsewhere the
    // pronoun may be the one the country speaks of ("Israel said he would not be allowed in").
    // "Harbaugh said Jordan was improving after a knee injury": on any page a body's injury after the name
    // (a country has no knee) says person, where a short story has too few sports words (leftover of 34).
    if (
      type === 'place' &&
      entry.countryCode &&
      reading.n === 1 &&
      !reading.locative &&
      !reading.lastWord.possessive &&
      (isGivenNameWord(reading.firstWord) || isKnownSurnameWord(reading.firstWord)) &&
      ((reading.ctx.sports && reading.pronounPerson()) ||
        injuryOfPlayerAfter(reading.ctx, reading.chunk.field, reading.lastWord.index))
    )
      return readAs(reading, 'person', 1);
    // "We fled Russia in 2022 with two suitcases, Sofia said.": a town closing the attribution of a report in the
    // first person is the person quoted (countries/capital-speaker.ts closesOwnWords; review59 ★2).
    if (
      type === 'place' &&
      !entry.countryCode &&
      reading.n === 1 &&
      !reading.chunk.caseless &&
      quotedInOwnWords(reading.ctx, reading.chunk.field, reading.lastWord.index)
    )
      return readAs(reading, 'person', 1);
    const team = reading.teamPlace(type, entry.countryCode);
    const teamFromPlace = team !== type;
    // "URGENT: CHANCELLOR MERZ SAYS": a title in capitals is no name ("Chancellor" is a WordNet group).
    if (
      reading.chunk.caseless &&
      reading.n === 1 &&
      type !== 'place' &&
      (isLowerWordWord(reading.firstWord) || wordIs(reading.firstWord, W_TITLE))
    )
      return [];
    // ("BERLIN HAILS EUROPEAN CINEMA", "Berlin Hails European Cinema": a capital of a million people is named far
    // more often than the word it shares a spelling with, as at a sentence's start above; not after an article, which
    // the word takes and a headline's city does not: "Rises Like a Phoenix", "Becomes a Mecca for Cyclists", read55 R1.)
    if (
      reading.chunk.caseless &&
      reading.n === 1 &&
      entry.kind === 'place' &&
      isLowerWordWord(reading.firstWord) &&
      ((!seatOfState(reading.first) &&
        (placeOfWord(reading.firstWord)?.population ?? 0) < GOVERNMENT_SEAT_POPULATION) ||
        INDEFINITE_ARTICLES.has(reading.prevToken))
    )
      return [];
    return [
      candidate(reading.chunk, reading.from, reading.to, team, g.strength, reading.base, {
        canonical: g.canonical,
        countryCode: entry.countryCode,
        placeId: type === 'place' ? placeIdOf(reading.chunk, reading.from, reading.to) : undefined,
        teamFromPlace,
        personish: undefined,
      }),
    ];
  }
  const { countryCode, canonical } = entry;
  const type = entry.teamFromPlace ? reading.teamPlace('place') : reading.teamPlace(entry.type, countryCode);
  return [
    candidate(reading.chunk, reading.from, reading.to, type, entry.strength, reading.base, {
      canonical,
      countryCode,
      placeId: entry.placeId,
      teamFromPlace:
        entry.teamFromPlace || entry.type === 'place'
          ? type === 'organization' || entry.teamFromPlace
          : undefined,
      personish: undefined,
    }),
  ];
}
