// Names a month's or weekday's short form opens ("Sun Pharma", "Jan Egeland") and Sunday papers; read by
// `mixedCaseChunks` (chunk.ts).
import { startsWithDigit } from '../../text/chars.js';
import type { FieldText } from '../../text/document.js';
import type { Word } from '../chunk.js';
import { isGivenNameWord, isKnownSurnameWord } from '../word-facts.js';
import { C_CALENDAR, C_FUNCTION } from './chunk-bits.js';
import { isNameWord } from './name-words.js';
import { joinable } from './wrapped-lines.js';

/** A dateline's date, as CoNLL's wires write it: "1996-09-14". */
const ISO_DATE = /^\d{4}-\d\d-\d\d$/;
/** Short forms of months and weekdays ("Jan", "Sun"), not the month names "May", "June", "July". */
const CALENDAR_SHORT_FORMS = new Set(
  'mon tue tues wed thu thur thurs fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
);

/**
 * "Sun Pharma", "Jan Suraaj", "Jan Egeland": a month's or weekday's short form right before a name word
 * that is no date word (a date goes on with a number or another calendar word: "Jan 5", "Fri Jan 9") opens
 * a name.
 */
export function calendarNameStart(field: FieldText, words: readonly (Word | null)[], i: number): boolean {
  const w = words[i];
  if (!w?.capitalised || w.caseless || !(w.bits & C_CALENDAR) || !CALENDAR_SHORT_FORMS.has(w.lower))
    return false;
  const next = words[i + 1];
  if (!isNameWord(next) || next.bits & C_FUNCTION || !joinable(field, w, next)) return false;
  // "Jan Brent crude rose 20 cents", "Sept WTI": a month's form before a crude's benchmark is its delivery month
  // ("won by Jan Brent" may still be a rider's name).
  if (CRUDE_GRADES.has(next.lower) && field.tokens[i - 1]?.text !== 'by') return false;
  // "on Wed Trump said", "by Fri Jan 9", "2 Jan", "Oct/Nov MidMississippi": after a date's preposition, a
  // number or a range's slash or dash written close it is the date ("Faroe Islands - Jan Allan Mueller" is not).
  const token = field.tokens[i - 1];
  const before = token?.text ?? '';
  // "In Tears of the Sun Willis leads": after "the", a weekday's form and a person's name alone are a title's
  // last word and a surname ("the Sun Life Assurance Society", "the Sun Pharma plant" are firms).
  if (
    WEEKDAY_SHORT_FORMS.has(w.lower) &&
    before.toLowerCase() === 'the' &&
    (isGivenNameWord(next) || isKnownSurnameWord(next)) &&
    !isNameWord(words[i + 2])
  )
    return false;
  // "LONDON 1996-09-14\nJan Ullrich won the stage": a dateline's date on the line before is no date the month's
  // form goes on ("2 Jan"); the line opens a sentence (wild51 W23). Only "Jan" of the months' forms is a given name
  // news often writes (Dutch, Czech, Polish, Scandinavian): "Sept Brent crude rose" opens a price's line.
  if (
    w.lower === 'jan' &&
    token !== undefined &&
    token.end >= 10 &&
    ISO_DATE.test(field.text.slice(token.end - 10, token.end)) &&
    field.text.slice(token.end, w.start).includes('\n')
  )
    return true;
  const preposition = before.toLowerCase();
  return (
    // "won by Jan Ullrich", "beaten by Jan Siemerink": "Jan" after "by" and before a name word is a given name ("by
    // Jan 31" goes on with its day).
    !(DATE_PREPOSITIONS.has(preposition) && !(preposition === 'by' && w.lower === 'jan')) &&
    !startsWithDigit(before) &&
    !((before === '/' || before === '-') && token!.end === w.start) &&
    // "350.29 ) Sept Brent zinc": a price's bracketed change, then the delivery month of a price table.
    !(before === ')' && startsWithDigit(field.tokens[i - 2]?.text ?? ''))
  );
}
const WEEKDAY_SHORT_FORMS = new Set('mon tue tues wed thu thur thurs fri sat sun'.split(' '));
/** Benchmarks of crude oil that a price line names after its delivery month: "Jan Brent", "Sept WTI". */
const CRUDE_GRADES = new Set(['brent', 'wti', 'urals']);

/**
 * Newspapers named by a calendar word: "Britain's Sun newspaper", "told the Sun:", "the Sun reported";
 * "The Sunday Telegraph", "the Sunday Times" (a weekday before a paper's own word, not after "on" or "last").
 */
export function calendarPaperAt(field: FieldText, words: readonly (Word | null)[], i: number): boolean {
  const w = words[i];
  if (!w?.capitalised || w.caseless || !(w.bits & C_CALENDAR)) return false;
  const before = field.tokens[i - 1]?.text ?? '';
  if (w.lower === 'sunday') {
    const next = words[i + 1];
    return (
      isNameWord(next) &&
      SUNDAY_PAPERS.has(next.lower) &&
      !DATE_PREPOSITIONS.has(before.toLowerCase()) &&
      joinable(field, w, next)
    );
  }
  if (w.lower !== 'sun') return false;
  const after = field.tokens[i + 1]?.text ?? '';
  if (PAPER_NOUNS.has(after)) return true;
  return (before === 'the' || before === 'The') && PAPER_VERBS.has(after);
}
const SUNDAY_PAPERS = new Set(
  'times telegraph express mirror mail post herald tribune independent world'.split(' '),
);
const PAPER_NOUNS = new Set(['newspaper', 'tabloid', 'daily', 'newspaper.']);
/** What follows "the Sun" the paper, not the star: a colon before a quote, a verb of reporting. */
const PAPER_VERBS = new Set(
  ':,reported,said,says,reports,quoted,quotes,claimed,revealed,published,newspaper,tabloid'.split(','),
);
const DATE_PREPOSITIONS = new Set(
  'on by until till since last next this every each before after through late early mid'.split(' '),
);
