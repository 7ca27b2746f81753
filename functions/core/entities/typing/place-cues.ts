// Cues of places around a name: lists of places, regions after a comma, towns, nationals, compass and
// country words.
import { lookupPlace, type PlaceEntry } from '../../countries/gazetteer.js';
import type { Field } from '../../schema.js';
import { startsWithDigit } from '../../text/chars.js';
import { monthNumber } from '../../text/months.js';
import type { Chunk, Word } from '../chunk.js';
import { GAZETTEER, type GazetteerEntry } from '../lexicon.js';
import {
  gazetteerOfWord,
  isGivenNameWord,
  isKnownSurnameWord,
  isLowerWordWord,
  placeOfWord,
} from '../word-facts.js';
import { officeApposedBefore } from './appositions.js';
import { lookup } from './candidates.js';
import {
  type Candidate,
  type Context,
  fieldsOf,
  lowerTokenText,
  norm,
  startsWithCapital,
  tokenText,
} from './context.js';
import { COMPASS_WORDS, PERSON_VERBS, SPEAKER_VERBS } from './cue-words.js';
import { personFromAt } from './home-towns.js';
import { capitalisedAt } from './sentence-shape.js';
import { LOCATIVE_WORD, tokenBits } from './token-bits.js';
import { S_ACRONYM, shapeIs, W_FUNCTION, W_ORG_HEAD, W_TITLE, wordIs } from './word-tests.js';

/** Continents, whose agencies are named by the continent and an acronym ("Africa CDC"). */
export const CONTINENTS = new Set(['africa', 'europe', 'asia', 'oceania']);

export function isCountryName(words: readonly Word[], from: number, to: number): boolean {
  let name = words[from]!.core;
  for (let i = from + 1; i < to; i++) name += ` ${words[i]!.core}`;
  return GAZETTEER.get(norm(name))?.kind === 'country' || lookupPlace(name)?.kind === 'country';
}
/** What may follow "state" after a region's name: the phrase's end ("Guerrero state.", "Shan state, where"). */
export const STATE_PHRASE_ENDS = new Set(
  '. , ; : ) and or in on of where which that was is has had were are after near with governor capital'.split(
    ' ',
  ),
);
export const COMPASS_ADJECTIVE = /^(?:North|South|East|West|Mid)[a-z]*ern$/;

/** A town the place gazetteer knows that no given-name or surname list knows: "Leeds", "Harrogate". */
function plainTownAt(ctx: Context, field: Field, index: number): boolean {
  const w = fieldsOf(ctx, field).words[index];
  return (
    w?.capitalised === true &&
    !w.caseless &&
    !w.possessive &&
    placeOfWord(w)?.kind === 'city' &&
    !isGivenNameWord(w) &&
    !isKnownSurnameWord(w) &&
    gazetteerOfWord(w)?.kind !== 'organization'
  );
}

/**
 * "between Leeds and York", "York or Leeds": the one-word name at `index` stands right beside "and" or "or" whose
 * other side is one word, a town no given-name or surname list knows, or after "between" a word no list knows at all
 * ("between Harrogate and York").
 */
export function coordinatedWithTown(ctx: Context, field: Field, index: number): boolean {
  const before = lowerTokenText(ctx, field, index - 1);
  if (
    (before === 'and' || before === 'or') &&
    (plainTownAt(ctx, field, index - 2) ||
      (lowerTokenText(ctx, field, index - 3) === 'between' && unlistedNameAt(ctx, field, index - 2))) &&
    !capitalisedAt(ctx, field, index - 3)
  )
    return true;
  const after = lowerTokenText(ctx, field, index + 1);
  return (
    (after === 'and' || after === 'or') &&
    (plainTownAt(ctx, field, index + 2) ||
      (before === 'between' && after === 'and' && unlistedNameAt(ctx, field, index + 2))) &&
    !capitalisedAt(ctx, field, index + 3)
  );
}

/** "between Harrogate and York": a capitalised word no list knows (no given name, surname, ordinary word or name). */
function unlistedNameAt(ctx: Context, field: Field, index: number): boolean {
  const w = fieldsOf(ctx, field).words[index];
  return (
    w?.capitalised === true &&
    !w.caseless &&
    !w.possessive &&
    !w.initial &&
    !isGivenNameWord(w) &&
    !isKnownSurnameWord(w) &&
    !isLowerWordWord(w) &&
    gazetteerOfWord(w) === undefined
  );
}

