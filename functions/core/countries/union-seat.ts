import type { TagDocument } from '../text/document.js';
import type { CountryMention } from './mentions.js';

/**
 * "We cannot wait for Brussels", "Hungary accused Brussels of blackmail", "the Commission in Brussels":
 * in a story about the European Union (or NATO) its seat stands for the union, which is no country, not
 * for Belgium (review22 ★7: Belgium was in focus and paired with Poland, Hungary, Russia). Reuters-dev
 * indexes Belgium in none of its 14 stories that name Brussels so from a dateline elsewhere. A story filed
 * from Belgium, or one that names Belgium otherwise ("Belgian police", "Antwerp"), keeps its Brussels.
 */
const SEAT_NAMES: ReadonlySet<string> = new Set(['brussels', 'brussel', 'bruxelles', 'br\u00fcssel']);

/** The union or alliance seated there, in English and the languages whose press names Brussels so. */
const UNION =
  /\b(?:EU|E\.U\.|EC|NATO|Nato|European (?:Union|Commission|Community|Council|Parliament)|Europese (?:Unie|Commissie)|Europ\u00e4ische (?:Union|Kommission)|EU-Kommission|Union europ\u00e9enne|Commission europ\u00e9enne|Uni\u00f3n Europea|Comisi\u00f3n Europea|Unione europea|Commissione europea)(?![\w-])/;

const isSeat = (m: CountryMention) =>
  m.code === 'BE' && m.kind === 'city' && SEAT_NAMES.has(m.text.toLowerCase());

/** The mentions without those of Brussels that stand for the union the story is about. */
export function withoutUnionSeat(
  doc: TagDocument,
  mentions: readonly CountryMention[],
  datelineCode: string | undefined,
): readonly CountryMention[] {
  if (datelineCode === 'BE' || !mentions.some(isSeat)) return mentions;
  if (mentions.some((m) => m.code === 'BE' && !isSeat(m))) return mentions;
  if (!UNION.test(doc.title.text) && !UNION.test(doc.body.text)) return mentions;
  return mentions.filter((m) => !isSeat(m));
}
