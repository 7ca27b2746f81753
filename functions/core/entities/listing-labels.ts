// Field labels of wire listings: "ISSUER : Kelvane County School District ST : OH", "BANK QUAL : N",
// "L.O. : Squire , Sanders & Dempsey , Cleveland" (municipal bond sales, IPO filings, results tables of
// Reuters-style wires). A label is written in capitals right before " :" and names no one.
import type { FieldText } from '../text/document.js';
import type { Chunk, Word } from './chunk.js';

/** A label: capitals, digits, periods, slashes or "&" in words, then " :" (the field's value follows). */
const LABEL = /(?:^|\s)[A-Z][A-Z0-9./&]*(?: [A-Z][A-Z0-9./&]*)* :(?=\s|$)/g;
/** How far either side of a label its line is read for another (a long line is read in part only). */
const REACH = 160;

/** A word of a label: letters in capitals only ("ST", "QUAL", "L.O."), no lower-case letter. */
function labelWord(w: Word): boolean {
  const core = w.core;
  return core !== core.toLowerCase() && core === core.toUpperCase();
}

/** How many labels the text from `from` to `to` holds. */
function labelsIn(text: string, from: number, to: number): number {
  const part = text.slice(Math.max(0, from), Math.min(text.length, to));
  LABEL.lastIndex = 0;
  let n = 0;
  while (LABEL.exec(part) !== null) n++;
  return n;
}

/**
 * The start and end of the line holding `offset`, read at most REACH either side (a page of one long line is not
 * searched to its ends for each label: that made it quadratic).
 */
function lineAround(text: string, offset: number): [number, number] {
  let start = offset;
  const floor = Math.max(0, offset - REACH);
  while (start > floor && text.charCodeAt(start - 1) !== 10) start--;
  let end = offset;
  const ceiling = Math.min(text.length, offset + REACH);
  while (end < ceiling && text.charCodeAt(end) !== 10) end++;
  return [start, end];
}

/**
 * Whether the label ending just before `colon` stands in a listing: its line holds another label ("DTD : 09/15/96
 * SURE BID : N"), or the line before or after opens with one ("LAST SALE : None" between "BANK QUAL : N" and
 * "RATINGS : …"). A headline's "ANALYSIS :" stands alone.
 */
function inListing(text: string, colon: number): boolean {
  const [start, end] = lineAround(text, colon);
  if (labelsIn(text, start, end) >= 2) return true;
  if (start > 0 && text.charCodeAt(start - 1) === 10) {
    const [prevStart, prevEnd] = lineAround(text, start - 1);
    if (labelsIn(text, prevStart, prevEnd) >= 1 && LABEL_OPENS.test(text.slice(prevStart, prevEnd)))
      return true;
  }
  if (end < text.length && text.charCodeAt(end) === 10) {
    const [nextStart, nextEnd] = lineAround(text, end + 1);
    if (LABEL_OPENS.test(text.slice(nextStart, nextEnd))) return true;
  }
  return false;
}
const LABEL_OPENS = /^[A-Z][A-Z0-9./&]*(?: [A-Z][A-Z0-9./&]*)* :(?:\s|$)/;

/**
 * Cuts the labels off a listing's runs: a run of capitals before " :" is dropped ("LAST SALE", "L.O."), and a
 * label glued to the value before it is cut off ("Kelvane County School District ST" before " : OH" keeps the
 * district). Only in a listing (`inListing`), never in a capitals-only line (read elsewhere).
 */
export function withListingLabelsCut(
  chunks: Chunk[],
  fields: { title: FieldText; body: FieldText },
): Chunk[] {
  let out: Chunk[] | undefined;
  for (let k = 0; k < chunks.length; k++) {
    const chunk = chunks[k]!;
    const field = chunk.field === 'title' ? fields.title : fields.body;
    const words = chunk.words;
    const last = words[words.length - 1]!;
    const next = field.tokens[last.index + 1];
    let keep = words.length;
    if (!chunk.caseless && next?.text === ':' && next.start === last.end + 1) {
      while (keep > 0 && labelWord(words[keep - 1]!)) keep--;
      if (keep === words.length || !inListing(field.text, next.start)) keep = words.length;
    }
    if (keep === words.length) {
      out?.push(chunk);
      continue;
    }
    out ??= chunks.slice(0, k);
    if (keep === 0) continue;
    const head = words.slice(0, keep);
    const end = head[keep - 1]!;
    out.push({
      ...chunk,
      words: head,
      text: field.text.slice(chunk.start, end.end),
      end: end.end,
      after: end.index + 1,
    });
  }
  return out ?? chunks;
}
