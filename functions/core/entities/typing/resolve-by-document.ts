// resolveByDocument: types settled once the whole document is read (saints, initials of bodies, kinds of
// people, given names of unknowns), then typeByList.
import { lookupPlace } from '../../countries/gazetteer.js';
import { endsWithText } from '../../text/chars.js';
import { withoutArabicParticle } from '../chunk.js';
import { firmLastWord } from '../firm-cues.js';
import { GAZETTEER, isBrandWord, isGivenName, isKnownSurname, isLowerWord, ORG_HEADS } from '../lexicon.js';
import { newsmakerNamed } from '../newsmakers.js';
import { initialsOfBodies, spokenForBody } from './bodies-and-parties.js';
import { bodyTakesUp } from './bodies-taken-up.js';
import { type Candidate, type CandidateType, type Context, fieldsOf, norm } from './context.js';
import { COMPANY_BEFORE } from './cue-words.js';
import { CORPORATE_SUFFIXES, FIRM_KINDS } from './firm-cues-around.js';
import { usedAsName } from './peoples-words-as-surnames.js';

/** A firm's web address as its name: "Amazon.com", "Booking.com" (the name before the dot). */
const WEB_NAME = /^([A-Z][A-Za-z]+)\.(?:com|co\.uk|net)$/;

/**
 * Last words of the names of rivers, lakes, ranges and islands, which news also names by their first word alone
 * ("Cayman banks" beside "the Cayman Islands").
 */
const FEATURE_HEADS = new Set([
  'river',
  'lake',
  'mountains',
  'peninsula',
  'valley',
  'desert',
  'strait',
  'islands',
  'isles',
]);

import { readsAsState } from '../../countries/state-reading.js';
import { packedMap } from '../../text/packed-map.js';
import { struckByDisaster } from './disaster-places.js';
import { listedBesideThing } from './medicines.js';
import { VENUE_SURNAMES } from './person-cues.js';
import { isPlaceWord } from './place-cues.js';
import { PREPOSITIONS } from './sentence-shape.js';
import { opponentOfPerson } from './sports-context.js';
import { isBrandPlace, typeByList } from './type-by-list.js';
import { manhuntCapture, warPlace } from './war-places.js';
import { ACRONYM, INITIALS, possessiveBeforeTitle } from './word-tests.js';

/** Prepositions after which an unknown name is taken for a place ("in Arbil"); "at" and "from" take people too. */
export const STRONG_LOCATIVE = new Set(['in', 'near', 'into', 'outside', 'throughout', 'across', 'towards']);

/** A word no list knows: no given name, surname, ordinary word or gazetteer entry ("Loftus", "Versfeld"). */
export const unlistedText = (w: string): boolean =>
  !isGivenName(w) && !isKnownSurname(w) && !isLowerWord(w) && GAZETTEER.get(norm(w)) === undefined;

/**
 * "aid to Jordan", "King Abdullah of Jordan", "Jordan's King Abdullah": a country's name after a preposition or
 * before its ruler's title is the country, though a person of the story bears it as a surname (Michael Jordan: a
 * person is named so only on the sports pages, where a player is passed to). On any page, so is one its sentence
 * reads as the state (state-reading.ts): "Cuba Gooding Jr. … Cuba's government said", "Israel Adesanya … Israel
 * launched strikes on Gaza".
 */
function countryAsState(ctx: Context, c: Candidate): boolean {
  if (c.type !== 'place' || c.countryCode === undefined) return false;
  const field = fieldsOf(ctx, c.field).field;
  if (readsAsState(field, c.start, c.end, c.countryCode)) return true;
  return !ctx.sports && (PREPOSITIONS.has(c.prev ?? '') || possessiveBeforeTitle(field.text, c.end));
}

/**
 * Document-level consistency: a word of a person's full name is that person elsewhere ("Simmons" after
 * "Phil Simmons"), a name typed once keeps its type, a name once written "in X" is a place, and what is
 * still unknown gets the likeliest type.
 */
