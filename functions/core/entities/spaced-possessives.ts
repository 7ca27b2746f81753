import type { Entity, Field, Mention } from '../schema.js';
import { codeUnitAt } from '../text/chars.js';
import { type FieldText, prepareField, type TagDocument } from '../text/document.js';

/**
 * Pre-tokenised news (CoNLL, wire feeds run through a tokeniser) spaces every possessive off its word: "Arsenal 's
 * Ian Wright", "Hashimoto 's cabinet", "the Eagles ' franchise". Every rule of the recogniser reads the possessive
 * attached ("Arsenal's"), so the entities are read from a copy of the fields where the apostrophe moves back onto
 * its word and the space goes after it ("Arsenal's  Ian Wright"): the copy has the field's length and every offset
 * outside the moved "'s" is the same, so a mention of the owner ("Arsenal") needs no change; a mention that ends on
 * the "'s" ("Pakistan People 's Party") ends one character later in the field, and its text is the field's.
 *
 * A spaced "'s" (or "’s", "'S") joins a word that ends in a letter or digit; a bare "'" only a word that ends in "s"
 * and before a word ("the workers ' union"), not a quotation's mark ("said , ' keep going").
 */

/** Whether the code unit is an ASCII letter or digit or a letter past ASCII (a name's accented end). */
function isWordUnit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0x2019);
}

/**
 * The text with each spaced possessive joined to its word, and the offsets where the apostrophe now stands (the
 * owner's end), ascending; undefined when the text has none.
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
    // "the Eagles ' franchise": a plural's bare apostrophe, before a word.
    const last = codeUnitAt(text, space - 1);
    if ((last === 115 || last === 83) && s === 32 && isWordUnit(codeUnitAt(text, after + 1)))
      joins.push(space);
  }
  if (joins.length === 0) return undefined;
  const parts: string[] = [];
  let from = 0;
  for (const space of joins) {
    const bare = codeUnitAt(text, space + 2) === 32;
    // "X 's" → "X's ", "X ' " → "X'  ": same length, the space moved behind the possessive.
    parts.push(
      text.slice(from, space),
      bare ? `${text[space + 1]} ` : `${text[space + 1]}${text[space + 2]} `,
    );
    from = bare ? space + 2 : space + 3;
  }
  parts.push(text.slice(from));
  return { text: parts.join(''), joins };
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
  return {
    doc: { ...doc, title: prepared(doc.title, title), body: prepared(doc.body, body) },
    joins: { title: title?.joins, body: body?.joins },
  };
}

/** An offset of the joined text in the field: a mention's end on or inside a moved possessive ends past it. */
function fieldOffset(joins: readonly number[], offset: number): number {
  // The last join at or before the offset (binary search: a long page may space many possessives).
  let lo = 0;
  let hi = joins.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (joins[mid]! <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return offset;
  const join = joins[found]!;
  return offset > join && offset <= join + 2 ? offset + 1 : offset;
}

/** A name with the moved possessive's doubled space made single: "Pakistan People's  Party". */
const DOUBLED_AFTER_POSSESSIVE = /(['\u2019][sS]?) {2}/g;

/** The entities read from the joined copy, with their mentions' offsets and texts in the document's fields. */
export function withMentionsInFields(
  entities: Entity[],
  joins: Record<Field, number[] | undefined>,
  texts: Record<Field, string>,
): Entity[] {
  for (const entity of entities) {
    entity.mentions = entity.mentions.map((m): Mention => {
      const fieldJoins = joins[m.field];
      if (fieldJoins === undefined) return m;
      const start = fieldOffset(fieldJoins, m.start);
      const end = fieldOffset(fieldJoins, m.end);
      // "Pakistan People 's Party": a mention over a moved possessive keeps its offsets but not its text.
      const text = texts[m.field].slice(start, end);
      return start === m.start && end === m.end && text === m.text ? m : { ...m, start, end, text };
    });
    if (entity.name.includes('  ')) entity.name = entity.name.replace(DOUBLED_AFTER_POSSESSIVE, '$1 ');
  }
  return entities;
}
