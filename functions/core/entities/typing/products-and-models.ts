// Products and models: versions, model numbers and suffixes, a firm's products, devices and their owners,
// craft words.
import type { Field } from '../../schema.js';
import { endsWithText, lowerCased, startsWithDigit } from '../../text/chars.js';
import { letterPattern } from '../../text/letters.js';
import { type Chunk, chunkWith, type Word } from '../chunk.js';
import { isBrandWord } from '../lexicon.js';
import { wordWith } from '../word-copy.js';
import {
  gazetteerOfWord,
  isGivenNameWord,
  isKnownSurnameWord,
  isLowerWordWord,
  placeOfWord,
} from '../word-facts.js';
import { candidate, NO_CONTEXT } from './candidates.js';
import { type Candidate, type Context, fieldsOf, lowerTokenText, tokenText } from './context.js';
import { DIGITS } from './cue-words.js';
import { missionOrWorkNear } from './events-and-works.js';
import { NOT_AFTER_SCORE } from './sentence-shape.js';

/** Whether a product's version follows the name ending at `index` (see the call). */
export function versionAfter(
  ctx: Context,
  field: Field,
  index: number,
  prev: string,
  first = index,
): boolean {
  const next = tokenText(ctx, field, index + 1);
  // Both versions open with a digit: most names are followed by a word, and no pattern runs.
  if (!startsWithDigit(next)) return false;
  const whole = WHOLE_VERSION.test(next);
  if (!whole && !POINT_VERSION.test(next)) return false;
  const tokens = fieldsOf(ctx, field).field.tokens;
  // "Shr 8.1p": a figure glued to its unit.
  if (tokens[index + 2] !== undefined && tokens[index + 2]!.start === tokens[index + 1]!.end) return false;
  const after = lowerTokenText(ctx, field, index + 2);
  if (NOT_AFTER_SCORE.has(after) || NOT_AFTER_VERSION.has(after) || DIGITS.test(after)) return false;
  // "Starship Flight 7 lifted off", "Chandrayaan 3 touched down near the lunar south pole": a whole number
  // after a name in a sentence about spaceflight or a film numbers a mission or a work.
  return (
    !whole ||
    LAUNCH_VERBS.has(prev) ||
    CRAFT_VERBS.get(after) === lowerTokenText(ctx, field, index + 3) ||
    missionOrWorkNear(ctx, field, first, index + 1)
  );
}
/** Units and signs after a figure that make it an amount, a price or a score, no version. */
const NOT_AFTER_VERSION = new Set(
  '- – / : mln bln dlrs dlr cts pct vs vs. mn bn m tonnes tons barrels pence cents yen euros dollars pounds francs marks lire rupees pesos crowns'.split(
    ' ',
  ),
);
const WHOLE_VERSION = /^\d{1,2}$/;
const POINT_VERSION = /^\d{1,2}\.\d{1,2}$/;
const LAUNCH_VERBS = new Set(
  'released releases launched launches unveiled unveils introduced introduces debuted shipped rolled'.split(
    ' ',
  ),
);
/**
 * Whether the chunk is a work's title: after the word for its kind ("the film Elf"), or after a name in the
 * possessive in a sentence about films or records ("Martin Scorsese's The Aviator", "knocked Ciara's Goodies
 * off the top of the singles chart"). Not on the sports page ("the game Arsenal lost"), not a place, a
 * country or a listed body, and not a name a maker's verb follows.
 */
export const DIGIT_IN_WORD = /\d/;
/** What a firm, not a person, owns: "Eli Lilly's Alzheimer's drug", "Ford's quarterly profit". */
export const FIRM_PRODUCTS = new Set(
  'drug drugs treatment treatments vaccine vaccines medicine medicines pill pills profit profits revenue revenues earnings sales quarterly shares stock subsidiary factory factories plant plants'.split(
    ' ',
  ),
);
/** A firm's product or result after the possessive at `index`, past capitalised words only. */
export function productAfter(ctx: Context, field: Field, index: number): boolean {
  const tokens = fieldsOf(ctx, field).field.tokens;
  for (let i = index + 1; i < index + 4 && i < tokens.length; i++) {
    const text = tokens[i]!.text;
    if (text === "'s" || text === '’s') continue;
    const lower = lowerTokenText(ctx, field, i);
    if (FIRM_PRODUCTS.has(lower)) return true;
    if (lower === text) return false;
  }
  return false;
}
export const MODEL_NUMBER = /^\d{3}$/;
/** "CR-V", "HR-V": a maker's letters, a hyphen and one letter. */
export const LETTER_MODEL_CODE = letterPattern(String.raw`^\p{Lu}{2,3}-\p{Lu}s?$`);
export const MODEL_NUMBER_BEFORE_SUFFIX = /^[a-z]?\d{1,4}$/;