/** "Amon-Ra St. Brown … St. Brown said": the surname alone, which reads as a saint's place, is the person. */
function saintSurnames(candidates: Candidate[], keys: readonly string[]): void {
  const surnames = new Set<string>();
  for (const c of candidates)
    if (c.type === 'person' && c.words.length === 3 && c.words[1] === 'St.')
      surnames.add(norm(`St. ${c.words[2]!}`));
  if (surnames.size === 0) return;
  for (let k = 0; k < candidates.length; k++)
    if (candidates[k]!.type === 'place' && surnames.has(keys[k]!)) candidates[k]!.type = 'person';
}

export function resolveByDocument(candidates: Candidate[], ctx: Context): void {
  const personWords = new Set<string>();
  const peoplesSurnames = new Set<string>();
  // Words of names typed as people only by their shape: enough to settle an unknown word, not to retype.
  const weakPersonWords = new Set<string>();
  const locativeWords = new Set<string>();
  const featureWords = new Set<string>();
  const locativeNames = new Set<string>();
  const groundNames = new Set<string>();
  // "at Headingley", "from Arbil": a place more often than not, when nothing else is known.
  const weakLocativeWords = new Set<string>();
  const typedNames = new Map<string, Candidate>();
  for (const c of ctx.known?.values() ?? []) typedNames.set(norm(c.text), c);
  // Single words some mention makes a firm ("Amazon shares rose").
  const firmWords = new Set<string>();
  // Of those, the ones a firm cue typed (strength 2: "the Copernicus climate service").
  const strongFirmWords = new Set<string>();
  // Each candidate's words as one look-up key, built once: the passes below ask for it repeatedly.
  // Most candidates are one word: its key is the word itself in lower case, without a join.
  const keys = packedMap(candidates, (c) => norm(c.words.length === 1 ? c.words[0]! : c.words.join(' ')));
  // "Eli Lilly's Alzheimer's drug … Lilly said": a firm named like a person, by a firm's cue; its words
  // are no person's, and its last word alone is the firm.
  const firmNames = new Set<string>();
  const firmLastWords = new Set<string>();
  saintSurnames(candidates, keys);
  initialsOfBodies(candidates);
  // "the Jan Suraaj Party … Jan Suraaj fielded": a party's name without "Party" is the party.
  let partyNames: Set<string> | undefined;
  let firmCores: Set<string> | undefined;
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    // A party named after its leader ("the Robert Kilroy-Silk Party") leaves the person a person.
    if (
      c.type === 'organization' &&
      c.words.length >= 3 &&
      (c.words[c.words.length - 1] === 'Party' || c.words[c.words.length - 1] === 'party') &&
      (!isGivenName(c.words[0]!) || isLowerWord(norm(c.words[0]!)))
    ) {
      partyNames ??= new Set();
      partyNames.add(norm(c.words.slice(0, -1).join(' ')));
    }
    // "Reform UK … Reform said": a listed body named by a word and its country is that word alone too.
    if (
      c.type === 'organization' &&
      c.strength >= 3 &&
      c.words.length === 2 &&
      GAZETTEER.get(norm(c.words[1]!))?.kind === 'country'
    ) {
      partyNames ??= new Set();
      partyNames.add(norm(c.words[0]!));
    }
    // "Walt Disney Co … Disney said", "Lear Siegler Inc … Lear Siegler said": the firm named without its
    // legal form, and the surname of a person's name a firm bears.
    // ("Chase Manhattan Bank N.A.", "Morgan Guaranty Trust Co": its kind's words go too.)
    if (c.type === 'organization' && c.strength >= 2 && c.words.length >= 3) {
      let core = c.words.length;
      while (core > 2 && FIRM_TAIL_WORDS.has(norm(c.words[core - 1]!))) {
        core--;
        firmCores ??= new Set();
        firmCores.add(norm(c.words.slice(0, core).join(' ')));
      }
      if (core === 2 && core < c.words.length && isGivenName(c.words[0]!))
        firmLastWords.add(norm(c.words[1]!));
    }
    // "J.P. Morgan and Co Inc … Morgan said": a firm named by a person's initials and surname.
    if (c.type === 'organization' && c.strength >= 2 && c.words.length === 2 && INITIALS.test(c.words[0]!))
      firmLastWords.add(norm(c.words[1]!));
    if (c.type !== 'organization' || c.strength < 3 || c.words.length !== 2 || !isGivenName(c.words[0]!))
      continue;
    firmNames.add(keys[k]!);
    firmLastWords.add(norm(c.words[1]!));
  }
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    if (c.type === 'person' && c.words.length > 1 && c.strength === 0)
      for (const w of c.words)
        if (!INITIALS.test(w) && !ACRONYM.test(w) && w.length > 1) weakPersonWords.add(norm(w));
    if (
      c.type === 'person' &&
      c.words.length > 1 &&
      c.strength >= 1 &&
      !firmNames.has(keys[k]!) &&
      !firmCores?.has(keys[k]!)
    )
      for (let i = 0; i < c.words.length; i++) {
        const w = c.words[i]!;
        const kind = GAZETTEER.get(norm(w))?.kind;
        // A given name that is also a country ("Jordan" of "Jordan Ellis"): news prose names the person
        // by surname, so the country elsewhere stays the country ("Michael Jordan" still claims "Jordan").
        if (i === 0 && kind === 'country' && isGivenName(w)) continue;
        // "Peter Magyar", "Sarah English": a surname that is a people's word claims only its uses as a name.
        // ("S. African Afrikaners", a people read as a person, names no one.)
        if (
          i > 0 &&
          i === c.words.length - 1 &&
          (kind === 'demonym' || kind === 'group') &&
          !c.words.slice(0, i).some((x) => {
            const before = GAZETTEER.get(norm(x))?.kind;
            return before === 'demonym' || before === 'group';
          })
        )
          peoplesSurnames.add(norm(w));
        // "Roman Yaremchuk scored … Roman scored again": a people's word that opens a person's name as a given
        // name claims its uses as a name too ("a Roman villa" stays the people's).
        if (i === 0 && kind === 'group' && isGivenName(w)) peoplesSurnames.add(norm(w));
        if (!INITIALS.test(w) && !ACRONYM.test(w) && w.length > 1 && kind !== 'demonym' && kind !== 'group') {
          personWords.add(norm(w));
          // "al-Ansari" is "Ansari" on its own.
          const bare = withoutArabicParticle(w);
          if (bare !== w) personWords.add(norm(bare));
        }
      }
    // "in Punta del Este … Punta del Este's casinos": a name of several words written as a place.
    // ("Murray Hill residents were evacuated": a given name and a venue's head word the article makes a
    // place; its other mentions, which only the given name made a person, are the place: read25 F16.)
    if (
      c.words.length > 1 &&
      c.type === 'place' &&
      ((c.locative && STRONG_LOCATIVE.has(c.prev ?? '')) ||
        (c.words.length === 2 && VENUE_SURNAMES.has(norm(c.words[1]!))))
    )
      locativeNames.add(keys[k]!);
    // "lost at Loftus Versfeld … Loftus Versfeld will host the final": a ground of two words no list knows.
    // "at the Santiago Bernabeu … The Santiago Bernabeu was full": on a sports page, a ground named after a
    // person, a given name and a word no list knows after "the" (ents43).
    if (
      c.type === 'place' &&
      c.words.length === 2 &&
      ((c.prev === 'at' && c.words.every(unlistedText)) ||
        (c.prev === 'the' && ctx.sports && isGivenName(c.words[0]!) && unlistedText(c.words[1]!)))
    )
      groundNames.add(keys[k]!);
    // "south of the Litani River … south of Litani": a land's feature named in full names its first word alone.
    if (c.type === 'place' && c.words.length === 2 && FEATURE_HEADS.has(norm(c.words[1]!)))
      featureWords.add(norm(c.words[0]!));
    if (c.locative && c.words.length === 1 && (c.type === 'unknown' || c.type === 'place')) {
      if (STRONG_LOCATIVE.has(c.prev ?? '')) locativeWords.add(keys[k]!);
      else weakLocativeWords.add(keys[k]!);
    }
    // "The rebels captured Gedaref", "Troops shelled Shatoi": a word no list knows that a war report takes,
    // shells or flees is a place (war-places.ts).
    else if (c.type === 'unknown' && warPlace(ctx, c)) locativeWords.add(keys[k]!);
    // "Police captured Abimaro after a two-week manhunt": a person the hunt took.
    else if (c.type === 'unknown' && manhuntCapture(ctx, c)) weakPersonWords.add(keys[k]!);
    if (c.type !== 'unknown' && c.type !== 'none' && c.strength > 0) {
      const key = keys[k]!;
      const prev = typedNames.get(key);
      if (!prev || prev.strength < c.strength) typedNames.set(key, c);
      if (c.type === 'organization' && c.words.length === 1) {
        firmWords.add(key);
        if (c.strength >= 2) strongFirmWords.add(key);
      }
    }
  }
  // "Moody's" after "Moody's Investors Service Inc", "Boatmen" after "Boatmen's Bancshares Inc".
  const companyFirstWords = new Set<string>();
  // Of those, companies by legal form ("Toyota Motor Corp"), whose first word alone can take a town's name.
  const corporateFirstWords = new Set<string>();
  const guessed: number[] = [];
  // Of those, the ones typed by the default alone, with no cue.
  const defaulted = new Set<number>();
  // Single names typed by default or dropped as ordinary words: a list they stand in may say better.
  const listGuesses = new Set<number>();
  // "the Mariners" after "Seattle Mariners": a club's ordinary last word names the club alone.
  const clubLastWords = new Set<string>();
  const productFirstWords = new Set<string>();
  // "Real" after "Real Madrid", "Rotor" after "Rotor Volgograd": on a sports page, a club named by an
  // ordinary word and its town is that word alone.
  let clubFirstWords: Set<string> | undefined;
  for (const c of candidates) {
    // "Amazon.com said …" under the title "Amazon to cut 14,000 jobs": a firm named by its web address names
    // it by the address's first word too, as a firm's legal name does ("Toyota Motor Corp … Toyota").
    if (c.type === 'organization' && c.words.length === 1) {
      const web = WEB_NAME.exec(c.words[0]!);
      if (web) {
        companyFirstWords.add(norm(web[1]!));
        corporateFirstWords.add(norm(web[1]!));
      }
    }
    if (c.type !== 'organization' || c.words.length < 2) continue;
    const last = norm(c.words[c.words.length - 1]!);
    if (ctx.sports && c.words.length === 2 && isLowerWord(norm(c.words[0]!)) && isPlaceWord(c.words[1]!)) {
      clubFirstWords ??= new Set();
      clubFirstWords.add(norm(c.words[0]!));
    }
    // "Lloyd's of London": its name's first word, written with the "'s", names it too.
    const sOf = c.words.length === 3 && c.words[1] === 'of' ? c.text.indexOf('s of ') : -1;
    const apostrophe = sOf > 0 ? c.text.charCodeAt(sOf - 1) : 0;
    // ("Commodore International … Commodore": a firm's last word no person's name ends with.)
    if (ORG_HEADS.has(last) || firmLastWord(last) || apostrophe === 39 || apostrophe === 0x2019) {
      companyFirstWords.add(norm(c.words[0]!));
      if (CORPORATE_SUFFIXES.has(last)) corporateFirstWords.add(norm(c.words[0]!));
    } else if (last.length > 3 && endsWithText(last, 's') && isLowerWord(last)) clubLastWords.add(last);
    // "Nintendo Switch", "Zentrix Console": a firm's product named by the firm and an ordinary word.
    if (c.words.length === 2 && isLowerWord(last) && !ORG_HEADS.has(last) && !isPlaceWord(c.words[0]!))
      productFirstWords.add(norm(c.words[0]!));
  }
  // "Leeds beat Hull 2-1 … Leeds manager Daniel Farke": a town the article made a club names the club
  // wherever it is not written as a place ("in Leeds"). Sports pages type each mention by its own context.
  // On a sports page only a place of no country (a county the lists know as a region only: "Essex ,
  // however , need a fourth day", "Derbyshire , eight-wicket winners") follows its club; towns keep their own.
  const teamKeys = new Set<string>();
  for (let k = 0; k < candidates.length; k++)
    if (candidates[k]!.teamFromPlace && candidates[k]!.type === 'organization') teamKeys.add(keys[k]!);
  // "Rolling Stones announce tour" over "The Rolling Stones will play …, the band said": a name of several
  // words no cue typed that the story takes up as a body is one in every mention (bodies-taken-up.ts).
  const takenUpBodies = new Set<string>();
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    if ((c.type === 'unknown' || ordinaryWordsPerson(c)) && c.words.length > 1 && bodyTakesUp(ctx, c))
      takenUpBodies.add(keys[k]!);
  }
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    const key = keys[k]!;
    // "Royal Blood, who formed in 2011, … the band said": a given name's shape the story takes up as a body.
    if (c.type === 'person' && takenUpBodies.has(key)) {
      c.type = 'organization';
      continue;
    }
    // "Zay Flowers caught two touchdowns … Zay Flowers finished with 98 yards": on a sports page, a name of two
    // words read as a firm or a side by its shape alone is the player a cue made it elsewhere in the story.
    if (ctx.sports && c.type === 'organization' && c.strength === 1 && c.words.length === 2) {
      const typed = typedNames.get(key);
      if (typed?.type === 'person' && typed.strength >= 2) {
        c.type = 'person';
        continue;
      }
    }
    if (
      teamKeys.size > 0 &&
      c.type === 'place' &&
      !c.countryCode &&
      !c.locative &&
      !c.caseless &&
      !PREPOSITIONS.has(c.prev ?? '') &&
      teamKeys.has(key) &&
      (!ctx.sports || (c.words.length === 1 && c.placeId === undefined && !lookupPlace(c.words[0]!)))
    ) {
      c.type = 'organization';
      continue;
    }
    // "Amazon shares rose … a deal with Amazon, which …": a word only WordNet calls a place (a river, a
    // region, no town) that the article makes a firm elsewhere is the firm wherever it is not written as a
    // place (sports pages name clubs by towns: left to their own rules).
    if (firmWords.has(key) && !ctx.sports && isBrandPlace(c) && !lookupPlace(c.words[0]!)) {
      c.type = 'organization';
      continue;
    }
    // "in partnership with Disney … Disney boss Michael Eisner": a surname only WordNet lists, which the article
    // never gives a first name, that it makes a firm elsewhere is the firm (not on sports pages, where a
    // player and a club may share a word; not a person who accuses or vows; not the first word of a longer
    // firm's name, which "Goldman said" after "Goldman Sachs" joins as a person's).
    if (
      firmWords.has(key) &&
      c.type === 'person' &&
      c.words.length === 1 &&
      c.strength <= 1 &&
      c.personish !== 2 &&
      !ctx.sports &&
      !personWords.has(key) &&
      // ("the Copernicus climate service … Copernicus said": a surname WordNet lists as a place, a crater.)
      (GAZETTEER.get(key)?.kind === 'person' ||
        (GAZETTEER.get(key)?.kind === 'place' &&
          strongFirmWords.has(key) &&
          !lookupPlace(c.words[0]!) &&
          isKnownSurname(c.words[0]!))) &&
      !isGivenName(c.words[0]!) &&
      !candidates.some((x) => x.type === 'organization' && x.words.length > 1 && x.words[0] === c.words[0])
    ) {
      c.type = 'organization';
      continue;
    }
    // "Toyota said … Analysts expect Toyota to raise": a listed firm named like a town that the article
    // makes the firm is the firm wherever it is not written as a place ("in Toyota", "Toyota City").
    if (
      firmWords.has(key) &&
      !ctx.sports &&
      c.type === 'place' &&
      c.words.length === 1 &&
      !c.countryCode &&
      !c.locative &&
      !c.caseless &&
      !PREPOSITIONS.has(c.prev ?? '') &&
      isBrandWord(c.words[0]!)
    ) {
      c.type = 'organization';
      continue;
    }
    if (
      firmCores?.has(key) &&
      (c.type === 'person' ||
        c.type === 'unknown' ||
        (c.type === 'place' && !c.locative && c.strength <= 1)) &&
      c.strength <= 2 &&
      c.personish !== 2
    ) {
      c.type = 'organization';
      continue;
    }
    if (partyNames?.has(key) && (c.type === 'person' || c.type === 'unknown') && c.strength <= 2) {
      c.type = 'organization';
      continue;
    }
    // Its other mentions, which only their shape made a person, are the place.
    if (
      c.words.length > 1 &&
      c.type === 'person' &&
      ((c.strength === 0 && locativeNames.has(key)) ||
        (c.strength <= 2 &&
          c.personish === undefined &&
          c.words.length === 2 &&
          ((VENUE_SURNAMES.has(norm(c.words[1]!)) && locativeNames.has(key)) || groundNames.has(key))))
    ) {
      c.type = 'place';
      continue;
    }
    // "the village of Mahala" once makes "Mahala" a place throughout, unless a full name uses the word.
    if (
      c.words.length === 1 &&
      c.type === 'person' &&
      c.strength <= 1 &&
      locativeWords.has(key) &&
      !personWords.has(key) &&
      !weakPersonWords.has(key)
    ) {
      c.type = 'place';
      continue;
    }
    if (
      c.words.length === 1 &&
      companyFirstWords.has(key) &&
      (c.type === 'unknown' ||
        (c.type === 'person' && c.strength <= 1) ||
        // "Toyota shares fell" after "Toyota Motor Corp": the company, not the town, unless "in Toyota".
        // ("Toyota to buy stake" after "Toyota Motor": a listed brand's name before a firm's head word too.)
        (c.type === 'place' &&
          !c.countryCode &&
          !c.locative &&
          (corporateFirstWords.has(key) || isBrandWord(c.words[0]!))))
    ) {
      // "Traders in London … the London Metal Exchange": a place written as one ("in London") stays one.
      c.type = c.locative && c.strength <= 1 && isPlaceWord(c.words[0]!) ? 'place' : 'organization';
      continue;
    }
    // Not a surname a person's pronoun takes up ("Charles Schwab Corp … Schwab said he was proud": the
    // founder, read25 F7), as firmCores spare it; "Disney said profits rose" stays the firm.
    if (
      c.words.length === 1 &&
      firmLastWords.has(key) &&
      !personWords.has(key) &&
      c.personish !== 2 &&
      (c.type === 'unknown' || (c.type === 'person' && c.strength <= 1))
    ) {
      c.type = 'organization';
      continue;
    }
    // "Zentrix said on Wednesday …" after "Zentrix Switch": the maker of the product, no speaker.
    if (c.words.length === 1 && c.type === 'unknown' && c.personish !== 2 && productFirstWords.has(key)) {
      c.type = 'organization';
      continue;
    }
    if (
      c.words.length === 1 &&
      c.type === 'unknown' &&
      (clubLastWords.has(key) || clubFirstWords?.has(key))
    ) {
      c.type = 'organization';
      continue;
    }
    // "Analysts at Morgan Stanley … Morgan Stanley shares": a name a cue made a firm is that firm where
    // only its shape said person.
    // "club Atalanta … cost Atalanta": a bare given name the article also names as a firm or club is it.
    if (
      ((c.type === 'person' || c.type === 'other') && c.words.length > 1) ||
      // "Disney said … shares of Disney": so is a WordNet surname with no full name in the article.
      (c.type === 'person' &&
        c.strength <= 1 &&
        !personWords.has(key) &&
        (isGivenName(c.words[0]!) || GAZETTEER.get(key)?.kind === 'person'))
    ) {
      const typed = typedNames.get(key);
      if (typed?.type === 'organization' && typed.strength > c.strength) {
        c.type = 'organization';
        continue;
      }
      // "former leader Hun Sen … the son of Hun Sen": a name a title made a person is that person where
      // only a people's word opening it made it a name of a thing (review25 finding 5).
      if (c.type === 'other' && c.strength <= 1 && typed?.type === 'person' && typed.strength > c.strength) {
        c.type = 'person';
        continue;
      }
    }
    if (
      c.words.length === 1 &&
      (personWords.has(key) || personWords.has(norm(withoutArabicParticle(c.words[0]!)))) &&
      c.type !== 'person'
    ) {
      // ("Dorvell Partnership Ltd … Dorvell said it would sell its shares … its general partner, Alan Dorvell": a firm's
      // first word that a cue made the firm stays the firm.)
      const keep =
        c.type === 'nationality' ||
        c.type === 'other' ||
        (c.type === 'place' && (c.locative || struckByDisaster(fieldsOf(ctx, c.field).field.text, c.end))) ||
        (c.type === 'organization' && c.strength >= 1 && companyFirstWords.has(key)) ||
        countryAsState(ctx, c);
      if (!keep) {
        c.type = 'person';
        continue;
      }
    }
    if (
      c.words.length === 1 &&
      (c.type === 'nationality' || c.type === 'other') &&
      peoplesSurnames.has(key) &&
      usedAsName(ctx, c)
    ) {
      c.type = 'person';
      continue;
    }
    // "Designer India Hicks … Hicks said she": a country's name before a word the article uses alone for a
    // person is that person's given name, no body of the country (read33 leftovers).
    if (c.type === 'organization' && c.strength <= 1 && countryAsGivenName(c, candidates)) {
      c.type = 'person';
      continue;
    }
    if (c.type !== 'unknown') continue;
    const typed = typedNames.get(key);
    // "A spokesman for Albanese said … Albanese told reporters he": a speaker is no body that a spokesman's
    // preposition alone made one.
    if (typed && !(c.personish === 2 && spokenForBody(typed))) {
      c.type = typed.type;
      continue;
    }
    if (weakPersonWords.has(key) && !c.locative) c.type = 'person';
    else if (locativeWords.has(key) || featureWords.has(key)) c.type = 'place';
    // "Trump has imposed tariffs", "signed by Trump", "slogans against Erdogan": a newsmaker the news
    // names by surname alone (entities/newsmakers.ts) is that person where no cue says anything.
    else if (c.words.length === 1 && !c.locative && newsmakerNamed(c.words[0]!) !== undefined)
      c.type = 'person';
    else if (c.strength < 0) {
      c.type = 'none';
      if (c.words.length === 1) listGuesses.add(k);
    } else if (undottedInitialsName(c.words)) c.type = 'person';
    else if (c.words.length > 1)
      // "Intel named industry veteran Lip-Bu Tan … Tan, the former CEO": an unknown word before a name the
      // article uses alone for a person is that person's given name.
      c.type = unknownGivenOf(c, typedNames) ? 'person' : takenUpBodies.has(key) ? 'organization' : 'other';
    else if (c.personish) c.type = 'person';
    else if (weakLocativeWords.has(key)) {
      // "from Microsoft, Meta and Amazon": "from" alone is weak ground, which a list may overrule.
      c.type = 'place';
      listGuesses.add(k);
    } else if (opponentOfPerson(ctx, candidates, k)) c.type = 'person';
    // "sales of Wegovy and Ozempic": a word listed beside a medicine or another thing is one too.
    else if (listedBesideThing(ctx, candidates, k)) c.type = 'other';
    else {
      c.type = UNKNOWN_SINGLE;
      listGuesses.add(k);
      defaulted.add(k);
    }
    guessed.push(k);
  }
  typeByList(candidates, ctx, listGuesses, keys, personWords);
  // A name guessed from its surroundings gets one type across the article: the one most mentions got.
  // A speaker ("Trump has accused", "Starmer told", "Duran, whose") outvotes every default ("said Trump
  // would"), which is no evidence at all; "X said" alone does not, as firms and agencies say things too.
  const spoken = new Set<string>();
  for (const k of guessed) {
    const c = candidates[k]!;
    if (c.type === 'person' && c.personish === 2) spoken.add(keys[k]!);
  }
  const votes = new Map<string, Map<CandidateType, number>>();
  for (const k of guessed) {
    const c = candidates[k]!;
    if (c.type === 'none') continue;
    const key = keys[k]!;
    if (defaulted.has(k) && c.type === UNKNOWN_SINGLE && spoken.has(key)) continue;
    const byType = votes.get(key) ?? new Map<CandidateType, number>();
    byType.set(c.type, (byType.get(c.type) ?? 0) + 1);
    votes.set(key, byType);
  }
  for (const k of guessed) {
    const c = candidates[k]!;
    const byType = votes.get(keys[k]!);
    if (!byType || (byType.size < 2 && byType.has(c.type)) || c.type === 'none') continue;
    let best: CandidateType = c.type;
    let bestCount = 0;
    for (const [type, count] of byType) if (count > bestCount) [best, bestCount] = [type, count];
    c.type = best;
  }
  kindWordPeople(candidates, keys);
  // The body a spokesman's "for" made is the person the article elsewhere has speak.
  if (spoken.size > 0)
    for (let k = 0; k < candidates.length; k++)
      if (spokenForBody(candidates[k]!) && spoken.has(keys[k]!)) candidates[k]!.type = 'person';
}

