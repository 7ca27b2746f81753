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
  // "BLITZER: Breaking news …", "DIAMOND (on camera): Wolf, …": a broadcast transcript labels three
  // turns or more so, one speaker's more than once, and there a word in capitals before a turn's colon is
  // its speaker too ("NVDA: Nvidia Q3 revenue …", "TSM: …": a list of tickers labels each line once).
  if (chunk.field === 'body' && isTranscript(field.text)) return true;
  if (placeOfWord(word) !== undefined) return false;
  return newsmakerNamed(word.core) !== undefined || isKnownSurnameWord(word);
}

/** A line opened by a label in capitals, maybe a bracketed note, and a colon: "BLITZER:", "DIAMOND (on camera):". */
const TURN_LABEL = /^[ \t]*([A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*){0,3})(?: \([^)\n]{1,40}\))?:/gm;

/** Whether three lines or more open with a speaker's label, one label twice (the first 60 lines read). */
function isTranscript(text: string): boolean {
  TURN_LABEL.lastIndex = 0;
  const labels = new Set<string>();
  let turns = 0;
  let repeated = false;
  for (let found = TURN_LABEL.exec(text); found !== null && turns < 60; found = TURN_LABEL.exec(text)) {
    const label = found[1]!;
    if (labels.has(label)) repeated = true;
    labels.add(label);
    turns++;
    if (repeated && turns >= 3) return true;
  }
  return false;
}

/**
 * "UNIDENTIFIED MALE (through translator):", "ANNOUNCER:", "QUESTION:": a label in capitals opening a line
 * before a colon (or a bracketed note and a colon) whose words are all ordinary English words names a role,
 * no one.
 */
export function roleLabel(ctx: Context, chunk: Chunk): boolean {
  if (chunk.words.length > 3) return false;
  for (const w of chunk.words)
    if (!LABEL_CAPITALS.test(w.core) || !(isLowerWordWord(w) || UNNAMED.has(w.lower))) return false;
  const { field } = fieldsOf(ctx, chunk.field);
  const first = chunk.words[0]!;
  for (let i = first.start - 1; i >= 0 && field.text.charCodeAt(i) !== 10; i--)
    if (field.text.charAt(i) !== ' ' && field.text.charAt(i) !== '\t') return false;
  return LABEL_END.test(field.text.slice(chunk.end, chunk.end + 44));
}
/** Words of a label for someone the transcript cannot name ("UNIDENTIFIED MALE"), beside ordinary words. */
const UNNAMED = new Set(['unidentified', 'unknown', 'anonymous']);
/** What closes a speaker's label: a colon, maybe after a bracketed note ("(through translator):"). */
export const LABEL_END = /^(?: \([^)\n]{1,40}\))?:/;
