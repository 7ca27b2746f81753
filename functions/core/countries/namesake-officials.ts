import { fieldOf, type TagDocument } from '../text/document.js';
import type { CountryMention } from './mentions.js';
import { isOwnOffice } from './own-offices.js';

/**
 * "BOGOTA — Defence Minister Pedro Sanchez said the attack was carried out by a FARC dissident faction": a
 * newsmaker's name (newsmakers.ts, a metonym of the country) after a bare office title, in a story filed from
 * another country, is the office holder of the country filed from, a namesake (review29 C6: Colombia's defence
 * minister counted Spain). Wire style names a foreign official's country with the title ("Spanish Prime
 * Minister"); the bare title is the host's. Only where the story names the newsmaker's country no other way,
 * and not after "Prime Minister" or "President", the offices the listed leaders hold abroad, nor after the
 * newsmaker's own office ("Defense Secretary Pete Hegseth" in a Caracas story, own-offices.ts).
 */
const BARE_OFFICE_BEFORE =
  /(?:\b(?!Prime\s)[A-Z][a-z]+\s+(?:Minister|Secretary)|\bMinister\s+of\s+[A-Z][a-z]+|\b(?:Governor|Mayor|Senator|General|Gen\.|Colonel|Col\.|Commander|Judge|Ambassador|Congressman|Congresswoman|Prosecutor))\s+$/;

export function withoutNamesakeOfficials(
  doc: TagDocument,
  mentions: readonly CountryMention[],
  datelineCode: string | undefined,
): readonly CountryMention[] {
  if (datelineCode === undefined) return mentions;
  const namesakes = new Set<string>();
  for (const m of mentions) {
    if (m.kind !== 'metonym' || m.code === datelineCode) continue;
    const before = fieldOf(doc, m.field).text.slice(Math.max(0, m.start - 40), m.start);
    if (!BARE_OFFICE_BEFORE.test(before) || isOwnOffice(m.text, before)) continue;
    if (mentions.some((o) => o.code === m.code && o.kind !== 'metonym')) continue;
    namesakes.add(m.text.toLowerCase());
  }
  if (namesakes.size === 0) return mentions;
  return mentions.filter((m) => m.kind !== 'metonym' || !namesakes.has(m.text.toLowerCase()));
}