/**
 * "in Tokyo and London", "in Paris, Berlin and Rome": from the joiner at `index` back over names and
 * joiners to a locative word ("in", "from") before the first name, within a few tokens.
 */
export function listAfterLocative(ctx: Context, field: Field, index: number): boolean {
  let i = index;
  for (let hops = 0; hops < 4; hops++) {
    if (!LIST_JOINERS.has(lowerTokenText(ctx, field, i))) return false;
    let names = 0;
    while (names < 3 && capitalisedAt(ctx, field, i - 1)) {
      i--;
      names++;
    }
    if (names === 0) return false;
    i--;
    if (tokenBits(ctx, field, i) & LOCATIVE_WORD) return lowerTokenText(ctx, field, i) !== '';
  }
  return false;
}

/** A region's people, named as a country's are: "European", "Asians", "Africans", "Arab". */
export const REGIONAL_PEOPLES = new Set('european asian african arab nordic scandinavian balkan'.split(' '));
/** The same in two words (and their plural). */
export const REGIONAL_PEOPLES_TWO_WORDS = new Set(['latin american', 'latin americans', 'middle eastern']);
export const LIST_JOINERS = new Set(['and', ',']);
/** Verbs that name what a plural noun before them is: "the districts were Badulla and Kandy". */
export const COPULAS = new Set(['were', 'are', 'include', 'included']);

export const RIVERS = new Set(['river', 'rivers']);
/** Plural nouns of places after a list of names ("Quang Ninh and Hai Phong provinces"). */
export const PLURAL_PLACE_NOUNS = new Set([
  'regions',
  'rivers',
  'provinces',
  'districts',
  'villages',
  'towns',
  'counties',
  'islands',
  // "the ports, including Balboa and Cristobal" (review30 E1).
  'ports',
  'airports',
  'harbours',
  'harbors',
  'terminals',
  'cities',
  'suburbs',
]);

/** "ports, including Balboa": a plural place noun before "including", with or without a comma between. */
export function placesIncluding(ctx: Context, field: Field, including: number): boolean {
  const before = tokenText(ctx, field, including - 1);
  return (
    PLURAL_PLACE_NOUNS.has(before) ||
    (before === ',' && PLURAL_PLACE_NOUNS.has(tokenText(ctx, field, including - 2)))
  );
}

/**
 * Whether the names from token `index` on (a list's next members, up to eight tokens of capitalised words,
 * hyphens, commas and "and") end before a plural place noun.
 */
export function placesListAfter(ctx: Context, field: Field, index: number): boolean {
  for (let k = index; k < index + 8; k++) {
    const text = tokenText(ctx, field, k);
    // ("the Runcorn and Helsby by-election": a seat named by two towns.)
    if (PLURAL_PLACE_NOUNS.has(text) || text === 'by-election') return k > index;
    if (!(startsWithCapital(text) || text === '-' || text === ',' || text === 'and')) return false;
  }
  return false;
}

/** Whether the tokens ending at `index` read "towns such" (a plural place noun, then "such"). */
export function placesSuchAs(ctx: Context, field: Field, index: number): boolean {
  return tokenText(ctx, field, index) === 'such' && PLURAL_PLACE_NOUNS.has(tokenText(ctx, field, index - 1));
}

/**
 * Whether the names ending at token `index` (up to eight tokens of capitalised words, commas and "and")
 * follow "of", "such as" or "including" after a plural place noun ("the provinces of Ben Tre, …").
 */
export function placesListBefore(ctx: Context, field: Field, index: number, afterComma: boolean): boolean {
  for (let k = index; k > index - 8 && k > 0; k--) {
    const text = tokenText(ctx, field, k);
    if (text === 'of') return k < index && PLURAL_PLACE_NOUNS.has(tokenText(ctx, field, k - 1));
    if (text === 'as') return k < index && placesSuchAs(ctx, field, k - 1);
    if (text === 'including') return k < index && placesIncluding(ctx, field, k);
    // "The worst-hit districts were Badulla and Nuwara Eliya".
    if (COPULAS.has(text)) return k < index && PLURAL_PLACE_NOUNS.has(tokenText(ctx, field, k - 1));
    // "the provinces of Quang Nam and Quang Ngai, Nguyen Van Minh, …": "and" closed the list before the comma.
    if (afterComma && text === 'and') return false;
    if (!(startsWithCapital(text) || text === ',' || text === 'and')) return false;
  }
  return false;
}

