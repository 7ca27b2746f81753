// A name of one word (typeOneWord): its shapes and the lists that know it, the sides and places its neighbours
// make of it, then a sentence's opening and the firms' readings; run in this order after the rules of classify.ts.

import { keyOf, lookupPhrase } from '../../countries/gazetteer.js';
import type { Field } from '../../schema.js';
import { codeUnitAt, endsWithText, lowerCased } from '../../text/chars.js';
import { lazyPattern } from '../../text/lazy-pattern.js';
import type { Chunk, Word } from '../chunk.js';
import { homeCompanyNamed } from '../kind-cues.js';
import { isKnownBodyAcronymInTitleCase, isKnownBodyWord } from '../known-bodies.js';
import { isBrandWord, isGivenName, isSeasonGivenName } from '../lexicon.js';
import { isNewsmakerSurname, newsmakerNamed, newsmakerWrittenSo } from '../newsmakers.js';
import { minuteOrdinalAfter, playerAfterOwner, playerDeed, scorerInBrackets } from '../scorers.js';
import {
  gazetteerOfWord,
  isGivenNameWord,
  isKnownSurnameWord,
  isLowerWordWord,
  placeOfWord,
} from '../word-facts.js';
import { MINUTE_START } from './amounts-and-markets.js';
import {
  bodyAppositionAfter,
  capitalisedPossessive,
  firmAppositionAfter,
  PARTY_APPOSITION_HEADS,
} from './appositions.js';
import { winnerAfterDefeat } from './beaten-by.js';
import { leadersBodyAfter, NOT_ORG_ACRONYMS, PARTY_MEMBERS_AFTER } from './bodies-and-parties.js';
import { candidate, NO_INFO, PERSONISH, placeFields, SPEAKER, TEAM_FROM_PLACE } from './candidates.js';
import { type Candidate, type Context, fieldsOf, lowerTokenText, tokenText } from './context.js';
import { EVENT_HEADS, TEAM_VERBS } from './cue-words.js';
import { stormDeedAfter } from './disaster-places.js';
import { DATELINE_ENDS } from './documents-and-datelines.js';
import {
  APPLE_THINGS,
  BANK_COMPOUND,
  CAMEL_CASE_BRAND,
  firmOfficerAfter,
  goodsSoldAfter,
  STAFF_AFTER,
} from './firm-cues-around.js';
import {
  bidForFirmAfter,
  FIRM_OWNER_VERBS,
  firmDealsWithBrand,
  firmObjectOfIts,
  firmResultsAfter,
  firmsWhoseAfter,
} from './firm-deeds.js';
import { formerNameAfter } from './firms-shaped-like-people.js';
import { FIXTURE_SIDES } from './fixture-lists.js';
import { invertedSpeakerAt } from './inverted-speakers.js';
import { sideOfFixture } from './match-reports.js';
import { ownersSiteTown } from './owners-sites.js';
import {
  endsFullName,
  fullNameAfterPossessive,
  isKinBefore,
  ownedByPerson,
  PERSON_CUES_AFTER,
  PERSON_OWNED,
  principalTitledAfter,
  SPOKESPEOPLE_AFTER,
} from './person-cues.js';
import { clubByGoalsAt, playerByDeedAt, scorerOnAnyPageAt } from './players-by-surname.js';
import { officeInCapitalsAlone, postNominalAfterName } from './post-nominals.js';
import { DIGIT_IN_WORD } from './products-and-models.js';
import { anyItAfterSaid, bodyOrFirmItAfter, firmItAfter, SUBJECT_OPENERS } from './pronouns.js';
import { type Reading, readAs } from './reading.js';
import { DAYS_OWNING } from './resolve-by-document.js';
import { ENGLISH_ENDING, englishCompound, nounAfter, possessiveBefore } from './sentence-shape.js';
import {
  CLUB_RESULT_VERBS,
  clubBefore,
  clubNameAt,
  clubOpensSentence,
  fixtureAgainstAfter,
  isPlayersSportDocument,
  RIVAL_BEFORE,
  SIDES_BEFORE,
  SQUAD_NOUNS,
  tableGapAfter,
} from './sports-context.js';
import { AUXILIARY, ORG_CUE_AFTER, PERSON_VERB, SPEAKER_VERB, TITLE_WORD, tokenBits } from './token-bits.js';
import { ACRONYM, INITIALS, SURNAME_SHAPE, W_INSTITUTION, W_ORG_HEAD, wordIs } from './word-tests.js';
import { typeX } from './x-platform.js';

/**
 * A state known only by its abbreviation, with neither its period nor a town and comma before it:
 * "celebrate Mass in Beirut", not "Boston, Mass." or the dateline "IRVINE , Calif 1996-08-30".
 */
function bareAbbreviation(ctx: Context, chunk: Chunk, from: number): boolean {
  const word = chunk.words[from]!;
  if (endsWithText(word.core, '.') || tokenText(ctx, chunk.field, word.index + 1) === '.') return false;
  if (tokenText(ctx, chunk.field, word.index - 1) === ',') return false;
  return lookupPhrase(keyOf(word.core))?.kind === 'abbreviation';
}

/** The Arabic article hyphened to a capitalised word, opening a name: "Al-Azhar", "El-Nasr". */
const ARTICLE_OPENED = lazyPattern(() => /^(?:Al|El)-\p{Lu}/u);

/** "Democratic", "Conservative", "Socialist": endings of English adjectives, which no place's name has. */
const ADJECTIVE_ENDING = /(?:ic|ical|ive|ist|ous)$/;

/** "in Nice last week", "in Reading yesterday": words of time after a town, which a modifier never precedes. */
const TIME_NOUNS_AFTER = new Set([
  'last',
  'next',
  'this',
  'earlier',
  'later',
  'yesterday',
  'today',
  'tonight',
]);

/** Abbreviations of common nouns written with an ampersand (firms' are not listed: "S&P", "M&S", "H&M"). */
/** Seven to ten capitals: a body's short name longer than `ACRONYM`'s ("CHINADA", "FRONTEX", "INTERPOL"). */
const LONG_CAPITALS = /^[A-Z]{7,10}$/;

/** "Transnistrian", "Abkhazian": the adjective of a people or a land that the lists lack. */
const PEOPLES_ADJECTIVE = /[a-z]{3}(?:ian|ean)$/;

/** Nouns after a people's adjective: "Transnistrian leader", "Ossetian separatists". */
const PEOPLE_NOUNS = new Set(
  `leader leaders authorities officials forces troops separatists rebels militia militias government region
  territory border people president parliament army police side`
    .split(/\s+/)
    .filter(Boolean),
);

