import { isTitleCase } from '../entities/title-case.js';
import type { TagDocument } from '../text/document.js';
import { lookupDemonym } from './gazetteer.js';
import type { CountryMention } from './mentions.js';
import { plainKeyOf } from './normalize.js';

/**
 * A town whose name opens with a people's word ("Indian Wells") in a headline where every word is capitalised: "Indian
 * Wells Run Dry As Monsoon Fails" is India's wells, "Indian Wells Output Rises" an Indian oilfield's (read44 on
 * 51619a93). Such a headline says the town only where the body names it too ("… won the Indian Wells title").
 */
export function withoutUnconfirmedDemonymTowns(
  doc: TagDocument,
  mentions: readonly CountryMention[],
): readonly CountryMention[] {
  const opensWithPeople = (m: CountryMention) =>
    m.field === 'title' && m.kind === 'city' && lookupDemonym(m.text.split(/\s+/)[0]!) !== undefined;
  if (!mentions.some(opensWithPeople)) return mentions;
  if (!doc.titleIsAllCaps && !isTitleCase(doc.title)) return mentions;
  const inBody = new Set(mentions.filter((m) => m.field === 'body').map((m) => plainKeyOf(m.text)));
  return mentions.filter((m) => !opensWithPeople(m) || inBody.has(plainKeyOf(m.text)));
}