/**
 * "the Mate 60 Pro", "the iPhone 17 Pro Max": the word `w` names a product line before the model's number and a
 * model's suffix, the three one model's name. A maker the lists know ("Boeing 737 MAX", "Nvidia H100 Ultra"), a place
 * or a people's word stays a name of its own.
 */
export function lineBeforeModel(ctx: Context, field: Field, w: Word): boolean {
  if (w.possessive || w.caseless || !w.capitalised) return false;
  if (!MODEL_NUMBER_BEFORE_SUFFIX.test(lowerTokenText(ctx, field, w.index + 1))) return false;
  const words = fieldsOf(ctx, field).words;
  const suffix = words[w.index + 2];
  // ("Scottie Scheffler 132 Max Homa 135": a results table's names, a surname and a given name, read47.)
  const afterSuffix = words[w.index + 3];
  return (
    suffix?.capitalised === true &&
    MODEL_SUFFIXES.has(suffix.lower) &&
    !(afterSuffix?.capitalised === true && !MODEL_SUFFIXES.has(afterSuffix.lower)) &&
    !isKnownSurnameWord(w) &&
    !isGivenNameWord(w) &&
    gazetteerOfWord(w) === undefined &&
    placeOfWord(w) === undefined &&
    // ("Redmi Note 13 Pro", "Galaxy Note 13 Pro": a brand's word after a line's word is the line's.)
    (!isBrandWord(w.core) || lineWordBefore(ctx, field, w) !== undefined)
  );
}

/**
 * "Redmi Note 13 Pro", "Galaxy Note 13 Pro": the capitalised word right before the product line's word `w` when it
 * is the line's too: no maker the lists know ("Xiaomi Redmi", "Samsung Galaxy": the maker stays a name of its own), no
 * place, person's name or people's word, no function word and no ordinary word opening the sentence.
 */
function lineWordBefore(ctx: Context, field: Field, w: Word): Word | undefined {
  const before = fieldsOf(ctx, field).words[w.index - 1];
  if (
    before == null ||
    before.possessive ||
    before.caseless ||
    !before.capitalised ||
    before.end + 1 !== w.start ||
    isBrandWord(before.core) ||
    isKnownSurnameWord(before) ||
    isGivenNameWord(before) ||
    gazetteerOfWord(before) !== undefined ||
    placeOfWord(before) !== undefined ||
    (before.initial && isLowerWordWord(before)) ||
    DIGIT_IN_WORD.test(before.core)
  )
    return undefined;
  return before;
}

/** The first word of the product line that `w` (a `lineBeforeModel` word) ends: `w` or the line word before it. */
export function modelLineStart(ctx: Context, field: Field, w: Word): Word {
  return lineWordBefore(ctx, field, w) ?? w;
}

/**
 * The model named by the words `from`..`to` and the number token right before them, as one `other`
 * ("737 MAX", not `other:max`, which every "MAX" of another maker would share), with the product line's word before
 * the number when `line` holds ("Mate 60 Pro", `lineBeforeModel`).
 */
export function modelWithNumber(
  ctx: Context,
  chunk: Chunk,
  from: number,
  to: number,
  line = false,
): Candidate {
  const first = chunk.words[from]!;
  const prepared = fieldsOf(ctx, chunk.field);
  const field = prepared.field;
  const number = field.tokens[first.index - 1]!;
  const numberWord: Word = wordWith(first, {
    index: first.index - 1,
    core: number.text,
    lower: lowerCased(number.text),
    start: number.start,
    end: number.end,
    possessive: false,
  });
  const lineWord = line ? prepared.words[first.index - 2] : undefined;
  const lineStart = lineWord ? modelLineStart(ctx, chunk.field, lineWord) : undefined;
  const lineWords = lineWord ? (lineStart === lineWord ? [lineWord] : [lineStart!, lineWord]) : [];
  const words = [...lineWords, numberWord, ...chunk.words.slice(from, to)];
  const start = lineStart ? lineStart.start : number.start;
  const end = chunk.words[to - 1]!.end;
  const model = chunkWith(chunk, words, chunk.initial, field.text.slice(start, end), start, end);
  return candidate(model, 0, words.length, 'other', 2, NO_CONTEXT);
}