// typeChunk is cut into four functions, each run only when the one before found no answer. As one it held
// 59,944 bytes of bytecode, near the 61,440 over which V8 never optimises a function, and TurboFan compiled
// it for seconds on a helper thread, again after each deoptimisation. Keep each part well under that size.
// Session 45 cut typeChunk's own rules into five stages (rolesIndicesAndShortNames … daysEventsCodesAndParties),
// each returning its answer or undefined and asked in the order the rules held, as typeNamedSpan's and
// typeSeveralWords' are: speed44 found these large functions compiled by TurboFan late, during the 1 MB article.

/** A name without its leading function words and titles (which may cue a person), typed on. */
/**
 * "Unite said it would ballot its members", "Unison said it would back the offer", "Unite, Britain's biggest
 * union,": whether a body's "it" or "its" right after its verb of speech, or an apposition opened by a
 * possessive, takes up the word `w` (no plural: "Critics said it would …" speak of the matter; no pronoun:
 * "Nobody said it would …"; no hyphened pair).
 */
export function bodyNamedByWordAt(ctx: Context, field: Field, w: Word): boolean {
  // ("Miami-Brazil says it expects …": a hyphened pair of places heads a wire's line.)
  if (endsWithText(w.lower, 's') || w.lower.includes('-') || INDEFINITE_PRONOUNS.has(w.lower)) return false;
  if (tokenText(ctx, field, w.index + 1) === ',')
    return (
      capitalisedPossessive(tokenText(ctx, field, w.index + 2)) &&
      bodyAppositionAfter(ctx, field, w.index + 1)
    );
  return bodyOrFirmItAfter(ctx, field, w.index);
}

const INDEFINITE_PRONOUNS = new Set(
  'everyone everybody everything nobody nothing someone somebody something anyone anybody anything none one another each either neither'.split(
    ' ',
  ),
);

/** Adjectives and nouns of a country's first peoples, capitalised in news: "Indigenous", "Aboriginal". */
const FIRST_PEOPLES_WORDS = new Set(['indigenous', 'aboriginal', 'aboriginals', 'aborigine', 'aborigines']);

/** An unknown single word, read by its shape and its surroundings. */
export function typeOneWord(reading: Reading): Candidate[] {
  return (
    playerByDeed(reading) ??
    oneWordShapesAndLists(reading) ??
    oneWordSidesAndPlaces(reading) ??
    oneWordOpeningsAndFirms(reading)
  );
}

/**
 * "Ferrandi scored twice for Ravenna", "Mwangura beat Ferrandi 6-1 6-4": a player the sports page names by one word
 * no list knows; "Stenhousemuir scored twice to beat Clyde": a club.
 */
function playerByDeed(reading: Reading): Candidate[] | undefined {
  if (reading.n !== 1 || reading.locative || reading.chunk.caseless || !unlistedWord(reading.firstWord))
    return undefined;
  if (!reading.ctx.sports)
    return scorerOnAnyPageAt(reading.ctx, reading.chunk.field, reading.firstWord.index)
      ? readAs(reading, 'person', 1)
      : undefined;
  if (playerByDeedAt(reading.ctx, reading.chunk.field, reading.firstWord.index))
    return readAs(reading, 'person', 1);
  // "Stenhousemuir scored twice in the second half to beat Clyde": a club scores too (read51 R23), unless what
  // stands before the name makes it a player ("Striker Klinsmann", "Middlesbrough 's Juninho").
  if (
    !reading.personCue &&
    !(reading.prevBits & TITLE_WORD) &&
    !SQUAD_NOUNS.has(reading.prevToken) &&
    !possessiveBefore(reading.prevToken) &&
    clubByGoalsAt(reading.ctx, reading.chunk.field, reading.firstWord.index)
  )
    return readAs(reading, 'organization', 1);
  return undefined;
}

/**
 * One word by its shape and the lists: the platform X, offices, peoples' adjectives, brands, banks, makers,
 * relatives, agencies, capitals, abbreviations.
 */
