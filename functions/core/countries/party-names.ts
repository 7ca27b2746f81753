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
  /^,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:party|movement|coalition|alliance|bloc|faction)\b/i;

export function withoutPartyNames(
  doc: TagDocument,
  mentions: readonly CountryMention[],
): readonly CountryMention[] {
  const parties = new Set<string>();
  for (const m of mentions) {
    if (m.kind !== 'city') continue;
    const text = fieldOf(doc, m.field).text;
    if (
      BODY_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)) ||
      BODY_AFTER.test(text.slice(m.end, m.end + 48))
    )
      parties.add(m.text.toLowerCase());
  }
  if (parties.size === 0) return mentions;
  return mentions.filter((m) => m.kind !== 'city' || !parties.has(m.text.toLowerCase()));
}