/**
 * Whether the list a name after a comma stands in goes on after it ("of Ben Tre, Dong Thap and Long An"):
 * "and" or a comma follows, and the comma opens no apposition ("Nguyen Van Minh, a disaster official,").
 */
export function placesListGoesOn(ctx: Context, field: Field, index: number): boolean {
  const next = tokenText(ctx, field, index);
  if (next === 'and') return true;
  if (next !== ',') return false;
  const after = lowerTokenText(ctx, field, index + 1);
  return after !== 'a' && after !== 'an' && after !== 'the' && after !== 'who' && after !== 'said';
}

/** Words before "the X crossing" that make X a service one travels on, not a border point. */
export const RIDDEN_ON = new Set(['on', 'aboard', 'onto', 'by']);
/** Nouns of a town's people after its name: "a Redmond man", "two Bend residents". */
export const RESIDENT_NOUNS = new Set('man woman boy girl resident residents'.split(' '));
export const CARDINAL_POINTS = new Set(['north', 'south', 'east', 'west']);
/** Whether the words `from`..`to` are names no list types: no ordinary word, place or listed body. */
export function unknownWords(words: readonly Word[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const w = words[i]!;
    if (isLowerWordWord(w) || gazetteerOfWord(w) !== undefined || isPlaceWordOf(w) || !w.capitalised)
      return false;
  }
  return true;
}

/** Nouns a place owns, not a club: "Queensland's government", "Liverpool's mayor". */
export const PLACE_OWNS = new Set(
  'government governments premier governor mayor parliament capital state economy police authorities residents people coast'.split(
    ' ',
  ),
);
/** Adjectives that make a part of a place, not an organisation: "Old Trafford", "Greater Manchester". */
export const PLACE_ADJECTIVES = new Set([
  'old',
  'greater',
  'central',
  'inner',
  'outer',
  'downtown',
  'metropolitan',
  'rural',
  'urban',
  'suburban',
  'coastal',
]);

/**
 * "Real Madrid", "Sporting Lisbon": an ordinary word before a town (not a country: "Mainland China"),
 * opening a sentence, still opens a club's name; descriptive words ("Central", "Rural") do not.
 */
export function ordinaryBeforeTown(words: readonly Word[], from: number, to: number): boolean {
  if (to - from !== 2) return false;
  const first = words[from]!.lower;
  if (PLACE_ADJECTIVES.has(first) || COMPASS_WORDS.has(first)) return false;
  return isTownWord(words[to - 1]!);
}

/** Leads of a mountain's or a water's name that are also English words ("mount", "lake", "cape", "fort", "port"). */
const NATURAL_PLACE_LEADS = new Set(['mount', 'lake', 'cape', 'fort', 'port', 'isle']);

/**
 * "Mount Merapi erupted on Tuesday", "Lake Victoria rose": a mountain's or a water's lead opening a sentence before
 * a word English does not write in lower case opens the place's name, not the sentence ("Port officials said" is
 * the ordinary word).
 */
export function naturalPlaceLeadOpens(words: readonly Word[], from: number, to: number): boolean {
  return to - from > 1 && NATURAL_PLACE_LEADS.has(words[from]!.lower) && !isLowerWordWord(words[from + 1]!);
}

export function isPlaceWord(word: string): boolean {
  return placeByKind(GAZETTEER.get(norm(word))?.kind) ?? lookupPlace(word) !== undefined;
}

/** `isPlaceWord(w.core)`, from the word's facts. */
export function isPlaceWordOf(w: Word): boolean {
  return placeByKind(gazetteerOfWord(w)?.kind) ?? placeOfWord(w) !== undefined;
}

/**
 * What a word's gazetteer kind alone says of its being a place: a country is one, a person, firm or
 * other kind is not, and a place or an unknown word is one if the place lists know it (undefined).
 */