function oneWordShapesAndLists(reading: Reading): Candidate[] | undefined {
  // One word.
  if (reading.first === 'X')
    return typeX(
      reading.ctx,
      reading.chunk,
      reading.from,
      reading.prevToken,
      reading.nextToken,
      reading.base,
    );
  if (
    (officeInCapitalsAlone(reading.firstWord) && reading.prevToken !== '<') ||
    postNominalAfterName(reading.ctx, reading.chunk.field, reading.firstWord)
  )
    return [];
  if (sideOfFixture(reading.ctx, reading.chunk, reading.firstWord)) return readAs(reading, 'organization', 2);
  // "an Indigenous lawyer", "Aboriginal elders": the capitalised adjective of a country's first peoples, which
  // no list knows as a people's word, names no one (it was read as a firm's "an Apple lawyer").
  if (reading.n === 1 && FIRST_PEOPLES_WORDS.has(reading.firstLower) && !reading.chunk.caseless) return [];
  // "the iPod", "iTunes", "iPhones": Apple's devices and services, written with a lower-case "i", are things.
  if (
    codeUnitAt(reading.first, 0) === 105 &&
    (APPLE_THINGS.has(lowerCased(reading.first)) || APPLE_THINGS.has(lowerCased(reading.first).slice(0, -1)))
  )
    return readAs(reading, 'other', 2);
  // "Eurostat said", "Destatis said": a body the team's list names by one word (entities/known-bodies.ts).
  if (isKnownBodyWord(reading.first)) return readAs(reading, 'organization', 2);
  // "Al-Azhar said on Monday that it would review the decision": a word opened by the Arabic article and a hyphen
  // that "it" takes up after its verb of speech is a body; a person named so is "he" (a listed newsmaker, "Al-Sisi",
  // or a surname the story writes after a given name, "Nouri al-Maliki … Al-Maliki", keeps the person).
  if (
    reading.n === 1 &&
    ARTICLE_OPENED.test(reading.first) &&
    !reading.personCue &&
    newsmakerNamed(reading.first) === undefined &&
    !endsFullName(reading.ctx, reading.firstWord) &&
    anyItAfterSaid(reading.ctx, reading.chunk.field, reading.lastWord.index)
  )
    return readAs(reading, 'organization', 2);
  // "Opec said on Monday", "Umno said it would stay": a listed body's acronym in title case (known-bodies.ts),
  // when the word is no ordinary word, given name or surname ("Swift", "Isis").
  if (
    isKnownBodyAcronymInTitleCase(reading.first) &&
    !isLowerWordWord(reading.firstWord) &&
    !isGivenNameWord(reading.firstWord) &&
    !isKnownSurnameWord(reading.firstWord)
  )
    return readAs(reading, 'organization', 2);
  // "JPMorgan", "YouTube", "BlackRock": a capital inside a word after its first syllable is a brand's
  // spelling; people's names have one only after a prefix ("McDonald", "DeSantis", "MacArthur").
  if (CAMEL_CASE_BRAND.test(reading.first)) return readAs(reading, 'organization', 1);
  // "Bundesbank", "Commerzbank", "Rabobank": a compound ending in "bank" is a bank.
  if (BANK_COMPOUND.test(reading.first) && !isLowerWordWord(reading.firstWord))
    return readAs(reading, 'organization', 2);
  // "Chery is making cars in Barcelona": a name that makes or sells goods is a firm (review31 ★1).
  // ("The Siemens plant at Boscholt makes cordless phones": the plant's town.)
  if (
    !reading.personCue &&
    !reading.base.locative &&
    goodsSoldAfter(reading.ctx, reading.chunk.field, reading.words[reading.from]!.index)
  )
    return readAs(reading, 'organization', 2);
  if (reading.personCue) return readAs(reading, 'person', 2);
  // "Pertamina said on Monday", "a stake in Sasol": a firm the country stage lists by this one word
  // (countries/companies.ts) is the firm, no speaker or town; a word that is also a given name or a surname
  // ("Lotte", "Wilmar", "Thales") is left to its cues, and so is a founder's surname the story writes after his
  // given name or takes up as "he" ("Aliko Dangote … Dangote said he would expand").
  if (
    reading.n === 1 &&
    homeCompanyNamed(reading.first) &&
    !isGivenNameWord(reading.firstWord) &&
    !isKnownSurnameWord(reading.firstWord) &&
    !reading.pronounPerson() &&
    !surnameOfFullName(reading.ctx, reading.first)
  )
    return readAs(reading, 'organization', 2);
  // "Morena lawmakers": a given name alone before the word for a party's members is the party (a person is
  // named so only with "MP" after the name, "Jane Smith MP"; "Christian leaders" are a faith's), and so is
  // one an apposition calls a party ("Morena, the ruling party,").
  if (
    reading.n === 1 &&
    isGivenNameWord(reading.firstWord) &&
    !reading.locative &&
    !reading.words[reading.to - 1]!.possessive &&
    (PARTY_MEMBERS_AFTER.has(reading.nextToken) ||
      (reading.nextToken === ',' &&
        firmAppositionAfter(
          reading.ctx,
          reading.chunk.field,
          reading.words[reading.from]!.index + 1,
          PARTY_APPOSITION_HEADS,
          3,
        )))
  )
    return readAs(reading, 'organization', 2);
  // "whose son Matan", "his wife Sara": a relative named after the kinship word is a person.
  if (
    isKinBefore(reading.prevToken) &&
    !gazetteerOfWord(reading.firstWord)?.countryCode &&
    !isLowerWordWord(reading.firstWord)
  )
    return readAs(reading, 'person', 2);
  // "Samsung will invest in its Pyeongtaek plant", "Alcoa will sell its Goldendale smelter": after the owner's
  // "its" or "their", one word no list knows before a works' noun is the works' town (the owner is named).
  if (ownersSiteTown(reading.ctx, reading.chunk.field, reading.firstWord)) return readAs(reading, 'place', 1);
  // "Dole's spokesman said the senator would campaign": a spokesman who calls the one he speaks for by a
  // person's title speaks for a person (read51 R25; a firm's "Eskom's spokesman" stays the firm's below).
  if (
    reading.n === 1 &&
    reading.lastWord.possessive &&
    SPOKESPEOPLE_AFTER.has(reading.nextToken) &&
    // ("BP 's spokesman said …": an acronym or a brand names a firm.)
    !ACRONYM.test(reading.firstWord.core) &&
    !isBrandWord(reading.firstWord.core) &&
    principalTitledAfter(reading.ctx, reading.chunk.field, reading.lastWord.index + 1)
  )
    return readAs(reading, 'person', 1);
  // "Interfax news agency quoted …": a news agency is named before the words that say so.
  const newsAgency =
    reading.nextToken === 'agency' ||
    (reading.nextToken === 'news' &&
      lowerTokenText(reading.ctx, reading.chunk.field, reading.words[reading.to - 1]!.index + 2) ===
        'agency');
  if (
    (reading.nextBits & ORG_CUE_AFTER ||
      newsAgency ||
      (STAFF_AFTER.has(reading.nextToken) && !isLowerWordWord(reading.firstWord)) ||
      // ("Shell chief executive Wael Sawan": a brand named by an ordinary word is the firm too, ents41.)
      (firmOfficerAfter(reading.ctx, reading.chunk.field, reading.words[reading.to - 1]!.index) &&
        (!isLowerWordWord(reading.firstWord) || isBrandWord(reading.firstWord.core)))) &&
    !gazetteerOfWord(reading.firstWord)?.countryCode &&
    // "Putin's spokesman said", "Yeltsin 's spokesman": a newsmaker's own spokesman or staff is a person's (read51 R25).
    !(reading.firstWord.possessive && newsmakerNamed(reading.first) !== undefined)
  )
    return readAs(reading, 'organization', 1);
  // "Serie A club Atalanta", "Premier League side Everton".
  if (
    (reading.prevToken === 'club' || reading.prevToken === 'side') &&
    !gazetteerOfWord(reading.firstWord)?.countryCode
  )
    return readAs(reading, 'organization', 2);
  // "KYIV - Ukraine and Russia …": a place in capitals opening a line before a dash is a dateline.
  if (
    reading.words[reading.from]!.initial &&
    DATELINE_ENDS.has(reading.nextToken) &&
    reading.nextToken !== '' &&
    placeOfWord(reading.firstWord)
  )
    return readAs(reading, 'place', 2);
  // "the B.C. government", "N.S. Premier Tim Houston": a state's or province's abbreviation written with
  // periods is the place, no body's initials ("500 B.C." is an era).
  if (INITIALS.test(reading.first) && !/^\d/.test(reading.prevToken)) {
    // "Erik Halvorsen, M.D., founder": a physician's degree after a name; Maryland is written "Md.".
    if (reading.prevToken === ',' && reading.first.startsWith('M.D')) return [];
    const region = placeOfWord(reading.firstWord);
    if (region?.kind === 'region')
      return [
        candidate(reading.chunk, reading.from, reading.to, 'place', 2, reading.base, placeFields(region)),
      ];
  }
  // "NOTE", "ISSUER", "ORDERS": a word in capitals that English writes in lower case is a label.
  // ("CHINADA said", "FRONTEX has": seven to ten capitals inside mixed-case text, the subject of a verb, are a
  // body's short name as much as "WADA" is, review32 ★E3; a label opening a line is not: "EUROBONDS - …".)
  if (
    // ("AMLO said": the initials the lists give a newsmaker are the person's.)
    ((ACRONYM.test(reading.first) && newsmakerWrittenSo(reading.first) === undefined) ||
      (LONG_CAPITALS.test(reading.first) &&
        !reading.chunk.caseless &&
        // ("GUTERRES said": a newsmaker's or known surname in capitals is the person of a UN press release,
        // read32 F11.)
        !isKnownSurnameWord(reading.firstWord) &&
        newsmakerNamed(reading.first) === undefined &&
        (reading.nextBits & (PERSON_VERB | SPEAKER_VERB | AUXILIARY)) !== 0)) &&
    !NOT_ORG_ACRONYMS.has(reading.first) &&
    !(reading.first.length >= 4 && isLowerWordWord(reading.firstWord))
  )
    return readAs(reading, 'organization', 1);
  // "an AI superpower", "GDP": abbreviations of things are no name (left to the default before).
  if (NOT_ORG_ACRONYMS.has(reading.first)) return [];
  if (wordIs(reading.words[reading.from]!, W_INSTITUTION)) return readAs(reading, 'organization', 1);
  return undefined;
}

