// A stage of `typeNamedSpan` (classify.ts): models, gas hubs and oil grades, the House, abbreviations, offices.
import { startsLower } from '../../text/letters.js';
import { chunkWith, MODEL_DESIGNATION, workTitleWord } from '../chunk.js';
import { isKnownBodyWord } from '../known-bodies.js';
import { MONTH_SHORT_FORMS } from '../typing/amounts-and-markets.js';
import { NOT_ORG_ACRONYMS } from '../typing/bodies-and-parties.js';
import { candidate, NO_CONTEXT } from '../typing/candidates.js';
import { type Candidate, fieldsOf, startsWithCapital, tokenText } from '../typing/context.js';
import { aiFirmName } from '../typing/firm-cues-around.js';
import {
  LETTER_MODEL_CODE,
  lineBeforeModel,
  MODEL_NUMBER,
  MODEL_NUMBER_BEFORE_SUFFIX,
  MODEL_SUFFIXES,
  modelLineStart,
  modelWithNumber,
} from '../typing/products-and-models.js';
import { isWithPeriod, sentenceEndsAfter } from '../typing/sentence-shape.js';
import { OIL_GRADE_WORD } from '../typing/token-bits.js';
import {
  isTitleLower,
  S_ACRONYM,
  S_MODEL_CODE,
  S_PLURAL_ABBREVIATION,
  shapeIs,
  W_TITLE,
  wordIs,
} from '../typing/word-tests.js';
import { gazetteerOfWord, isLowerWordWord, placeOfWord } from '../word-facts.js';
import type { NamedSpan } from './named-span.js';
import { typeChunk } from './retype.js';

/**
 * Models by their numbers and suffixes, gas hubs and oil grades, the House, abbreviations, offices and
 * abbreviated titles.
 */