function placeByKind(kind: GazetteerEntry['kind'] | undefined): boolean | undefined {
  if (kind === 'country') return true;
  return kind === undefined || kind === 'place' ? undefined : false;
}

/** A town or city the place gazetteer knows that is no country and no surname ("Madrid", "Dortmund"). */
export function isTownWord(w: Word): boolean {
  const kind = gazetteerOfWord(w)?.kind;
  if (kind !== undefined && kind !== 'place') return false;
  const place = placeOfWord(w);
  return place !== undefined && place.kind !== 'country' && !isKnownSurnameWord(w);
}

/** "Benetton ( Italy ) 92 Dinamo": the token after a short bracketed note that follows a name. */
export function afterCountryNote(ctx: Context, chunk: Chunk, to: number, next: string): string {
  if (next !== '(') return next;
  const index = chunk.words[to - 1]!.index;
  for (let i = index + 2; i <= index + 5; i++)
    if (lowerTokenText(ctx, chunk.field, i) === ')') return lowerTokenText(ctx, chunk.field, i + 1);
  return next;
}

export function isNationalEntry(entry: GazetteerEntry | Candidate | undefined): boolean {
  if (!entry) return false;
  if ('kind' in entry) return entry.kind === 'demonym' || entry.kind === 'country';
  return entry.type === 'nationality' || (entry.type === 'place' && entry.countryCode !== undefined);
}

/** "Chinese", "U.S.", "Chicago" before a title: where the office holder is from. */
function isNationalWord(word: string): boolean {
  return nationalByKind(GAZETTEER.get(norm(word))?.kind) ?? lookupPlace(word) !== undefined;
}

/** What a word's gazetteer kind alone says of its naming a nation: unknown words ask the place lists. */
function nationalByKind(kind: GazetteerEntry['kind'] | undefined): boolean | undefined {
  return kind === undefined ? undefined : kind === 'demonym' || kind === 'country';
}

/** `isNationalWord('')`, asked once: typing asks it (~10 times an article) when it has passed every word of a run. */
let nationalOfNoWord: boolean | undefined;

/** `isNationalWord(w?.core ?? '')`, from the word's facts. */
export function isNationalWordOf(w: Word | undefined): boolean {
  if (w === undefined) {
    nationalOfNoWord ??= isNationalWord('');
    return nationalOfNoWord;
  }
  return nationalByKind(gazetteerOfWord(w)?.kind) ?? placeOfWord(w) !== undefined;
}

/** What may follow a town's region: a pause, the end, or the next item of a list. */
const AFTER_REGION = new Set([',', '.', ';', ':', ')', '', '-', '–', '—', 'and', 'or']);

/**
 * The state or province written at `index` ("B.C.", "Alta.", "Nova Scotia") when a pause follows it,
 * else undefined. An abbreviation's period may be a token of its own.
 */
export function regionAt(ctx: Context, field: Field, index: number): PlaceEntry | undefined {
  const tokens = fieldsOf(ctx, field).field.tokens;
  let name = '';
  for (let k = index; k < index + 3 && k < tokens.length; k++) {
    const token = tokens[k]!;
    if (!startsWithCapital(token.text)) return undefined;
    name = name === '' ? token.text : `${name} ${token.text}`;
    let end = k + 1;
    let written = name;
    if (tokens[end]?.text === '.' && tokens[end]!.start === token.end) {
      written = `${name}.`;
      end++;
    }
    // "Erik Halvorsen, M.D., founder": a physician's degree, written with two capitals; Maryland is "Md.".
    if (written === 'M.D.') return undefined;
    const place = lookupPlace(written);
    if (place?.kind === 'region') {
      const after = lowerTokenText(ctx, field, end);
      // "Alta." ends the sentence: its period is also the full stop.
      return AFTER_REGION.has(after) || written.endsWith('.') ? place : undefined;
    }
  }
  return undefined;
}

/** The token index after the region of "NAME, Region," when the name's last token is at `index`; else -1. */
export function regionAfterComma(ctx: Context, field: Field, index: number): number {
  if (tokenText(ctx, field, index + 1) !== ',') return -1;
  return regionAt(ctx, field, index + 2) ? index + 2 : -1;
}

/**
 * A chunk that may be a town before ", Region": no title or function word, no acronym and no listed
 * person or body ("Boeing, Wash." is the firm).
 */