/**
 * One word on sports pages and in results, given names, places, leaders' governments, owners' possessives,
 * appositions.
 */
function oneWordSidesAndPlaces(reading: Reading): Candidate[] | undefined {
  // "drew 1-1 with Chelsea": in a result, the side played "with" is a rival as much as one played "against".
  const rivalBefore = RIVAL_BEFORE.has(reading.prevToken) || reading.prevToken === 'with';
  // "Chelsea drew 0-0 with Newcastle": a given name alone that wins or loses in a result is a club.
  if (
    isGivenNameWord(reading.firstWord) &&
    !reading.locative &&
    !isKnownSurnameWord(reading.firstWord) &&
    (((TEAM_VERBS.has(reading.nextToken) || TEAM_VERBS.has(reading.prevToken) || rivalBefore) &&
      reading.inResult()) ||
      // "Chelsea moved six points clear": a side's place in a table.
      (reading.n === 1 &&
        tableGapAfter(reading.ctx, reading.chunk.field, reading.words[reading.to - 1]!.index + 1)) ||
      // "11 points behind leaders Chelsea", "holders Everton": a word for sides in the plural before it.
      (reading.ctx.sports && reading.n === 1 && SIDES_BEFORE.has(reading.prevToken)))
  )
    return readAs(reading, 'organization', 2);
  // "Manchester City v Chelsea", "Chelsea beat Arsenal": a given name alone facing a club across "v", or
  // beating or drawing with a club the lists know, is a club too (no score needed).
  if (
    reading.n === 1 &&
    isGivenNameWord(reading.firstWord) &&
    !reading.locative &&
    (FIXTURE_SIDES.has(reading.nextToken) ||
      FIXTURE_SIDES.has(reading.prevToken) ||
      (CLUB_RESULT_VERBS.has(reading.nextToken) &&
        clubNameAt(reading.ctx, reading.chunk.field, reading.words[reading.from]!.index + 2)) ||
      // "Chelsea central defender Franck Leboeuf", "Chelsea manager": before a squad member's role on a
      // sports page, as a town is.
      (reading.ctx.sports &&
        clubBefore(
          reading.ctx,
          reading.chunk.field,
          reading.words[reading.to - 1]!.index,
          reading.nextToken,
        ) &&
        !FIXTURE_SIDES.has(reading.nextToken)))
  )
    return readAs(reading, 'organization', 2);
  // "Magnum said its sales …": a given name that "its" takes up is a brand or a firm.
  if (isGivenNameWord(reading.firstWord) && !reading.locative && reading.pronoun() === 'thing')
    return readAs(reading, 'organization', 2);
  // "Mercedes' Kimi Antonelli", "Chelsea's Cole Palmer": on a sports page a given name alone in the
  // possessive before a full name is the team the person plays for ("Ray's Taylor Hackford", a film's
  // director, is left to the rules after).
  if (
    sportsGivenNameAlone(reading) &&
    !reading.locative &&
    fullNameAfterPossessive(reading.ctx, reading.chunk.field, reading.firstWord)
  )
    return readAs(reading, 'organization', 2);
  // "knocked out of the Champions League by Atalanta": on a sports page a given name alone that beat a side
  // is a club (players are named by surname alone: "beaten by Sabalenka").
  if (
    sportsGivenNameAlone(reading) &&
    winnerAfterDefeat(reading.ctx, reading.chunk.field, reading.firstWord.index)
  )
    return readAs(reading, 'organization', 2);
  // "a late winner against Chelsea", "Leeds v Chelsea": on a sports page a given name alone after a word of the
  // other side is a club, players being named by surname ("against Sabalenka"; wild39a ★8).
  if (
    sportsGivenNameAlone(reading) &&
    RIVAL_BEFORE.has(reading.prevToken) &&
    // ("Iga's game against Jessica": tennis players by their given names, ents42.)
    !isPlayersSportDocument(reading.ctx.doc)
  )
    return readAs(reading, 'organization', 2);
  // "the postponement of Chelsea's match against Arsenal": a given name alone owning a fixture against another
  // side is a club (ents41); off the sports page only against a side no given name names ("Serena's match
  // against Venus" is between sisters).
  if (
    isGivenNameWord(reading.firstWord) &&
    reading.firstWord.possessive &&
    !reading.chunk.caseless &&
    fixtureAgainstAfter(reading.ctx, reading.chunk.field, reading.firstWord.index, reading.ctx.sports) &&
    // ("Magnus's game against Hikaru", "Coco's match against Aryna": a chess or tennis player's, ents42.)
    !isPlayersSportDocument(reading.ctx.doc)
  )
    return readAs(reading, 'organization', 2);
  // "Aviva, formerly Norwich Union,": a given name that an apposition gives a firm's former name (wild45 item 17).
  if (
    isGivenNameWord(reading.firstWord) &&
    !reading.personCue &&
    formerNameAfter(reading.ctx, reading.chunk.field, reading.words[reading.to - 1]!.index)
  )
    return readAs(reading, 'organization', 2);
  // "Mercedes said on Tuesday it would cut 2,000 jobs", "Mercedes reported a 12% rise in quarterly profit": a given
  // name alone that reports a firm's results, or whose "it" right after its verb of speech does what a firm does, is a
  // brand or a firm (news names a person by a full name first). Not a surname the lists know ("Howard said it would
  // cut taxes": a leader speaks of his government, read53 R2), nor a full name's last word in the story.
  if (
    isGivenNameWord(reading.firstWord) &&
    !reading.personCue &&
    !reading.locative &&
    !reading.chunk.caseless &&
    !reading.firstWord.possessive &&
    !isKnownSurnameWord(reading.firstWord) &&
    ((firmResultsAfter(reading.ctx, reading.chunk.field, reading.firstWord.index) &&
      !reading.pronounPerson()) ||
      firmItAfter(reading.ctx, reading.chunk.field, reading.firstWord.index)) &&
    newsmakerNamed(reading.first) === undefined &&
    !endsFullName(reading.ctx, reading.firstWord)
  )
    return readAs(reading, 'organization', 2);
  if (isGivenNameWord(reading.firstWord) && !reading.locative && !isSeasonGivenName(reading.firstWord.core))
    return readAs(reading, 'person', 1);
  const place = placeOfWord(reading.firstWord);
  // "FBI agents searched Bolton's home", "Bolton's lawyer said": a town in the possessive before what only a
  // person has is a person's surname, off the sports pages (where a town's club has a home).
  if (
    place?.kind === 'city' &&
    reading.lastWord.possessive &&
    !reading.locative &&
    !reading.ctx.sports &&
    ownedByPerson(reading.ctx, reading.chunk.field, reading.lastWord.index)
  )
    return readAs(reading, 'person', 1);
  if (
    place &&
    !(isLowerWordWord(reading.firstWord) && !reading.locative && reading.chunk.initial) &&
    !bareAbbreviation(reading.ctx, reading.chunk, reading.from)
  ) {
    const type = reading.teamPlace('place', place.kind === 'country' ? place.countryCode : undefined);
    const info = placeFields(place);
    return [
      candidate(
        reading.chunk,
        reading.from,
        reading.to,
        type,
        2,
        reading.base,
        type === 'place' ? info : { ...info, teamFromPlace: true },
      ),
    ];
  }
  if (/shire$/.test(reading.firstLower)) {
    const type = reading.teamPlace('place');
    return [
      candidate(
        reading.chunk,
        reading.from,
        reading.to,
        type,
        1,
        reading.base,
        type === 'place' ? NO_INFO : TEAM_FROM_PLACE,
      ),
    ];
  }
  // "Everton drew 1-1 with Burnley": a name no list knows that wins, loses or is played in a result is a club.
  if (
    !isLowerWordWord(reading.firstWord) &&
    (TEAM_VERBS.has(reading.nextToken) || TEAM_VERBS.has(reading.prevToken) || rivalBefore) &&
    reading.inResult()
  )
    return readAs(reading, 'organization', 1);
  // "the Sharif government", "the Albanese administration": a listed newsmaker's surname, which the list does not
  // name alone (others share it), before the body a leader heads is that leader's (was a firm by default).
  if (
    reading.n === 1 &&
    reading.prevToken === 'the' &&
    LEADERS_GOVERNMENTS.has(reading.nextToken) &&
    !reading.firstWord.possessive &&
    isNewsmakerSurname(reading.first)
  )
    return readAs(reading, 'person', 1);
  if (PERSON_CUES_AFTER.has(reading.nextToken) && !gazetteerOfWord(reading.firstWord)?.countryCode)
    return readAs(reading, 'person', 1);
  // "Arsenal's Bukayo Saka scored", "Reform's Nigel Farage": an ordinary word opening a sentence in the
  // possessive before a full name is the name of what the person belongs to, typed as such a name is.
  if (
    reading.n === 1 &&
    reading.chunk.initial &&
    reading.firstWord.possessive &&
    !reading.chunk.caseless &&
    // "The Office's Ricky Gervais": a show's or a work's title, named with "the".
    reading.prevToken !== 'the' &&
    !DAYS_OWNING.has(reading.firstLower) &&
    (fullNameAfterPossessive(reading.ctx, reading.chunk.field, reading.firstWord) ||
      // "Arsenal's Saka scored twice": a surname alone and a player's deed (scorers.ts).
      (reading.firstWord.possessive &&
        playerAfterOwner((k) =>
          tokenText(reading.ctx, reading.chunk.field, reading.words[reading.from]!.index + k),
        )))
  )
    return readAs(reading, 'unknown', 0);
  // "before Apple's expected entry", "Visa's network": a brand named by an ordinary word, capitalised in the
  // possessive inside a sentence, is the firm whatever follows (opening one, it may be the word: "Target's").
  // "a relief for Apple, whose shares rose 3%": and so is one that "whose" gives a firm's shares or results.
  if (
    reading.n === 1 &&
    !reading.chunk.initial &&
    !reading.chunk.caseless &&
    isBrandWord(reading.firstWord.core) &&
    !isGivenNameWord(reading.firstWord) &&
    (reading.firstWord.possessive ||
      // "The regulator fined Apple on Tuesday", "a lawsuit against Apple".
      brandActedOn(reading) ||
      firmsWhoseAfter(reading.ctx, reading.chunk.field, reading.firstWord.index) ||
      firmDealsWithBrand(reading.ctx, reading.chunk.field, reading.firstWord.index))
  )
    return readAs(reading, 'organization', 2);
  // "Unite said it would ballot its members": an ordinary word opening a sentence that a body's "it" or "its"
  // or an apposition takes up at once names the body (typeAfterLead kept it for this).
  if (
    reading.n === 1 &&
    reading.chunk.initial &&
    !reading.chunk.caseless &&
    !reading.locative &&
    bodyNamedByWordAt(reading.ctx, reading.chunk.field, reading.firstWord)
  )
    return readAs(reading, 'organization', 1);
  // "raised $120 million in Series C funding", "a Series B round": a funding round's letter after "Series" names
  // no place and no body.
  if (reading.n === 1 && reading.firstLower === 'series' && FUNDING_ROUND_LETTER.test(reading.nextToken))
    return [];
  // "rigs working in the Gulf", "warships sailed into the Gulf": "the Gulf" alone is the sea the news names so.
  if (
    reading.n === 1 &&
    reading.firstLower === 'gulf' &&
    reading.prevToken === 'the' &&
    !reading.chunk.caseless &&
    reading.nextToken !== 'of'
  )
    return readAs(reading, 'place', 1);
  // "At the Oval, Surrey captain …", "won at the Crucible": on a sports page, one capitalised word after "at the" is
  // the ground (a word of a body, an event or a listed name stays what it is: "at the Open", "at the Ministry").
  if (
    reading.n === 1 &&
    reading.ctx.sports &&
    reading.prevToken === 'the' &&
    lowerTokenText(reading.ctx, reading.chunk.field, reading.firstWord.index - 2) === 'at' &&
    !reading.chunk.caseless &&
    !reading.firstWord.possessive &&
    !wordIs(reading.firstWord, W_ORG_HEAD) &&
    !EVENT_HEADS.has(reading.firstLower) &&
    !isGivenNameWord(reading.firstWord) &&
    !isKnownBodyWord(reading.firstWord.core) &&
    gazetteerOfWord(reading.firstWord) === undefined
  )
    return readAs(reading, 'place', 1);
  if (isLowerWordWord(reading.firstWord)) {
    // '"I got the right horses," said Baker.': an ordinary word inside a sentence that speaks after a quotation is
    // the speaker's surname (Baker, Bishop, Winter; wild54 Z6).
    // Only a surname the story gives a person in full ("Trainer Tom Baker"): bodies speak so too ("said Police").
    if (
      reading.n === 1 &&
      !reading.chunk.initial &&
      !reading.chunk.caseless &&
      invertedSpeakerAt(reading.ctx, reading.chunk.field, reading.firstWord.index) &&
      surnameOfFullName(reading.ctx, reading.firstWord.core)
    )
      return [candidate(reading.chunk, reading.from, reading.to, 'unknown', 0, reading.base, SPEAKER)];
    // "tightens in Democratic boost", "in Conservative heartlands": an ordinary word of an adjective's ending
    // after "in" before a noun modifies the noun; the preposition makes it no place (a headline's "in" made the
    // party's word one: read34). A noun may name a place so ("ships in Gulf await", "in the Gulf region").
    const modifier =
      reading.base.locative &&
      reading.n === 1 &&
      ADJECTIVE_ENDING.test(reading.firstLower) &&
      nounAfter(tokenText(reading.ctx, reading.chunk.field, reading.words[reading.to - 1]!.index + 1)) &&
      !TIME_NOUNS_AFTER.has(reading.nextToken);
    return [
      candidate(
        reading.chunk,
        reading.from,
        reading.to,
        'unknown',
        -1,
        modifier ? { locative: false, prev: reading.base.prev } : reading.base,
      ),
    ];
  }
  // "Zentrix, a Berlin-based startup, raised …": a name that an apposition calls a firm is one.
  if (
    reading.n === 1 &&
    reading.nextToken === ',' &&
    firmAppositionAfter(reading.ctx, reading.chunk.field, reading.words[reading.from]!.index + 1)
  )
    return readAs(reading, 'organization', 2);
  // "Komeito, which left the coalition": a name no list knows that "which" takes up is a body, no one's
  // ("who" takes up a person); only a subject ("in Nagorno-Karabakh, which", "the city of Arbil, which" are
  // places).
  if (
    reading.n === 1 &&
    reading.nextToken === ',' &&
    !reading.firstWord.possessive &&
    !reading.locative &&
    (reading.chunk.initial || SUBJECT_OPENERS.has(reading.prevToken)) &&
    lowerTokenText(reading.ctx, reading.chunk.field, reading.words[reading.from]!.index + 2) === 'which'
  )
    return readAs(reading, 'organization', 2);
  // "Netanyahu's office said", "Trump's tariffs": a sentence-initial name in the possessive before what a
  // person has (an office, a government, a family, words) is a person's.
  // "Netanyahu's Likud party", "Trump's Republican Party", "Sunak's party": a party's leader, also
  // inside a sentence (the default would make the bare name a firm).
  if (
    reading.n === 1 &&
    reading.words[reading.to - 1]!.possessive &&
    !reading.chunk.caseless &&
    leadersBodyAfter(reading.ctx, reading.chunk.field, reading.words[reading.to - 1]!.index)
  )
    return [candidate(reading.chunk, reading.from, reading.to, 'unknown', 0, reading.base, PERSONISH)];
  if (
    reading.chunk.initial &&
    reading.n === 1 &&
    reading.words[reading.to - 1]!.possessive &&
    (PERSON_OWNED.has(reading.nextToken) ||
      // "Zelenskiy's office said" (a firm's office is where it works: "Zentrix's office in Berlin").
      (reading.nextToken === 'office' &&
        tokenBits(reading.ctx, reading.chunk.field, reading.words[reading.to - 1]!.index + 2) & PERSON_VERB))
  )
    return [candidate(reading.chunk, reading.from, reading.to, 'unknown', 0, reading.base, PERSONISH)];
  return undefined;
}