/**
 * The name `from`..`to` of the chunk with the number token right after it, as one `other` ("Queen Mary 2", a
 * ship: the number ended the chunk).
 */
export function nameWithNumberAfter(
  ctx: Context,
  chunk: Chunk,
  from: number,
  to: number,
  type: Candidate['type'] = 'other',
): Candidate {
  const last = chunk.words[to - 1]!;
  const field = fieldsOf(ctx, chunk.field).field;
  const number = field.tokens[last.index + 1]!;
  const numberWord: Word = wordWith(last, {
    index: last.index + 1,
    core: number.text,
    lower: number.text,
    start: number.start,
    end: number.end,
    possessive: false,
  });
  const words = [...chunk.words.slice(from, to), numberWord];
  const start = chunk.words[from]!.start;
  const name = chunkWith(chunk, words, chunk.initial, field.text.slice(start, number.end), start, number.end);
  return candidate(name, 0, words.length, type, 2, NO_CONTEXT);
}
/** "Queen Mary 2": a ship's or a craft's number of one or two digits after its name, a space between. */
export function shipNumberAfter(ctx: Context, field: Field, index: number): string | undefined {
  const tokens = fieldsOf(ctx, field).field.tokens;
  const next = tokens[index + 1];
  if (next === undefined || next.start !== tokens[index]!.end + 1 || !SHIP_NUMBER.test(next.text))
    return undefined;
  return next.text;
}
const SHIP_NUMBER = /^[1-9]\d?$/;
/** Words after a model's number that name its version: "737 MAX", "17 Pro Max", "15 Plus". */
export const MODEL_SUFFIXES = new Set(['max', 'pro', 'plus', 'ultra', 'mini', 'neo', 'lite']);

/** Listed kinds of a word that name the maker or the user of craft, not its model ("Boeing", "Russian", "Ukraine"). */
export const NOT_CRAFT_KINDS = new Set(['organization', 'country', 'demonym', 'group']);
/** Nouns of craft after a craft's name (or its number): "Ariane 6 rocket", "Soyuz capsule", "Hubble telescope". */
export const CRAFT_AFTER = new Set(
  'rocket rockets megarocket spacecraft spaceship capsule lander rover telescope launcher boson bosons'.split(
    ' ',
  ),
);
/** Nouns before a craft's name after an article: "the probe Juice", "the rover Perseverance". */
export const CRAFT_BEFORE = new Set('spacecraft probe rover lander'.split(' '));
/** What a craft does and a person or firm does not: "lifted off", "blasted off", "splashed down". */
export const CRAFT_VERBS: ReadonlyMap<string, string> = new Map([
  ['lifted', 'off'],
  ['blasted', 'off'],
  ['splashed', 'down'],
]);
/** Determiners before a device's own name: "the Cell processor", "a G4 processor", "its Pixel handsets". */
const DEVICE_DETERMINERS = new Set(
  'the a an this that these those its their his her our new latest own'.split(' '),
);
/** An owner or a determiner before a device's name: "Nvidia's Blackwell chips", "the Cell processor". */
export function ownerBefore(prevToken: string): boolean {
  return (
    DEVICE_DETERMINERS.has(prevToken) ||
    endsWithText(prevToken, "'s") ||
    endsWithText(prevToken, '’s') ||
    endsWithText(prevToken, "s'")
  );
}
/** "sales of Ozempic", "doses of Wegovy", "shipments of Blackwell": "of" after these takes a product. */
export const SOLD_UNITS = new Set([
  'sales',
  'doses',
  'shipments',
  'prescriptions',
  'supplies',
  'shortages',
  'shortage',
]);
