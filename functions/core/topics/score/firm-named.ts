import type { Entity } from '../../schema.js';
import type { TagDocument } from '../../text/document.js';

/**
 * Words of an organisation's name that make it a public body, not a firm that reports results: "Kenya
 * Revenue Authority", "UN", "International Monetary Fund" (read20 F1).
 */
const PUBLIC_BODY_WORDS = new Set([
  'authority',
  'commission',
  'ministry',
  'agency',
  'department',
  'council',
  'nations',
  'parliament',
  'government',
  'court',
  'office',
  'bureau',
  'police',
  'party',
  'committee',
  'fund',
  'army',
  'assembly',
  'congress',
  'senate',
  'treasury',
  'opec',
]);

/** What splits an entity's id ("org:international-monetary-fund") into its prefix and the words of its name. */
const ID_PARTS = /[:-]/;

/** A firm (an organisation that is no public body) is named in the title or in the lead sentence. */
export function firmInTitleOrLead(doc: TagDocument, entities: readonly Entity[], lead: number): boolean {
  const sentence = doc.body.sentences[lead];
  for (const entity of entities) {
    if (entity.type !== 'organization') continue;
    if (entity.id.split(ID_PARTS).some((w) => PUBLIC_BODY_WORDS.has(w))) continue;
    for (const m of entity.mentions)
      if (m.field === 'title' || (sentence && m.start >= sentence.start && m.start < sentence.end))
        return true;
  }
  return false;
}