export function townBeforeRegion(chunk: Chunk, ctx: Context): boolean {
  const words = chunk.words;
  for (const w of words)
    if (wordIs(w, W_TITLE) || wordIs(w, W_FUNCTION) || wordIs(w, W_ORG_HEAD) || shapeIs(w, S_ACRONYM))
      return false;
  const entry = lookup(words, 0, words.length, ctx);
  if (entry === undefined) return true;
  const kind = 'kind' in entry ? entry.kind : entry.type;
  return kind === 'place';
}
/** A country or a town or region the place gazetteer knows, from `from` to `to`. */
export function placeName(words: readonly Word[], from: number, to: number): boolean {
  let name = words[from]!.core;
  for (let i = from + 1; i < to; i++) name += ` ${words[i]!.core}`;
  const listed = GAZETTEER.get(norm(name))?.kind;
  return listed === 'country' || listed === 'place' || lookupPlace(name) !== undefined;
}

/** A word the lists know as an organisation, a place or a country ("Arsenal", "Ontario", "Chad"). */
export function listedAsBodyOrPlace(word: Word): boolean {
  const kind = gazetteerOfWord(word)?.kind;
  return kind === 'organization' || kind === 'place' || kind === 'country' || placeOfWord(word) !== undefined;
}

/**
 * "Senator Natasha Akpoti-Uduaghan (Kogi Central)", "Jane Smith (Bristol West)": a name of two or three words
 * ending in a compass word, in brackets right after a capitalised name, is the lawmaker's constituency, a
 * place (it was an organisation or `other`: the lists know few states' and towns' districts).
 */
export function constituencyInBrackets(ctx: Context, chunk: Chunk, from: number, to: number): boolean {
  if (to - from < 2 || to - from > 3 || !COMPASS_WORDS.has(chunk.words[to - 1]!.lower)) return false;
  const field = chunk.field;
  const open = chunk.words[from]!.index - 1;
  return (
    tokenText(ctx, field, open) === '(' &&
    tokenText(ctx, field, chunk.words[to - 1]!.index + 1) === ')' &&
    startsWithCapital(tokenText(ctx, field, open - 1))
  );
}

/** Who sits for a seat: "the MP for Hartlepool", "MSP for", "TD for", "member of parliament for". */
const MEMBERS_FOR = new Set(['mp', 'mps', 'msp', 'ms', 'mla', 'mep', 'td', 'parliament', 'assembly']);

/**
 * "the MP for Hartlepool", "Jill Mortimer, MP for Hartlepool,", "member of parliament for Kiambu": a name of
 * one to three words right after a member's "for" is the seat, a place (a town the lists lack was a person
 * by the title before it, or an organisation).
 */
export function seatAfterMemberFor(ctx: Context, chunk: Chunk, from: number, to: number): boolean {
  if (from !== 0 || to > 3) return false;
  const at = chunk.words[0]!.index;
  return (
    lowerTokenText(ctx, chunk.field, at - 1) === 'for' &&
    MEMBERS_FOR.has(lowerTokenText(ctx, chunk.field, at - 2))
  );
}

/** "flood-hit", "quake-affected", "war-torn": a disaster or a war glued to what it did to a place. */
const STRICKEN =
  /^(?:floods?|quake|earthquake|drought|cyclone|typhoon|hurricane|landslide|tsunami|war|conflict|violence|riot|famine|wildfire|bushfire)-(?:hit|affected|ravaged|torn|stricken|struck|battered|prone)$/;

/**
 * "relief reached flood-hit Bahraich", "rescuers in quake-hit Sindhupalchok": a name of one to three words
 * right after a disaster's or a war's "-hit" (or "-torn", "-affected") is the place it struck, though no
 * list knows it (districts and provinces; it was an organisation). A body's head word keeps its reading.
 */
export function placeAfterStricken(ctx: Context, chunk: Chunk, from: number, to: number): boolean {
  if (to - from > 3 || wordIs(chunk.words[to - 1]!, W_ORG_HEAD)) return false;
  return STRICKEN.test(lowerTokenText(ctx, chunk.field, chunk.words[from]!.index - 1));
}

