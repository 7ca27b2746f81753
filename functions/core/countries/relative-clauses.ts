import type { Country, Mention } from '../schema.js';
import { isInInlineDateline } from '../text/dateline.js';
import type { TagDocument } from '../text/document.js';
import { sentenceAt } from '../text/sentences.js';

/** ", which", ", who": a non-restrictive relative clause opens (the last one before a mention is read). */
const CLAUSE_OPEN = /,\s+(?:which|who)\s/g;
/** After a comma inside the clause: the next item of a list of countries ("from France, Britain and the US"). */
const LIST_ITEM_AFTER = /,\s*(?:and\s+)?(?:the\s+)?/y;

/**
 * Whether the body names the country only inside non-restrictive relative clauses, and the title not at all
 * ("The three juntas, which have turned away from France and the United States towards Russia, said the exit was
 * irreversible", read34 ★2): the clause is background to what its sentence says about its subject, so a pair it
 * alone holds ranks with a list's pairs (pairs.ts), below the story's own. `spans` are the body offsets of
 * every country mention: a comma between two of them continues a list ("from France, Britain and the US"), any
 * other closes the clause ("the 1983 disaster, which affected several continents, the U.S. officer said").
 */
export function namedOnlyInRelativeClauses(doc: TagDocument, c: Country, spans: MentionEdges): boolean {
  let named = false;
  for (const m of c.mentions) {
    if (m.field === 'title') return false;
    if (isInInlineDateline(doc.dateline, m.field, m.start)) continue;
    if (!insideClause(doc, m, spans)) return false;
    named = true;
  }
  return named;
}

/** Where the body's country mentions start and end. */
export interface MentionEdges {
  readonly starts: ReadonlySet<number>;
  readonly ends: ReadonlySet<number>;
}

/**
 * Where the body's mentions of the countries start and end, in one walk over their mentions (a `flatMap` of
 * filtered copies and two `map`s cost ~0.7% of tagging, in pairs.ts and clause-lists.ts).
 */
export function bodyMentionEdges(countries: readonly Country[]): MentionEdges {
  const starts = new Set<number>();
  const ends = new Set<number>();
  for (const c of countries)
    for (const m of c.mentions)
      if (m.field === 'body') {
        starts.add(m.start);
        ends.add(m.end);
      }
  return { starts, ends };
}

/**
 * Whether the body mention stands inside a non-restrictive relative clause of its sentence (", which …", ", who
 * …"), the clause not closed before it but for commas between countries of a list.
 */
export function insideClause(doc: TagDocument, m: Mention, spans: MentionEdges): boolean {
  const text = doc.body.text;
  const s = sentenceAt(doc.body.sentences, m.start);
  if (!s) return false;
  const before = text.slice(s.start, m.start);
  let open = -1;
  CLAUSE_OPEN.lastIndex = 0;
  for (let match = CLAUSE_OPEN.exec(before); match; match = CLAUSE_OPEN.exec(before))
    open = match.index + match[0].length;
  if (open < 0) return false;
  // A comma between the clause's opening and the mention closes it, unless it stands between two countries.
  for (let at = before.indexOf(',', open); at >= 0; at = before.indexOf(',', at + 1)) {
    LIST_ITEM_AFTER.lastIndex = s.start + at;
    const item = LIST_ITEM_AFTER.exec(text);
    if (!item || !spans.ends.has(s.start + at) || !spans.starts.has(s.start + at + item[0].length))
      return false;
  }
  return !/[;:()\u2014]/.test(before.slice(open));
}