/** Last words of a firm's name that say what it is, which the article may leave out ("Chase Manhattan"). */
const FIRM_TAIL_WORDS = new Set([
  ...CORPORATE_SUFFIXES,
  'n.a.',
  'bank',
  'trust',
  'corporation',
  'company',
  'group',
  'holdings',
  'international',
]);
const UNKNOWN_SINGLE: CandidateType = 'organization';

/** "B R Gavai", "P Chidambaram": initials written without periods (undotted-initials.ts) before a name. */
function undottedInitialsName(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 5) return false;
  const letter = (w: string) => w.length === 1 && w >= 'A' && w <= 'Z';
  if (!letter(words[0]!)) return false;
  let i = 1;
  while (i < words.length && letter(words[i]!)) i++;
  return i < words.length && i <= 3;
}
/** Days that own a person in a headline's way ("Today's Jane Smith"): no names. */
export const DAYS_OWNING = new Set(['today', 'tonight', 'tomorrow', 'yesterday']);

/**
 * "shares from real estate developer Donald Trump … Trump agreed not to buy": a given name and a word that
 * only a kind of firm before them made a body are the person whose surname the article has as a person
 * elsewhere (by a speaker's verb, a cue or the newsmakers list; never where that word alone is a body).
 */
function kindWordPeople(candidates: Candidate[], keys: readonly string[]): void {
  let named: Candidate[] | undefined;
  for (const c of candidates)
    if (
      c.type === 'organization' &&
      c.strength === 2 &&
      c.words.length === 2 &&
      c.prev &&
      (COMPANY_BEFORE.has(c.prev) || FIRM_KINDS.has(c.prev)) &&
      isGivenName(c.words[0]!)
    ) {
      named ??= [];
      named.push(c);
    }
  if (!named) return;
  const people = new Set<string>();
  const bodies = new Set<string>();
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    if (c.words.length !== 1) continue;
    if (c.type === 'organization') bodies.add(keys[k]!);
    else if (
      c.type === 'person' &&
      (c.personish === 2 || c.strength >= 1 || newsmakerNamed(c.words[0]!) !== undefined)
    )
      people.add(keys[k]!);
  }
  for (const c of named) {
    const last = norm(c.words[1]!);
    if (people.has(last) && !bodies.has(last)) c.type = 'person';
  }
}