/** One word opening a sentence, firms by their results and speech, peoples' adjectives, scorers. */
function oneWordOpeningsAndFirms(reading: Reading): Candidate[] {
  // A sentence-initial word the article never capitalises elsewhere and no list knows: most often an
  // ordinary word missing from the compact lexicon ("Downloads", "Bookmakers").
  // "Sheinbaum said": a word followed by a verb of speech is a speaker, not an ordinary word.
  // "Rheinmetall will build", "Stellantis has cut": a word that is no English plural and no two English
  // words run together ("Downloads", "Stockpiles"), before a modal or "has", is the subject's name.
  const plural = endsWithText(reading.firstLower, 's') && !PLURAL_LOOKALIKE.test(reading.firstLower);
  const nameBeforeModal =
    MODAL_AFTER.has(reading.nextToken) &&
    !plural &&
    !ENGLISH_ENDING.test(reading.firstLower) &&
    !reading.first.includes("'") &&
    !reading.first.includes('’') &&
    // "Thomas J. Albani will": a sentence the splitter saw end at a middle initial.
    !INITIAL_TOKEN.test(reading.prevToken) &&
    !englishCompound(reading.firstLower);
  // "Safaricom reported a 12% rise in half-year profit", "Vodacom posted record revenue": a name no list knows
  // that reports a firm's results is the firm (opening a sentence, it was dropped as a word the lexicon lacks).
  if (
    reading.n === 1 &&
    !reading.personCue &&
    !reading.locative &&
    !isKnownSurnameWord(reading.firstWord) &&
    !reading.firstWord.possessive &&
    firmResultsAfter(reading.ctx, reading.chunk.field, reading.words[reading.from]!.index) &&
    // ("Kamau reported a loss of his cattle": a person's own loss.)
    !reading.pronounPerson()
  )
    return readAs(reading, 'organization', 1);
  // "Ofwat fined Thames Water", "Ofcom fines broadcaster": a name no list knows that fines or censures is a
  // regulator, a league or a court, no word the lexicon lacks (people fine under a title: "Judge Li fined").
  if (
    reading.n === 1 &&
    reading.chunk.initial &&
    !reading.personCue &&
    !plural &&
    !ENGLISH_ENDING.test(reading.firstLower) &&
    !isKnownSurnameWord(reading.firstWord) &&
    !SURNAME_SHAPE.test(reading.first) &&
    !reading.firstWord.possessive &&
    SANCTION_VERBS.has(reading.nextToken)
  )
    return readAs(reading, 'organization', 1);
  // "Velran plans to cut its roster of suppliers", "Kelvane expects its sales to rise", "Kelvane launched a hostile bid
  // for Dorvan": a word no list knows opening a sentence, before a verb of what a firm plans or does to what a firm
  // owns after the clause's first pronoun "its" (a person's is "his" or "her"; a town raises "its council tax",
  // read55), or before a bid for a name, is the firm; it was dropped as an ordinary word the lexicon lacks. Not a full
  // name's last word ("Jan Kowalczyk … Kowalczyk launched a bid for Dorvan").
  if (
    reading.chunk.initial &&
    reading.n === 1 &&
    !plural &&
    !reading.personCue &&
    !reading.chunk.caseless &&
    !reading.firstWord.possessive &&
    !isKnownSurnameWord(reading.firstWord) &&
    ((FIRM_OWNER_VERBS.has(reading.nextToken) &&
      reading.pronoun() === 'thing' &&
      firmObjectOfIts(reading.ctx, reading.chunk.field, reading.firstWord.index)) ||
      bidForFirmAfter(reading.ctx, reading.chunk.field, reading.firstWord.index)) &&
    newsmakerNamed(reading.first) === undefined &&
    !endsFullName(reading.ctx, reading.firstWord)
  )
    return readAs(reading, 'organization', 1);
  // "Arsenal moved six points clear", "Arsenal manager Mikel Arteta": a club no list knows.
  if (
    reading.chunk.initial &&
    reading.n === 1 &&
    clubOpensSentence(reading.ctx, reading.chunk, reading.words[reading.from]!)
  )
    return readAs(reading, 'organization', 2);
  if (
    reading.chunk.initial &&
    !reading.ctx.seen.capitalisedInside.has(reading.firstLower) &&
    !SURNAME_SHAPE.test(reading.first) &&
    !nameBeforeModal &&
    // A plural the lexicon misses speaks too ("Eyewitnesses told"), and so do hyphened places
    // ("Miami-Brazil says").
    (!reading.speaker || reading.first.includes('-') || (plural && !isKnownSurnameWord(reading.firstWord))) &&
    // "Pele died in Santos aged 82", "Zendaya stars in the new film": a word no list knows that only a person's
    // deeds or life follow is a person (`personsLifeAround`, asked again at the end), no word the lexicon lacks.
    !(reading.n === 1 && !reading.locative && unlistedWord(reading.firstWord) && personsLifeAround(reading))
  )
    return readAs(reading, 'unknown', -1);
  if (reading.thingAfterThe) return [];
  // "Pfizer said on Monday it would …", "Walmart said its sales …": a name no list knows that speaks and
  // that "it" takes up at once is a firm (a known surname keeps its person).
  if (
    reading.personVerb &&
    !reading.locative &&
    !isKnownSurnameWord(reading.firstWord) &&
    !SURNAME_SHAPE.test(reading.first) &&
    reading.n === 1 &&
    !INDEFINITE_PRONOUNS.has(reading.firstLower) &&
    bodyOrFirmItAfter(reading.ctx, reading.chunk.field, reading.words[reading.from]!.index)
  )
    return readAs(reading, 'organization', 1);
  // "Transnistrian leader Vadim Krasnoselsky", "Abkhazian forces": an "-ian" word no list knows before a noun
  // for a people's leaders, forces or land is that people's adjective, not a surname of that shape.
  if (
    reading.n === 1 &&
    !isKnownSurnameWord(reading.firstWord) &&
    PEOPLES_ADJECTIVE.test(reading.first) &&
    PEOPLE_NOUNS.has(reading.nextToken)
  )
    return readAs(reading, 'other', 1);
  // "Charities including Care4Calais said": a word with a digit among its letters is no one's name.
  if (
    (isKnownSurnameWord(reading.firstWord) || reading.speaker || SURNAME_SHAPE.test(reading.first)) &&
    !DIGIT_IN_WORD.test(reading.first)
  )
    return [
      candidate(
        reading.chunk,
        reading.from,
        reading.to,
        'unknown',
        0,
        reading.base,
        reading.speakerVerb || reading.pronounPerson() ? SPEAKER : PERSONISH,
      ),
    ];
  // "Arsenal's Saka scored twice": one word after an owner's possessive, before a player's deed, is the
  // player (scorers.ts).
  if (
    reading.n === 1 &&
    playerDeed(reading.nextToken) &&
    (endsWithText(reading.prevToken, "'s") || endsWithText(reading.prevToken, '\u2019s'))
  )
    return readAs(reading, 'person', 1);
  // "Ajax Amsterdam 3 ( Kluivert 12 , Litmanen 44 )": a scorer before the minute, no side (scorers.ts).
  if (
    reading.n <= 2 &&
    MINUTE_START.test(reading.nextToken) &&
    scorerInBrackets(
      (k) => lowerTokenText(reading.ctx, reading.chunk.field, reading.words[reading.from]!.index - k),
      (k) => lowerTokenText(reading.ctx, reading.chunk.field, reading.words[reading.to - 1]!.index + k),
    )
  )
    return readAs(reading, 'person', 2);
  // "Canada - Aunger ( 41st min , pen )", "( Becerril 46th )": a minute as an ordinal after the name on a
  // sports page makes a scorer or a substitute (scorers.ts).
  if (
    reading.n <= 2 &&
    reading.ctx.sports &&
    minuteOrdinalAfter((k) =>
      lowerTokenText(reading.ctx, reading.chunk.field, reading.words[reading.to - 1]!.index + k),
    )
  )
    return readAs(reading, 'person', 2);
  // "Malawi's Mutharika was sworn in", "Ecuador's Noboa lost a referendum", "Born in Lagos in 1958, Adichie moved":
  // a word no list knows that only a person's deeds or life follow, or that a person's life opens, is a person.
  if (reading.n === 1 && !reading.locative && unlistedWord(reading.firstWord) && personsLifeAround(reading))
    return readAs(reading, 'person', 1);
  return readAs(reading, 'unknown', 0);
}

