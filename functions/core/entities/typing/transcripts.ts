// Interviews and transcripts: a question opening with the auxiliary "Will", a speaker's label in capitals.
import type { Chunk } from '../chunk.js';
import { newsmakerNamed } from '../newsmakers.js';
import { gazetteerOfWord, isKnownSurnameWord, isLowerWordWord, placeOfWord } from '../word-facts.js';
import { type Context, fieldsOf } from './context.js';
import { S_ACRONYM, shapeIs } from './word-tests.js';

/** A speaker's label in capitals: "GROSSI", "UEDA" (letters only, three or more). */
const LABEL_CAPITALS = /^[A-Z]{3,}$/;
/** "Q:" or "A:" opening a line: the article is an interview's questions and answers. */
const QUESTION_LINE = /(?:^|\n)[ \t]*[QA][ \t]*:/;

/**
 * "Will France send troops to Ukraine?", "Will Iran let inspectors back in?": "Will" opening a question before a
 * country, a place, a body's acronym or a newsmaker is the auxiliary, not a given name ("Will Smith attend?",
 * where no list knows the next word for a place, stays a person).
 */
export function auxiliaryOpensQuestion(ctx: Context, chunk: Chunk, from: number, to: number): boolean {
  const will = chunk.words[from]!;
  if (will.lower !== 'will' || from !== 0 || !chunk.initial || chunk.caseless || to - from < 2) return false;
  const next = chunk.words[from + 1]!;
  const kind = gazetteerOfWord(next)?.kind;
  if (
    kind !== 'country' &&
    kind !== 'place' &&
    !shapeIs(next, S_ACRONYM) &&
    newsmakerNamed(next.core) === undefined
  )
    return false;
  return questionEndsSentence(ctx, chunk);
}

/** Whether the sentence holding the chunk ends with a question mark (on the same line). */
function questionEndsSentence(ctx: Context, chunk: Chunk): boolean {
  const { field } = fieldsOf(ctx, chunk.field);
  for (let i = chunk.after; i < field.tokens.length; i++) {
    const text = field.tokens[i]!.text;
    if (text === '?') return true;
    if (text === '.' || text === '!' || text === ';') return false;
    if (field.text.slice(field.tokens[i - 1]?.end ?? 0, field.tokens[i]!.start).includes('\n')) return false;
  }
  return false;
}

/**
 * "MACRON: We are not ruling it out.", "UEDA: We will look at the data." in an interview ("Q:" lines): a word in
 * capitals alone at a line's start before a colon is the speaker, a person — when the article has questions, or
 * the word is a newsmaker's or a known surname that names no place ("BREAKING:", "LAHORE:" are a label and a
 * dateline). "WASHINGTON: The White House …", "HAMILTON: Floodwaters …": a place's word, a surname too, is a
 * dateline outside an interview, and wherever it opens the body as the article's detected dateline (read33 F3).
 */
export function speakerLabel(ctx: Context, chunk: Chunk): boolean {
  if (chunk.words.length !== 1 || chunk.caseless) return false;
  const word = chunk.words[0]!;
  if (!LABEL_CAPITALS.test(word.core) || isLowerWordWord(word)) return false;
  const { field } = fieldsOf(ctx, chunk.field);
  if (field.tokens[chunk.after]?.text !== ':') return false;
  for (let i = word.start - 1; i >= 0 && field.text.charAt(i) !== '\n'; i--)
    if (field.text.charAt(i) !== ' ' && field.text.charAt(i) !== '\t') return false;
  if (chunk.field === 'body' && ctx.doc.dateline?.start === word.start) return false;
  if (ctx.fields.some((f) => QUESTION_LINE.test(f.field.text))) return true;
  if (placeOfWord(word) !== undefined) return false;
  return newsmakerNamed(word.core) !== undefined || isKnownSurnameWord(word);
}
