import { fieldOf, type TagDocument } from '../text/document.js';
import type { CountryMention } from './mentions.js';

/**
 * "Candidates backed by Mexico's ruling party Morena won most seats", "Morena, the party founded by …": a
 * party whose name is also a town's (Morena, a city of Madhya Pradesh) counted India in a Mexican story (read29
 * F-a). A city's name right after a word for a political body, or followed by an apposition calling it one,
 * names that body; every mention of the name in the story is then the body's, not the town's.
 */
const BODY_BEFORE = /\b(?:party|movement|coalition|alliance|bloc|faction)\s+$/i;
const BODY_AFTER =
  /^,\s+(?:the|a|an)\s+(?:(?!of\s)[\w-]+\s+){0,3}?(?:party|movement|coalition|alliance|bloc|faction)(?:\s*[,.;)]|\s+(?:founded|formed|created|led|headed|backed|of|that|which|whose|in|with)\b)/i;
/**
 * "a military alliance Moscow leads" (read31 F2): the city heads a relative clause after the body's word, so
 * it is the body's leader, not its name. The apposition above must end on the body's word for the same reason:
 * "Ankara, a NATO alliance member", "Beijing, the bloc's second-largest trading partner" call the city a
 * member or partner of a body, not the body, and so does "Budapest, a member of the bloc," (no "of" before
 * the body's word).
 */
const LEADS_AFTER =
  /^\s+(?:leads|led|heads|headed|backs|backed|dominates|dominated|controls|controlled|founded|formed|created|joined|joins)\b/i;
/** "Beijing's commerce ministry": a government's office; a party has none, so that mention is the country. */
const GOVERNMENT_AFTER =
  /^(?:'s|\u2019s)\s+(?:[a-z]+\s+){0,2}(?:ministry|government|embassy|ambassador|envoy|cabinet)\b/;

export function withoutPartyNames(
  doc: TagDocument,
  mentions: readonly CountryMention[],
): readonly CountryMention[] {
  const parties = new Set<string>();
  for (const m of mentions) {
    if (m.kind !== 'city') continue;
    const text = fieldOf(doc, m.field).text;
    const after = text.slice(m.end, m.end + 60);
    if (
      (BODY_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)) && !LEADS_AFTER.test(after)) ||
      // BODY_AFTER opens with a comma: checked first, the long pattern rarely runs (nor compiles).
      (after.charCodeAt(0) === 44 && BODY_AFTER.test(after))
    )
      parties.add(m.text.toLowerCase());
  }
  if (parties.size === 0) return mentions;
  return mentions.filter(
    (m) =>
      m.kind !== 'city' ||
      !parties.has(m.text.toLowerCase()) ||
      GOVERNMENT_AFTER.test(fieldOf(doc, m.field).text.slice(m.end, m.end + 48)),
  );
}
