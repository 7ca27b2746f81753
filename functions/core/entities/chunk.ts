// Chunking: the `Word` and `Chunk` types and `mixedCaseChunks`, the capitalised runs of mixed-case lines, grown
// word by word by the steps of chunking/run-*.ts (`growRun` lists them in order); the words' analysis and the other
// name shapes are in chunking/ (re-exported here).
import type { Field } from '../schema.js';
import type { FieldText } from '../text/document.js';
import { hasLower } from '../text/letters.js';
import { calendarNameStart, calendarPaperAt } from './chunking/calendar-names.js';
import { crownCaseEnd, versusCase } from './chunking/case-names.js';
import { C_PLURAL_WEEKDAY } from './chunking/chunk-bits.js';
import { makeChunk } from './chunking/chunk-copies.js';
import { bodyBeforeParticiple, surnameBeforeParticiple } from './chunking/hyphened-heads.js';
import { isNameWord, isWord, opensModifier } from './chunking/name-words.js';
import { quotedTitleEnd } from './chunking/quoted-titles.js';
import { bodyInPlace, institutionTail, knownBodyWithThe, sundayPaper } from './chunking/run-body-tails.js';
import {
  closingLetter,
  closingNumber,
  endsBefore,
  monarchNumeral,
  resultCodeAfterName,
} from './chunking/run-endings.js';
import { GROWN, type RunGrowth } from './chunking/run-growth.js';
import {
  abbreviationHyphen,
  ampersand,
  bodiesJoinedByAnd,
  bracketedLegalForm,
  foreignParticle,
  pairBeforeAcronym,
} from './chunking/run-joiners.js';
import { ofOrParticle } from './chunking/run-of-joins.js';
import { apostropheInName, possessiveInName } from './chunking/run-possessives.js';
import {
  abbreviatedFirmWord,
  abbreviatedLead,
  bandAnd,
  firmWordInLowerCase,
  hyphenedGivenName,
  nextNameWord,
  particlesInRow,
  quotedNickname,
} from './chunking/run-word-joins.js';
import { joinable } from './chunking/wrapped-lines.js';
import { joinListSpelledByAcronym } from './listed-names-spelled.js';
import { isLowerWordWord, type WordFacts } from './word-facts.js';

/** A word token with what the recogniser needs to know about its spelling and position. */
export interface Word {
  readonly index: number;
  /** The word without a possessive "'s" or trailing "'". */
  readonly core: string;
  /** `core` in lower case, computed once: the lexicon is asked about it many times. */
  readonly lower: string;
  /** Answers about `lower` (`WORD_BITS`, word-bits.ts), filled once per distinct token text. */
  readonly bits: number;
  /** The bits of `CORE_SHAPES`' tests that `core` passes (word-bits.ts). */
  readonly shapes: number;
  /** The lists' answers about `core` and `lower`, asked lazily, shared by the text's occurrences (word-facts.ts). */
  readonly facts: WordFacts;
  readonly start: number;
  /** End of `core`. */
  readonly end: number;
  readonly possessive: boolean;
  readonly capitalised: boolean;
  /** On a line written in capitals only, where case carries no information. */
  readonly caseless: boolean;
  /** First word of a sentence or of a quotation, capitalised by convention. */
  readonly initial: boolean;
  readonly line: number;
  /** Offset where the word's line starts. */
  readonly lineStart: number;
  /** The field is prose that may be wrapped, not one sentence a line with spaced punctuation. */
  readonly wrapped: boolean;
  /** On a line of a table: numbers make up much of it. */
  readonly tabular: boolean;
}

/** A run of words that may name something, before it is typed. */
export interface Chunk {
  readonly field: Field;
  readonly words: readonly Word[];
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Index of the token before the chunk, for context cues. */
  readonly before: number;
  readonly after: number;
  readonly caseless: boolean;
  readonly initial: boolean;
  /** The whole of a quotation in title case: a work's title ('"Annie Hall"', '“Father of the Bride”'). */
  readonly work: boolean;
}

/**
 * Languages whose "di" is the preposition "in", never a surname particle as Italian's: "kata Menteri Keuangan Budi
 * Santoso di Jakarta" (Indonesian, Malay) is a name, then a place.
 */
const PLACE_PREPOSITION_LANGUAGES: ReadonlySet<string> = new Set(['id', 'ms']);
/** "Hall of Famer": the holder of a place in a hall of fame. */
const FAMER = new Set(['famer', 'famers']);

/**
 * One step of a run's growth: the steps in the order they hold, the first that applies grows the run or ends it
 * (run-growth.ts); whether the run may grow on. A step that needs the token after the run's last to be a word (a
 * capitalised one or a particle) is listed only when it is one; a step that needs a mark or a lower-case word there
 * only when it is not; the steps that read either are in both lists.
 */
function growRun(g: RunGrowth, last: Word, next: Word | null | undefined): boolean {
  if (next)
    return (
      (bandAnd(g, last, next) ||
        monarchNumeral(g, last, next) ||
        closingLetter(g, last, next) ||
        endsBefore(g, last, next) ||
        nextNameWord(g, last, next) ||
        hyphenedGivenName(g, last, next) ||
        particlesInRow(g, last, next) ||
        closingNumber(g, last, next) ||
        institutionTail(g, last, next) ||
        ofOrParticle(g, last, next) ||
        knownBodyWithThe(g, last, next) ||
        sundayPaper(g, last, next) ||
        possessiveInName(g, last, next)) === GROWN
    );
  return (
    (bandAnd(g, last, next) ||
      abbreviatedLead(g, last, next) ||
      abbreviatedFirmWord(g, last, next) ||
      quotedNickname(g, last, next) ||
      firmWordInLowerCase(g, last, next) ||
      bodyInPlace(g, last, next) ||
      closingNumber(g, last, next) ||
      institutionTail(g, last, next) ||
      pairBeforeAcronym(g, last, next) ||
      bracketedLegalForm(g, last, next) ||
      bodiesJoinedByAnd(g, last, next) ||
      knownBodyWithThe(g, last, next) ||
      foreignParticle(g, last, next) ||
      sundayPaper(g, last, next) ||
      ampersand(g, last, next) ||
      versusCase(g, last, next) ||
      possessiveInName(g, last, next) ||
      apostropheInName(g, last, next) ||
      abbreviationHyphen(g, last, next)) === GROWN
  );
}