/** Two words, the first no list knows nor any ordinary word, the second a person's name in the article. */
function unknownGivenOf(c: Candidate, typedNames: ReadonlyMap<string, Candidate>): boolean {
  if (c.words.length !== 2) return false;
  const first = c.words[0]!;
  const last = typedNames.get(norm(c.words[1]!));
  return (
    last?.type === 'person' &&
    last.words.length === 1 &&
    (GAZETTEER.get(norm(c.words[1]!))?.kind ?? 'person') === 'person' &&
    !lookupPlace(c.words[1]!) &&
    !isBrandWord(c.words[1]!) &&
    !isLowerWord(first) &&
    !GAZETTEER.has(norm(first)) &&
    !lookupPlace(first) &&
    !ACRONYM.test(first)
  );
}

/**
 * Two words, a country's name and a word the article names alone as a person ("India Hicks … Hicks said she"):
 * typed so, or of no type yet but read as someone who speaks or acts.
 */
function countryAsGivenName(c: Candidate, candidates: readonly Candidate[]): boolean {
  if (c.words.length !== 2 || GAZETTEER.get(norm(c.words[0]!))?.kind !== 'country') return false;
  const last = norm(c.words[1]!);
  if (lookupPlace(c.words[1]!)) return false;
  return candidates.some(
    (o) =>
      o.words.length === 1 &&
      (o.type === 'person' || (o.type === 'unknown' && o.personish !== undefined)) &&
      norm(o.words[0]!) === last,
  );
}

/**
 * A person read from a given name before an ordinary word no list knows for a surname or a given name ("Royal
 * Blood"): the shape of a band's or a firm's name as much as a person's.
 */
function ordinaryWordsPerson(c: Candidate): boolean {
  if (c.type !== 'person' || c.words.length !== 2) return false;
  const last = c.words[1]!;
  return isGivenName(c.words[0]!) && isLowerWord(norm(last)) && !isKnownSurname(last) && !isGivenName(last);
}