/** What courts, regulators and rivals do to a firm: "fined Apple", "a lawsuit against Apple". */
const ACTIONS_ON_FIRMS = new Set(
  'sued sues suing fined fines fining probed probing investigated investigating against'.split(' '),
);
/**
 * A one-word brand right after what a court, a regulator or a rival does to a firm, before no noun or colon: "The
 * regulator fined Apple on Tuesday" (capitalised words after any verb are too often films, seasons or labels:
 * "an award for Ghost", "by Spring next year", "Note: …").
 */
function brandActedOn(reading: Reading): boolean {
  if (!ACTIONS_ON_FIRMS.has(reading.prevToken) || reading.nextToken === ':') return false;
  const field = fieldsOf(reading.ctx, reading.chunk.field).field;
  // ("sued Apple stores": before a noun, the brand's word is the noun's modifier.)
  const after = field.tokens[reading.lastWord.index + 1];
  return after === undefined || !nounAfter(after.text);
}

/** A word no list knows: no ordinary word, given name, surname, listed name or place. */
function unlistedWord(w: Word): boolean {
  return (
    !isLowerWordWord(w) &&
    !isGivenNameWord(w) &&
    !isKnownSurnameWord(w) &&
    gazetteerOfWord(w) === undefined &&
    placeOfWord(w) === undefined &&
    !isBrandWord(w.core) &&
    !ACRONYM.test(w.core)
  );
}

