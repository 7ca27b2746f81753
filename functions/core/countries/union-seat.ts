import { fieldOf, type TagDocument } from '../text/document.js';
import type { CountryMention } from './mentions.js';

/**
 * "We cannot wait for Brussels", "Hungary accused Brussels of blackmail", "the Commission in Brussels":
 * in a story about the European Union (or NATO) its seat stands for the union, which is no country, not
 * for Belgium (review22 ★7: Belgium was in focus and paired with Poland, Hungary, Russia). Reuters-dev
 * indexes Belgium in none of its 14 stories that name Brussels so from a dateline elsewhere. A story filed
 * from Belgium, or one that names Belgium otherwise ("Belgian police", "Antwerp"), keeps its Brussels, and
 * so does one that happens in the city (read23 F2: "blasts hit Brussels airport … near the European Union's
 * headquarters", "pilots at Brussels Airlines" lost Belgium): its airport, airline, metro, police, districts.
 */
const SEAT_NAMES: ReadonlySet<string> = new Set(['brussels', 'brussel', 'bruxelles', 'br\u00fcssel']);

/** The union or alliance seated there, in English and the languages whose press names Brussels so. */
const UNION =
  /\b(?:EU|E\.U\.|EC|NATO|Nato|European (?:Union|Commission|Community|Council|Parliament)|Europese (?:Unie|Commissie)|Europ\u00e4ische (?:Union|Kommission)|EU-Kommission|Union europ\u00e9enne|Commission europ\u00e9enne|Uni\u00f3n Europea|Comisi\u00f3n Europea|Unione europea|Commissione europea)(?![\w-])/;

/**
 * The city's own places, services and events right after its name: "Brussels airport", "Brussels-Capital",
 * "the Brussels bombings". Not "attacks"/"blasts", which a headline uses as verbs ("Brussels blasts Budapest").
 */
const CITY_THING_AFTER =
  /^(?:['\u2019]s?)?[\s-]+(?:[Aa]irport|Airlines|Zaventem|Midi|Nord|Capital|[Mm]etro|[Ss]ubway|[Tt]rams?|[Pp]olice|[Pp]rosecutors?|[Mm]ayor|[Cc]ourt|[Hh]ospitals?|[Ss]uburbs?|[Dd]istricts?|[Mm]unicipality|[Cc]ommune|[Bb]ombings?|[Bb]ombers|[Ss]hootings?)\b/;
/** "in central Brussels", "downtown Brussels": a part of the city. */
const CITY_PART_BEFORE = /\b(?:central|downtown|suburban|[Gg]reater)\s+$/;

const isSeat = (m: CountryMention) =>
  m.code === 'BE' && m.kind === 'city' && SEAT_NAMES.has(m.text.toLowerCase());

/** Whether a mention of the seat names the city itself: its airport, its metro, a district of it. */
function namesTheCity(doc: TagDocument, m: CountryMention): boolean {
  const text = fieldOf(doc, m.field).text;
  return (
    CITY_THING_AFTER.test(text.slice(m.end, m.end + 16)) ||
    CITY_PART_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))
  );
}

/** The mentions without those of Brussels that stand for the union the story is about. */
export function withoutUnionSeat(
  doc: TagDocument,
  mentions: readonly CountryMention[],
  datelineCode: string | undefined,
): readonly CountryMention[] {
  if (datelineCode === 'BE' || !mentions.some(isSeat)) return mentions;
  if (mentions.some((m) => m.code === 'BE' && !isSeat(m))) return mentions;
  if (!UNION.test(doc.title.text) && !UNION.test(doc.body.text)) return mentions;
  if (mentions.some((m) => isSeat(m) && namesTheCity(doc, m))) return mentions;
  return mentions.filter((m) => !isSeat(m));
}