/** Nouns of a country's administrative areas, written in lower case after the area's name. */
const AREA_NOUNS = new Set(
  'district province county state region prefecture governorate municipality division tehsil taluka'.split(
    ' ',
  ),
);

/**
 * Whether the token at `index` is an area's noun in lower case after a capitalised name ("Lakhimpur Kheri
 * district", "Pampanga province"): a name joined to it by "and" is another such area.
 */
export function areaNamedBefore(ctx: Context, field: Field, index: number): boolean {
  return AREA_NOUNS.has(tokenText(ctx, field, index)) && startsWithCapital(tokenText(ctx, field, index - 1));
}

/** Whether the tokens ending at `index` read "aerial survey" (or "aerial surveys"). */
export function aerialSurveyBefore(ctx: Context, field: Field, index: number): boolean {
  const noun = lowerTokenText(ctx, field, index);
  return (noun === 'survey' || noun === 'surveys') && lowerTokenText(ctx, field, index - 1) === 'aerial';
}

/** "an aerial survey of Bahraich and Gonda": the names ending at `index` follow "aerial survey of". */
export function aerialSurveyOfListBefore(ctx: Context, field: Field, index: number): boolean {
  for (let k = index; k > index - 6 && k > 0; k--) {
    const text = tokenText(ctx, field, k);
    if (text === 'of') return aerialSurveyBefore(ctx, field, k - 1);
    if (!(startsWithCapital(text) || text === ',' || text === 'and')) return false;
  }
  return false;
}

/** Words opening an apposition or a relative clause after a name and a comma ("Kelvane, based in …", "…, part of"). */
const APPOSITION_OPENERS = new Set([
  'the',
  'a',
  'an',
  'who',
  'whose',
  'which',
  'its',
  'his',
  'her',
  'their',
  'of',
  'based',
  'owned',
  'part',
]);
/** What may close the region's name after "<town>, <region>": a pause or the sentence's end. */
const REGION_CLOSERS = new Set([',', '.', ';', ')', ':']);

/**
 * "Angeles, Pampanga, lost power", "Malolos, Bulacan.": one word no list knows for anything, right after a
 * town the place lists know and a comma, and closed by a pause, is the town's province or district (the way
 * news places a town; the lists know few such areas, and it was an organisation).
 */
export function regionAfterTown(ctx: Context, chunk: Chunk, from: number, to: number): boolean {
  if (to - from !== 1 || chunk.caseless) return false;
  const word = chunk.words[from]!;
  if (
    gazetteerOfWord(word) !== undefined ||
    isLowerWordWord(word) ||
    isKnownSurnameWord(word) ||
    isGivenNameWord(word) ||
    shapeIs(word, S_ACRONYM) ||
    placeOfWord(word) !== undefined
  )
    return false;
  const field = chunk.field;
  const at = word.index;
  if (tokenText(ctx, field, at - 1) !== ',' || !REGION_CLOSERS.has(tokenText(ctx, field, at + 1)))
    return false;
  const town = tokenText(ctx, field, at - 2);
  if (!startsWithCapital(town)) return false;
  const two = `${tokenText(ctx, field, at - 3)} ${town}`;
  const one = lookupPlace(town);
  const place = one ?? lookupPlace(two);
  if (place === undefined || place.kind === 'country') return false;
  return placesRegion(ctx, field, at, at, one ? at - 3 : at - 4);
}

/**
 * Whether the name ending at token `last`, after a place and a comma, is that place's region as far as what stands
 * around them says (regionAfterTown here; place-after-place.ts for places no list knows): not a name an apposition
 * explains, not an office's holder apposed after the place, not an item of a list of names, not the subject after a
 * sentence-opening phrase. `first` and `last` are the name's tokens, `beforePlace` the token before the place.
 */