/** Participles of what befalls a person, after "was" or "has been": "was sworn in", "was jailed". */
const PERSONS_PASSIVES = new Set(
  'sworn elected re-elected reelected inaugurated jailed imprisoned arrested impeached born married buried hospitalised hospitalized knighted ousted deposed assassinated widowed exiled pardoned indicted'.split(
    ' ',
  ),
);
/** Verbs of a person only, right after the name: "Noboa conceded", "Adichie married", "Ogwu sang". */
const PERSONS_VERBS = new Set('conceded concedes campaigned campaigns died married wed sang'.split(' '));
/** "The storm died down": what "died" is of things. */
const DIED_OF_THINGS = new Set(['down', 'out', 'away', 'off']);
/** A player's or an actor's part, after the name: "stars in the film", "starred as Hamlet", "stars alongside …". */
const STARS_VERBS = new Set(['stars', 'starred', 'starring']);
const STARS_AFTER = new Set(['in', 'as', 'alongside', 'opposite']);
/** What a candidate wins or loses: "lost a referendum", "won the runoff". */
const ELECTION_NOUNS = new Set(
  'election elections referendum runoff run-off vote presidency primary primaries ballot nomination'.split(
    ' ',
  ),
);
/** Participles of a person's life that open a sentence before its subject: "Born in Lagos, Adichie moved". */
const LIFE_OPENERS = new Set('born raised educated orphaned widowed exiled nicknamed'.split(' '));

