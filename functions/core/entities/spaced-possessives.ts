import type { Entity, Field, Mention } from '../schema.js';
import { codeUnitAt } from '../text/chars.js';
import type { Dateline } from '../text/dateline.js';
import { type FieldText, prepareField, type TagDocument } from '../text/document.js';

/**
 * Pre-tokenised news (CoNLL, wire feeds run through a tokeniser) spaces every possessive off its word: "Arsenal 's
 * Ian Wright", "Hashimoto 's cabinet", "the Eagles ' franchise". Every rule of the recogniser reads the possessive
 * attached ("Arsenal's"), so the entities are read from a copy of the fields with the space before each such
 * possessive taken out ("Arsenal's Ian Wright"), and their mentions' offsets are put back into the field: an offset
 * past a removed space moves one on for each. (A first version kept the field's length by moving the space behind
 * the possessive, "Arsenal's  Ian"; the doubled space broke the names that go on after the possessive — "McDonald 's
 * Corp", "Men 's singles : Ong Ewe Hock", "Napoleon 's army" — and was reverted.)
 *
 * A spaced "'s" (or "’s", "'S") joins a word that ends in a letter or digit; a bare "'" only a word that ends in "s",
 * before a word in lower case ("the workers ' union"), not a quotation's mark ("known as ' The Butcher '").
 */

/** Whether the code unit is an ASCII letter or digit or a letter past ASCII (a name's accented end). */
function isWordUnit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0x2019);
}

const isLowerAscii = (c: number) => c >= 97 && c <= 122;

/**
 * The text with the space before each spaced possessive taken out, and the offsets of those spaces in the text,
 * ascending; undefined when the text has none.
 */
export function joinSpacedPossessives(text: string): { text: string; joins: number[] } | undefined {
  const joins: number[] = [];
  let at = text.indexOf(" '");
  let typographic = text.indexOf(' \u2019');
  const n = text.length;
  while (at >= 0 || typographic >= 0) {
    const space = at < 0 ? typographic : typographic < 0 ? at : Math.min(at, typographic);
    if (space === at) at = text.indexOf(" '", at + 1);
    else typographic = text.indexOf(' \u2019', typographic + 1);
    if (space < 1 || !isWordUnit(codeUnitAt(text, space - 1))) continue;
    const after = space + 2;
    const s = codeUnitAt(text, after);
    if ((s === 115 || s === 83) && (after + 1 >= n || !isWordUnit(codeUnitAt(text, after + 1)))) {
      joins.push(space);
      continue;
    }
    // "the Eagles ' franchise": a plural's bare apostrophe, before a word in lower case.
    const last = codeUnitAt(text, space - 1);
    if ((last === 115 || last === 83) && s === 32 && isLowerAscii(codeUnitAt(text, after + 1)))
      joins.push(space);
  }
  if (joins.length === 0) return undefined;
  const parts: string[] = [];
  let from = 0;
  for (const space of joins) {
    parts.push(text.slice(from, space));
    from = space + 1;
  }
  parts.push(text.slice(from));
  return { text: parts.join(''), joins };
}

/** How many of the sorted `offsets` are below `limit` (binary search: a long page may space many possessives). */
function countBelow(offsets: readonly number[], limit: number): number {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid]! < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** An offset of the field in the joined copy: one less for each removed space before it. */
function joinedOffset(joins: readonly number[], offset: number): number {
  return offset - countBelow(joins, offset);
}

/**
 * An offset of the joined copy in the field. The k-th removed space stands at `joins[k] - k` in the copy: an offset
 * past it (the owner's end, at that place, is not past it) moves one on.
 */
function fieldOffset(joins: readonly number[], offset: number): number {
  let lo = 0;
  let hi = joins.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (joins[mid]! - mid < offset) lo = mid + 1;
    else hi = mid;
  }
  return offset + lo;
}

/** The dateline's body offsets in the joined copy of the body. */
function joinedDateline(dateline: Dateline, joins: readonly number[]): Dateline {
  const moved: { -readonly [K in keyof Dateline]: Dateline[K] } = { ...dateline };
  if (dateline.start !== undefined) moved.start = joinedOffset(joins, dateline.start);
  if (dateline.end !== undefined) moved.end = joinedOffset(joins, dateline.end);
  if (dateline.headlineEnd !== undefined) moved.headlineEnd = joinedOffset(joins, dateline.headlineEnd);
  return moved;
}

/** The document with the spaced possessives of its title and body joined, or undefined when it has none. */
export function withSpacedPossessivesJoined(
  doc: TagDocument,
): { doc: TagDocument; joins: Record<Field, number[] | undefined> } | undefined {
  const title = joinSpacedPossessives(doc.title.text);
  const body = joinSpacedPossessives(doc.body.text);
  if (title === undefined && body === undefined) return undefined;
  const prepared = (field: FieldText, joined: { text: string } | undefined) =>
    joined === undefined ? field : prepareField(field.field, joined.text);
  const joinedDoc: TagDocument = {
    ...doc,
    title: prepared(doc.title, title),
    body: prepared(doc.body, body),
    storyStart: body ? joinedOffset(body.joins, doc.storyStart) : doc.storyStart,
  };
  if (body && doc.dateline)
    (joinedDoc as { dateline?: Dateline }).dateline = joinedDateline(doc.dateline, body.joins);
  return { doc: joinedDoc, joins: { title: title?.joins, body: body?.joins } };
}

/** The entities read from the joined copy, with their mentions' offsets and texts in the document's fields. */
export function withMentionsInFields(
  entities: Entity[],
  joins: Record<Field, number[] | undefined>,
  texts: Record<Field, string>,
): Entity[] {
  for (const entity of entities)
    entity.mentions = entity.mentions.map((m): Mention => {
      const fieldJoins = joins[m.field];
      if (fieldJoins === undefined) return m;
      const start = fieldOffset(fieldJoins, m.start);
      const end = fieldOffset(fieldJoins, m.end);
      // "Pakistan People 's Party": a mention over a removed space gets the field's text.
      const text = texts[m.field].slice(start, end);
      return start === m.start && end === m.end && text === m.text ? m : { ...m, start, end, text };
    });
  return entities;
}