export function placesRegion(
  ctx: Context,
  field: Field,
  first: number,
  last: number,
  beforePlace: number,
): boolean {
  // ("The former governor of Kogi State, Yahaya Bello, has …": the office's holder.)
  if (officeApposedBefore(ctx, field, first, last)) return false;
  // ("In Lagos, Dangote, the tycoon, said": an apposition after the pause says who or what it is.)
  if (tokenText(ctx, field, last + 1) === ',' && APPOSITION_OPENERS.has(lowerTokenText(ctx, field, last + 2)))
    return false;
  // ("Bayer Leverkusen, Internazionale, Juventus", "Subs: Warrington, Maloney.", "China, Dorvane, Hale and
  // Penrose said": a list of names; its first item may follow a place.)
  if (nameListGoesOn(ctx, field, last) || LIST_MARKS.has(tokenText(ctx, field, beforePlace))) return false;
  // ("a retired teacher from Nairobi, Wanjiru Kamau.": after a person's noun, a name of two words or more is the
  // person's, told after the town; a region of two words is one the lists know.)
  if (personFromAt(ctx, field, beforePlace) && capitalisedAt(ctx, field, last - 1)) return false;
  return !subjectAfterOpeningPhrase(ctx, field, last, beforePlace);
}

/** Whether a comma and another name follow the token at `last` (not a dateline's date: "KELMORA, Dravenia, Dec 7"). */
function nameListGoesOn(ctx: Context, field: Field, last: number): boolean {
  if (tokenText(ctx, field, last + 1) !== ',') return false;
  const next = tokenText(ctx, field, last + 2);
  if (!startsWithCapital(next)) return false;
  return !(monthNumber(next) > 0 && startsWithDigit(tokenText(ctx, field, last + 3)));
}

/** Sentence-opening words of a phrase of time or place that a comma closes ("After talks in Nairobi,"). */
const OPENING_PHRASE_WORDS = new Set(
  'in at after before during following from on near amid upon while when since outside inside'.split(' '),
);
/** Participles of an aside between a subject and its verb ("Mudavadi, speaking to reporters, said"). */
const ASIDE_PARTICIPLES = new Set([
  'speaking',
  'addressing',
  'talking',
  'writing',
  'responding',
  'answering',
]);

/**
 * "After talks in Nairobi, Mudavadi, speaking to reporters, said": when the town ends a sentence-opening
 * phrase (no comma inside it) and the word after the next comma is a speaker's verb or an aside's
 * participle, the word between the commas is the sentence's subject, not the town's region.
 */
function subjectAfterOpeningPhrase(ctx: Context, field: Field, at: number, beforeTown: number): boolean {
  if (tokenText(ctx, field, at + 1) !== ',') return false;
  const verb = lowerTokenText(ctx, field, at + 2);
  if (!(PERSON_VERBS.has(verb) || SPEAKER_VERBS.has(verb) || ASIDE_PARTICIPLES.has(verb))) return false;
  for (let k = beforeTown; k >= 0 && k > beforeTown - 12; k--) {
    const text = tokenText(ctx, field, k);
    if (text === ',' || text === ';' || text === ':') return false;
    const previous = tokenText(ctx, field, k - 1);
    if (k === 0 || previous === '.' || previous === '!' || previous === '?')
      return OPENING_PHRASE_WORDS.has(lowerTokenText(ctx, field, k));
  }
  return false;
}
/** Marks before a list's first name or between its names. */
const LIST_MARKS = new Set([',', ':', ';']);
const BASE_KINDS = new Set(['air', 'naval', 'military', 'army']);
export const NATION_KINDS = new Set(['demonym', 'country']);
/** "air base", "naval base", "airbase", "airfield" after the token at `index`. */
export function baseAfter(ctx: Context, field: Field, index: number): boolean {
  const next = lowerTokenText(ctx, field, index + 1);
  if (next === 'airbase' || next === 'airfield') return true;
  const then = lowerTokenText(ctx, field, index + 2);
  return BASE_KINDS.has(next) && (then === 'base' || (next === 'air' && then === 'field'));
}
/** "north", "central", "south-west", "north-eastern": a part of a place by its compass point. */
export function compassWord(lower: string): boolean {
  if (COMPASS_WORDS.has(lower)) return true;
  const dash = lower.indexOf('-');
  return dash > 0 && COMPASS_WORDS.has(lower.slice(0, dash)) && COMPASS_WORDS.has(lower.slice(dash + 1));
}

/** A place, a country or a body the lists know by this name: a list of them is no line-up. */
export const listedPlaceOrBody = (name: string) => {
  const kind = GAZETTEER.get(norm(name))?.kind;
  return (
    kind === 'place' ||
    kind === 'country' ||
    kind === 'organization' ||
    (kind === undefined && lookupPlace(name) !== undefined)
  );
};