/**
 * Capitalised runs on mixed-case lines: "Phil Simmons", "Bank of England", "Han\nZheng". A particle
 * ("de", "van") or "of" after an organisation or place lead joins the run when a capital follows.
 */
export function mixedCaseChunks(
  field: FieldText,
  words: readonly (Word | null)[],
  english = true,
  language = 'en',
): Chunk[] {
  const chunks: Chunk[] = [];
  const g: RunGrowth = {
    field,
    words,
    english,
    language,
    placeParticles: PLACE_PREPOSITION_LANGUAGES.has(language),
    chunks,
    run: [],
    j: 0,
    caseName: false,
  };
  let i = 0;
  const n = words.length;
  while (i < n) {
    const w = words[i];
    // "R v Letby", "R v Thames Water": the Crown's initial opens a criminal case's name.
    const crownEnd = w?.core === 'R' ? crownCaseEnd(field, words, i) : -1;
    if (crownEnd >= 0) {
      chunks.push(makeChunk(field, words.slice(i, crownEnd + 1).filter(isWord), false, true));
      i = crownEnd + 1;
      continue;
    }
    if (
      !w ||
      !(
        (isNameWord(w) && !(w.bits & C_PLURAL_WEEKDAY)) ||
        calendarNameStart(field, words, i) ||
        calendarPaperAt(field, words, i)
      ) ||
      (resultCodeAfterName(field, words, i) && hasLower(words[i - 1]!.core))
    ) {
      // "the Hamas-run health ministry", "Hezbollah-linked groups": a listed body before the hyphen is named.
      const body = w ? bodyBeforeParticiple(w) : undefined;
      if (body) chunks.push(makeChunk(field, [body], false));
      i++;
      continue;
    }
    // '"Annie Hall"', '“Father of the Bride”': a title in quotation marks is one name, small words and all.
    const titleEnd = quotedTitleEnd(field, words, i);
    if (titleEnd > i) {
      const title: Word[] = [];
      for (let k = i; k <= titleEnd; k++) if (words[k]) title.push(words[k]!);
      chunks.push(makeChunk(field, title, false, true));
      i = titleEnd + 1;
      continue;
    }
    // "Hall of Famer Joe Montana", "Fellow Hall of Famers Pedro Martinez": the honour's roll before a name is
    // its holder's title, no hall's name ("Famer" then opens the run as a title would).
    if (w.lower === 'hall' && field.tokens[i + 1]?.text === 'of' && FAMER.has(words[i + 2]?.lower ?? '')) {
      i += 2;
      continue;
    }
    const run: Word[] = [w];
    // "linked to al Qaeda", "fighters of al Shabaab": in English copy the Arabic article written apart, in
    // lower case, opens the name it precedes (Spanish "al Congreso" is "to the"; an English word after it
    // is no Arabic name).
    const article = english && i > 1 ? words[i - 1] : null;
    if (
      article?.core === 'al' &&
      !isNameWord(words[i - 2]) &&
      !isLowerWordWord(w) &&
      joinable(field, article, w)
    )
      run.unshift(article);
    g.run = run;
    g.j = i;
    g.caseName = false;
    while (g.j + 1 < n) {
      if (!growRun(g, run[run.length - 1]!, words[g.j + 1])) break;
    }
    const j = g.j;
    const caseName = g.caseName;
    // "The Michael Stoute-trained colt", "the Gordon Brown-led government": the surname before the hyphen ends
    // the person's name.
    const surname = caseName ? undefined : surnameBeforeParticiple(field, words, run[run.length - 1]!);
    if (surname) run.push(surname);
    // "San Francisco-based", "New York-born": the run opens a modifier the hyphen ended, not a name.
    if (!caseName && !opensModifier(field, words, run[run.length - 1]!))
      chunks.push(makeChunk(field, run, false));
    i = j + 1;
  }
  return joinListSpelledByAcronym(field, words, chunks, (joined) => makeChunk(field, joined, false));
}

export { acronymLetters, wordInBracketsAfter } from './chunking/acronyms.js';
export { analyseWords, hasSpacedLineEnd } from './chunking/analyse-words.js';
export { caselessChunks } from './chunking/caseless-chunks.js';
export { chunkWith } from './chunking/chunk-copies.js';
export { lookupKey } from './chunking/known-names.js';
export { splitNamePairs } from './chunking/name-pairs.js';
export { GROUP_NOUNS } from './chunking/run-body-tails.js';
export { MODEL_DESIGNATION } from './chunking/run-endings.js';
export { FOREIGN_CONJUNCTIONS } from './chunking/run-joiners.js';
export { EVENT_OF_LEADS, PLACE_KINDS, workTitleWord } from './chunking/run-of-joins.js';
export { saintSurnameAfter } from './chunking/run-word-joins.js';
export { isLowerOpenedName, toWord, withoutArabicParticle } from './chunking/word-forms.js';