/**
 * Whether the words around a one-word name say a person: "was sworn in" or another of `PERSONS_PASSIVES` after it
 * ("was", "has been", "had been"), a verb of `PERSONS_VERBS`, "won"/"lost" an election's noun within three words,
 * or a sentence opened by a participle of a person's life whose clause ends in a comma right before the name.
 */
function personsLifeAround(reading: Reading): boolean {
  const { ctx } = reading;
  const field = reading.chunk.field;
  const at = reading.lastWord.index;
  const next = reading.nextToken;
  if (PERSONS_VERBS.has(next)) return !DIED_OF_THINGS.has(lowerTokenText(ctx, field, at + 2));
  if (STARS_VERBS.has(next)) return STARS_AFTER.has(lowerTokenText(ctx, field, at + 2));
  if (next === 'was' || next === 'has' || next === 'had') {
    const k = next === 'was' ? at + 2 : lowerTokenText(ctx, field, at + 2) === 'been' ? at + 3 : -1;
    if (k > 0 && PERSONS_PASSIVES.has(lowerTokenText(ctx, field, k))) return true;
  }
  if (next === 'won' || next === 'lost' || next === 'wins' || next === 'loses') {
    for (let k = at + 2; k <= at + 4; k++) if (ELECTION_NOUNS.has(lowerTokenText(ctx, field, k))) return true;
  }
  if (reading.prevToken !== ',') return false;
  const first = reading.firstWord.index;
  for (let k = first - 2; k >= 0 && k >= first - 12; k--) {
    const text = lowerTokenText(ctx, field, k);
    if (text === ',' || text === '.' || text === ';') return false;
    if (LIFE_OPENERS.has(text)) return k === 0 || SENTENCE_ENDS.has(tokenText(ctx, field, k - 1));
  }
  return false;
}
/** Tokens that end a sentence or a line's label before the next sentence's first word. */
const SENTENCE_ENDS = new Set(['.', '!', '?', '"', '\u201d', ':']);

/** The letter of a funding round after "Series" ("Series A" to "Series H"), maybe with a digit ("Series B2"). */
const FUNDING_ROUND_LETTER = /^[a-h]\d?$/;

/** What a regulator, a league or a court does to those it oversees: "Ofwat fined", "Uefa censured". */
const SANCTION_VERBS = new Set(
  'fined fines censured censures penalised penalises penalized penalizes'.split(' '),
);

const MODAL_AFTER = new Set('will would could can may might must should shall has had'.split(' '));

/** Names ending in "s" that are no English plural ("Stellantis", "Airbus", "Novartis"). */
export const PLURAL_LOOKALIKE = /(?:is|us|ss)$/;

/** What a leader heads, named after the leader: "the Sharif government". */
const LEADERS_GOVERNMENTS = new Set(['government', 'administration', 'cabinet']);

const INITIAL_TOKEN = lazyPattern(() => /^\p{L}\.$/u);

/** A given name alone that no surname list knows, written in case, on a sports page: how a club is named there. */
function sportsGivenNameAlone(reading: Reading): boolean {
  return (
    reading.ctx.sports &&
    isGivenNameWord(reading.firstWord) &&
    !isKnownSurnameWord(reading.firstWord) &&
    !reading.chunk.caseless
  );
}

const fullNameSurnames = new WeakMap<Context, Set<string>>();
/**
 * Whether the story writes the word right after a given name somewhere ("Trainer Tom Baker … said Baker."): the
 * surname of a person it names in full. The words after given names are gathered once an article.
 */
function surnameOfFullName(ctx: Context, surname: string): boolean {
  let after = fullNameSurnames.get(ctx);
  if (!after) {
    after = new Set();
    for (const field of ['title', 'body'] as const) {
      const tokens = fieldsOf(ctx, field).field.tokens;
      for (let i = 1; i < tokens.length; i++) {
        const c = tokens[i]!.text.charCodeAt(0);
        if (c >= 65 && c <= 90 && isGivenName(tokens[i - 1]!.text)) after.add(tokens[i]!.text);
      }
    }
    fullNameSurnames.set(ctx, after);
  }
  return after.has(surname);
}
