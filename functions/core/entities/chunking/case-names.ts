// Court cases' names: "R v Letby", "Trump v. Slaughter", "Smith v Jones" beside a legal word; read by
// `mixedCaseChunks` (chunk.ts).
import { lookupPlace } from '../../countries/gazetteer.js';
import type { FieldText } from '../../text/document.js';
import type { Word } from '../chunk.js';
import { newsmakerNamed } from '../newsmakers.js';
import { wordWith } from '../word-copy.js';
import { C_FUNCTION } from './chunk-bits.js';
import { makeChunk } from './chunk-copies.js';
import { isNameWord } from './name-words.js';
import { ENDED, NOT_HERE, type RunGrowth, type Step } from './run-growth.js';
import { joinable } from './wrapped-lines.js';

/** Whether the tokens at `at` are "v" and a period right after it: "Trump v. Slaughter". */
function versusWithPeriod(field: FieldText, at: number): boolean {
  const v = field.tokens[at];
  const period = field.tokens[at + 1];
  return v?.text === 'v' && period?.text === '.' && period.start === v.end;
}

/** Lower-case words of courts and their cases. */
const LEGAL_WORDS = new Set(
  'case cases court courts ruling ruled judgment judgement judge precedent lawyers lawyer cited overturned overturn appeal lawsuit tribunal litigation claimant defendant'.split(
    ' ',
  ),
);

/** A legal word within twelve tokens before `from` or three after `to` (", the case that"), in the same sentence. */
export function legalWordNear(field: FieldText, from: number, to: number): boolean {
  const tokens = field.tokens;
  for (let i = from - 1; i >= 0 && i >= from - 12; i--) {
    const text = tokens[i]!.text;
    if (text === '.' || text === '!' || text === '?') break;
    if (LEGAL_WORDS.has(text)) return true;
  }
  for (let i = to + 1; i < tokens.length && i <= to + 3; i++) {
    const text = tokens[i]!.text;
    if (text === '.' || text === '!' || text === '?') break;
    if (LEGAL_WORDS.has(text)) return true;
  }
  return false;
}

/** The last word of a case's second party, from its first word at `at`: up to three joined name words. */
function caseNameEnd(field: FieldText, words: readonly (Word | null)[], at: number): number {
  let end = at;
  while (end < at + 2 && isNameWord(words[end + 1]) && joinable(field, words[end]!, words[end + 1]!)) end++;
  return end;
}

/**
 * "R v Letby", "R v Thames Water": the Crown's initial at `i` opens a criminal case's name; the index of the
 * name's last word, or -1.
 */
export function crownCaseEnd(field: FieldText, words: readonly (Word | null)[], i: number): number {
  if (words[i]?.core === 'R' && field.tokens[i + 1]?.text === 'v' && isNameWord(words[i + 2]))
    return caseNameEnd(field, words, i + 2);
  return -1;
}

/**
 * "Trump v. Slaughter", "Learning Resources v. Trump": the parties of a case joined by "v." (a fixture's "v" has no
 * period) are the case's name, a work's; the step pushes the case's chunk itself and ends the run.
 */
export function versusCase(g: RunGrowth, last: Word, next: Word | null | undefined): Step {
  if (next || g.field.tokens[g.j + 1]?.text !== 'v') return NOT_HERE;
  const { field, words, run, chunks, j } = g;
  // "cited Smith v Jones", "the court's ruling in Donoghue v Stevenson": without the period, a legal
  // word in the sentence tells the case from a fixture ("Manchester City v Chelsea").
  const plainVersus =
    !next &&
    field.tokens[j + 1]?.text === 'v' &&
    isNameWord(words[j + 2]) &&
    field.tokens[j + 1]!.start === last.end + 1 &&
    legalWordNear(field, run[0]!.index, j + 2);
  if (!(plainVersus || (!next && versusWithPeriod(field, j + 1) && isNameWord(words[j + 3]))))
    return NOT_HERE;
  const caseEnd = caseNameEnd(field, words, plainVersus ? j + 2 : j + 3);
  for (let k = j + 1; k <= caseEnd; k++) if (words[k]) run.push(words[k]!);
  // "In Learning Resources v. Trump": a sentence's opening function word is no party's.
  let first = 0;
  while (run[first]!.bits & C_FUNCTION) first++;
  // "Humphrey's Executor v. United States": a party named in the possessive was read as a name of its own.
  const owner = first === 0 ? chunks[chunks.length - 1] : undefined;
  const ownerWord = owner?.words.length === 1 ? owner.words[0]! : undefined;
  // Not an owner the text names by itself: a known person or place ("Musk's X Corp v. Media Matters",
  // "Britain's Prince Harry v. Associated Newspapers") keeps its own entity (read38).
  if (
    ownerWord?.possessive &&
    ownerWord.index === run[0]!.index - 1 &&
    newsmakerNamed(ownerWord.core) === undefined &&
    lookupPlace(ownerWord.core) === undefined
  ) {
    chunks.pop();
    run.unshift(wordWith(ownerWord, { possessive: false, end: field.tokens[ownerWord.index]!.end }));
  }
  chunks.push(makeChunk(field, run.slice(first), false, true));
  g.j = caseEnd;
  g.caseName = true;
  return ENDED;
}
