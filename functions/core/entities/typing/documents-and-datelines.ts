// The document's own furniture: datelines, slugs, press digests' headlines.
import { lookupPlace } from '../../countries/gazetteer.js';
import { lowerCased } from '../../text/chars.js';
import type { TagDocument } from '../../text/document.js';
import { letterPattern } from '../../text/letters.js';
import type { Chunk, Word } from '../chunk.js';
import { GAZETTEER } from '../lexicon.js';
import { type Candidate, type Context, fieldsOf, norm, startsWithCapital } from './context.js';

// The digest's own headline, not the verb ("to press China") or a story about papers ("Panama Papers").
const PRESS_HEADLINE =
  /\bpress (?:digest|review)s?\b|\b(?:news)?papers? (?:digest|review)s?\b|\bnewspapers\s+-/i;
const pressMemo = new WeakMap<TagDocument, boolean>();
/** "PRESS DIGEST - Indonesian newspapers", "Tunisia - press review": a headline naming the press. */
export function pressDigest(doc: TagDocument): boolean {
  let press = pressMemo.get(doc);
  if (press === undefined) {
    const headline = doc.title.text || doc.body.text.slice(0, Math.max(0, doc.body.text.indexOf('\n')));
    press = PRESS_HEADLINE.test(headline);
    pressMemo.set(doc, press);
  }
  return press;
}

/**
 * "BASEBALL - MAJOR LEAGUE RESULTS … NEW YORK 1996-08-30 … NEW YORK 4 Seattle 1": the town that opens the
 * dateline is where the story was filed, a place, whatever the results lines make of its name elsewhere.
 * So is its state or country after the comma ("ARLINGTON, Texas (AP)" on a sports page: Texas is no club).
 */
export function datelineMentionPlace(candidates: Candidate[], doc: TagDocument): void {
  const start = doc.dateline?.start;
  if (start === undefined) return;
  const placeEnd = start + doc.dateline!.place.length;
  for (const c of candidates) {
    if (c.field !== 'body' || c.start < start) continue;
    if (c.start >= placeEnd) return;
    if (
      (c.type === 'organization' || c.type === 'unknown') &&
      c.end <= placeEnd &&
      c.text === doc.body.text.slice(c.start, c.end) &&
      lookupPlace(c.text) !== undefined
    )
      c.type = 'place';
  }
}

/**
 * "KOUROU, French Guiana - … lifted off from Kourou": the dateline's town, one word no list knows, is the
 * place wherever only the default or a weak cue typed it (a body or a bare person). Names of several words
 * are left alone: a headline before a dash reads as a dateline too ("Hoshino Seiki - 6mth parent forecast"),
 * and so is a town a firm of the article is named after.
 */
export function datelinePlace(
  candidates: Candidate[],
  place: string,
  known: ReadonlyMap<string, Candidate> | undefined,
): void {
  const comma = place.indexOf(',');
  const town = lowerCased((comma < 0 ? place : place.slice(0, comma)).trim());
  if (town === '') return;
  if (town.includes(' ')) return;
  // "SUFFIELD, Conn. - Suffield Financial Corp said … Suffield shares": a firm named after its town keeps it.
  const namesFirm = (c: Candidate) =>
    c.type === 'organization' && c.words.length > 1 && lowerCased(c.words[0]!) === town;
  for (const c of candidates) if (namesFirm(c)) return;
  if (known) for (const c of known.values()) if (namesFirm(c)) return;
  for (const c of candidates) {
    if (c.strength > 1 || c.words.length !== 1 || (c.type !== 'organization' && c.type !== 'person'))
      continue;
    if (lowerCased(c.words[0]!) === town) c.type = 'place';
  }
}

/** The word closing a wire's capitals slug ("STOCKS-Gulf" of "MIDEAST STOCKS-Gulf"), or -1. */
export function slugEnd(words: readonly Word[]): number {
  for (let i = 0; i < words.length; i++) {
    const core = words[i]!.core;
    if (SLUG_WORD.test(core)) return i;
    if (core !== core.toUpperCase()) return -1;
  }
  return -1;
}
const SLUG_WORD = letterPattern(String.raw`^\p{Lu}{2,}-\p{Lu}\p{Ll}`);

const DATE_TOKEN = /^\d{1,4}(?:[-/]\d{1,2}){1,2}$/;

/**
 * "GARMSKIY , Tajikistan 1996-09-03", "OBERWIL 1996-09-02": an unknown capitals-only name opening a
 * line and followed by a date, or by a comma and a country or region, is the dateline's place.
 */
export function opensDateline(ctx: Context, chunk: Chunk, from: number, to: number): boolean {
  const first = chunk.words[from]!;
  const field = fieldsOf(ctx, chunk.field);
  if (field.field.text.slice(first.lineStart, first.start).trim() !== '') return false;
  const tokens = field.field.tokens;
  const after = chunk.words[to - 1]!.index + 1;
  const next = tokens[after]?.text ?? '';
  if (DATE_TOKEN.test(next)) return true;
  if (next !== ',') return false;
  const region = tokens[after + 1]?.text ?? '';
  const kind = GAZETTEER.get(norm(region))?.kind;
  return kind === 'country' || (startsWithCapital(region) && lookupPlace(region) !== undefined);
}

export const DATELINE_ENDS = new Set([':', ',', '(', '', '-', '–', '—']);