export function modelsGradesAndTitles(s: NamedSpan): Candidate[] | undefined {
  const { chunk, ctx, from, personCue, words, to, prevToken, nextToken, nextBits } = s;
  // "sales of Call of Duty": two ordinary words joined by "of" that chunking read as a work's title (chunk.ts
  // `workTitleWord`) name a game or a work, no body (a name ending in an ordinary word reads as a firm's below).
  if (
    to - from === 3 &&
    words[from + 1]!.lower === 'of' &&
    !words[from]!.initial &&
    workTitleWord(words[from]!) &&
    workTitleWord(words[to - 1]!)
  )
    return [candidate(chunk, from, to, 'other', 1, NO_CONTEXT)];
  // "the Mate 60 Pro", "Huawei Mate 60 Pro": a product line's word before a model's number and suffix is read with
  // them (the suffix's rule below); what comes before it in the run is a name of its own.
  if (!chunk.caseless && lineBeforeModel(ctx, chunk.field, words[to - 1]!)) {
    const lineFrom = modelLineStart(ctx, chunk.field, words[to - 1]!) === words[to - 1]! ? to - 1 : to - 2;
    return lineFrom <= from ? [] : typeChunk(chunkWith(chunk, words.slice(from, lineFrom)), ctx);
  }
  // "Boeing 737 MAX", "Airbus A320 Neo": a word after a maker's model number names the model.
  if (
    to - from === 1 &&
    prevToken.length === 3 &&
    MODEL_NUMBER.test(prevToken) &&
    (shapeIs(words[from]!, S_ACRONYM) ||
      startsWithCapital(tokenText(ctx, chunk.field, words[from]!.index - 2))) &&
    !(gazetteerOfWord(words[from]!) !== undefined) &&
    !placeOfWord(words[from]!)
  )
    return [
      MODEL_SUFFIXES.has(words[from]!.lower)
        ? modelWithNumber(ctx, chunk, from, to)
        : candidate(chunk, from, to, 'other', 2, NO_CONTEXT),
    ];
  // "F-16", "AK-47s", "MiG-29": a letter code, a hyphen and a number name a model of aircraft or weapon;
  // after a maker's name too ("Ford F-150"), and so does "Model" and its letter ("Tesla Model Y"); "CR-V"
  // (letters, a hyphen and one letter) names a car model.
  if (
    shapeIs(words[to - 1]!, S_MODEL_CODE) ||
    (to - from > 2 && words[to - 2]!.lower === 'model' && MODEL_DESIGNATION.test(words[to - 1]!.core)) ||
    // ("EC-U.S. talks", "(CPI-U)", "<MRI-A>": a lower-case word after the letters says they name a thing.)
    (to - from === 1 &&
      LETTER_MODEL_CODE.test(words[from]!.core) &&
      startsLower(tokenText(ctx, chunk.field, words[from]!.index + 1)))
  )
    return [candidate(chunk, from, to, 'other', 2, NO_CONTEXT)];
  // "Henry Hub": a hub where gas is priced, like a grade below (a given name before "Hub" named no person:
  // wild43 item 15); "U.S. Henry Hub": the words before the hub's two are read on their own.
  if (to - from >= 2 && words[to - 1]!.lower === 'hub') {
    const hub = candidate(chunk, to - 2, to, 'other', 2, NO_CONTEXT);
    return to - 2 > from ? [...typeChunk(chunkWith(chunk, words.slice(from, to - 2)), ctx), hub] : [hub];
  }
  // "Brent crude", "Urals crude": a benchmark grade of oil, no person and no place.
  // "West Texas Intermediate": the US grade, named by its region and its sulphur.
  // "( - 127.40 ) Sept Brent zinc per tonne": after a delivery month's short form, a grade or a contract.
  if (
    // "OPEC crude oil output": a listed body before "crude" is the producers, no grade.
    // "Russian crude", "Iran crude": a country or its people's word before it is the oil's country, no
    // grade (review26 #43).
    (to - from === 1 &&
      nextBits & OIL_GRADE_WORD &&
      !isKnownBodyWord(words[from]!.core) &&
      gazetteerOfWord(words[from]!)?.countryCode === undefined) ||
    (to - from > 1 && words[to - 1]!.lower === 'intermediate') ||
    (to - from === 1 &&
      !personCue &&
      !chunk.caseless &&
      MONTH_SHORT_FORMS.has(prevToken) &&
      // What is priced follows in lower case ("Sept Brent zinc"; "Oct Shr 1.20" is a table's label).
      startsLower(tokenText(ctx, chunk.field, words[from]!.index + 1)))
  )
    return [candidate(chunk, from, to, 'other', 2, NO_CONTEXT)];
  // "the iPhone 17 Pro Max", "Galaxy S25 Ultra": a model's suffix after its number is the model's name.
  if (
    to - from <= 2 &&
    MODEL_NUMBER_BEFORE_SUFFIX.test(prevToken) &&
    words.slice(from, to).every((w) => MODEL_SUFFIXES.has(w.lower))
  ) {
    const line = fieldsOf(ctx, chunk.field).words[words[from]!.index - 2];
    return [modelWithNumber(ctx, chunk, from, to, line != null && lineBeforeModel(ctx, chunk.field, line))];
  }
  // "Democrats gain in House races", "in the House": the chamber, no place.
  if (to - from === 1 && words[from]!.lower === 'house' && !personCue && !chunk.caseless && !chunk.initial)
    return [candidate(chunk, from, to, 'organization', 2, NO_CONTEXT)];
  // "a Hong Kong IPO", "Chinese EV": an abbreviation of a common noun ends no name; what precedes it is one.
  // "Lib Dem MPs", "Tory MPs": so does a plural abbreviation ("MPs").
  // ("Royal College of GPs", "Association of MPs": after "of" the abbreviation is the body's own word.)
  if (
    to - from > 1 &&
    (NOT_ORG_ACRONYMS.has(words[to - 1]!.core) || shapeIs(words[to - 1]!, S_PLURAL_ABBREVIATION)) &&
    !(to - from > 2 && words[to - 2]!.lower === 'of') &&
    !aiFirmName(words, from, to, nextToken)
  )
    return typeChunk(chunkWith(chunk, words.slice(from, to - 1)), ctx);
  // "Chancellor of the Exchequer …", "President of France": an office alone is not a name.
  if (to - from === 1 && nextToken === 'of' && wordIs(words[from]!, W_TITLE)) return [];
  // "Sen. Bernie Sanders", "Texas Gov. Greg Abbott": an abbreviated title whose period the tokenizer
  // split off ends the run; it is no name, and what precedes it is one of its own.
  // "the European Court of Justice. Meloni …": a title word after "of" before a full stop ends an "of"
  // name, not an abbreviation.
  if (
    isWithPeriod(nextToken, words[to - 1]!.lower) &&
    isTitleLower(nextToken) &&
    !(to - from > 2 && words[to - 2]!.lower === 'of') &&
    !(
      to - from > 1 &&
      !isLowerWordWord(words[to - 2]!) &&
      sentenceEndsAfter(ctx, chunk.field, words[to - 1]!)
    )
  ) {
    if (to - from === 1) return [];
    return typeChunk(chunkWith(chunk, words.slice(from, to - 1)), ctx);
  }
  return undefined;
}
