import type { TagDocument } from '../text/document.js';
import type { CountryMention } from './mentions.js';
import { isOthersMinistry } from './others-ministry.js';

/**
 * "DEN HAAG — Het kabinet scherpt de exportregels voor chipmachines naar China aan", "BERLIN — Die
 * Bundesregierung …", "COPENHAGEN — The government will limit exports to China": a lead that opens with the
 * government, unnamed, under a dateline is the dateline country's government acting, and the story is that
 * country's however often it names the other side (review30 C2: China ranked first in 6 of 6 such probes, in
 * six languages, the home country second, named only by its dateline, capital or leader). The government's words
 * are a mention of the dateline country, and the country is the lead's subject (ranks first, resolve.ts). Not
 * "The government of Mexico", nor a body with a name of its own ("The Commission"), nor the word as a noun's
 * modifier: "LONDON - Government bond yields across the euro zone rose" is a market, not Britain (read30 F13).
 * A ministry or a state firm named by its trade alone is the home government too: "KARACHI — The energy ministry
 * will buy ten more LNG cargoes from Qatar", "MANILA — The state power firm will buy four cargoes from Oman"
 * (review32 ★C3: the seller ranked first in 6 of 6 such probes), unless a country's word stands in it ("The
 * Russian defence ministry said", a mention already found), nor when it is another's (others-ministry.ts).
 */
const HOME_GOVERNMENT =
  /^(\s*[-\u2013\u2014:]?\s*)((?:the|het|de|die|das|der|le|la|el|il|o|a)\s+)?(government|cabinet|kabinet|regering|bundesregierung|regierung|kabinett|gouvernement|gobierno|governo|(?:[a-z]+\s+){0,2}ministry|state(?:-run|-owned)?\s+(?:[a-z]+\s+){0,2}(?:firm|company|utility))\b(?!\s+(?:of|van|von|de|du|del|di|do|da)\b|-|\s+(?:bonds?|debt|securities|paper|yields?|notes|bills|borrowing|spending|contracts?|data|figures|statistics)\b)/i;
/** A part of each of HOME_GOVERNMENT's words ("government" and "governo", "gouvernement", "bundesregierung", "kabinett"). */
const GOVERNMENT_WORD = /gov|gouv|gobierno|cabinet|kabinet|regering|regierung|ministry|state/i;

/** The mention of the dateline's country that the unnamed government opening the story's lead is, if it is. */
export function homeGovernmentMention(
  doc: TagDocument,
  datelineCode: string | undefined,
  found: readonly CountryMention[] = [],
): CountryMention | undefined {
  if (!doc.dateline || datelineCode === undefined) return undefined;
  const from = doc.storyStart;
  const opening = doc.body.text.slice(from, from + 80);
  // Without one of its words the long pattern is not run (nor compiled: V8 compiles a pattern on first use).
  const match = GOVERNMENT_WORD.test(opening) ? HOME_GOVERNMENT.exec(opening) : null;
  if (!match) return undefined;
  const start = from + match[1]!.length;
  const end = start + (match[2]?.length ?? 0) + match[3]!.length;
  if (found.some((m) => m.field === 'body' && m.start < end && start < m.end)) return undefined;
  if (isOthersMinistry(doc, end, found, datelineCode)) return undefined;
  return {
    code: datelineCode,
    kind: 'metonym',
    field: 'body',
    start,
    end,
    text: doc.body.text.slice(start, end),
    ambiguous: false,
    currency: false,
    needsConfirmation: false,
  };
}
