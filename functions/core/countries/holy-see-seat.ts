import { fieldOf, type TagDocument, toldIn } from '../text/document.js';
import type { CountryMention } from './mentions.js';

/**
 * "Rome said the Pope would travel to Lebanon and Turkey", "Rome has offered to mediate talks with Moscow": in a story
 * about the Pope, the Vatican or the Holy See, "Rome" acting as a government is the Holy See speaking, not Italy's
 * (places44; session 43 stopped reading it as Italy's government in short stories, but Italy still took the pairs:
 * IT-LB and IT-TR at .55 for the Pope's trip). A story that names Italy otherwise ("Italy's defence minister", "Italian
 * navy", Milan) or is filed from Italy keeps its Rome: there the city or the Italian state may be meant.
 */
/**
 * The Holy See and its business. A story about it names them at least twice ("Rome said the Pope would travel …
 * The Vatican released the itinerary"); one passing Pope in an Italian story ("Rome said it would tighten migrant
 * rules, a day after Pope Leo urged compassion") leaves Rome Italy's.
 */
const HOLY_SEE = /\b(?:Pope|Vatican|Holy See|[Pp]ontiff|[Pp]apal|[Cc]ardinals?|[Bb]ishops?|Catholics?)\b/g;
const HOLY_SEE_NAMED = 2;
/** "Rome" only: "Roma said they felt welcomed by the pontiff" are the Roma people (read44's probe). */
const SEAT_NAMES: ReadonlySet<string> = new Set(['rome']);

/**
 * The seat as the subject of a verb a government does: it says, offers, wants, appoints, approves, recognises,
 * denies ("Rome said", "Rome has offered", "Rome will appoint"). A city's doings ("Rome hosts", "Rome was hit by")
 * are not among them.
 */
const ACTS_AFTER =
  /^\s+(?:(?:has|had|will|would|is|was)\s+)?(?:(?:offer|want|approv|reject|accus|demand|insist|appoint|announc|confirm|recogni[sz]|welcom|condemn|agree|renew|urg|warn|protest|respond|expect|hop|plan)(?:e|es|ed|s|d|ing)?\b|den(?:y|ies|ied)\b|repl(?:y|ies|ied)\b|say|says|said|told|tells|sought|seeks|named|names)\b/;

/**
 * The city's own business (read44): its mayor, council, residents, roads, traffic and police ("Rome has approved 87
 * building projects for the Jubilee year, the city's mayor said", "Rome said it would close roads around St Peter's
 * Square ... Rome has asked residents to use public transport"). A story that tells it keeps Rome the Italian city.
 */
const CITY_WORDS =
  /\b(?:[Mm]ayor|[Cc]ity (?:council|hall|officials|authorities|government)|(?:the|a) city\b|city['\u2019]s|municipal\w*|residents|roads?|streets?|traffic|public transport|buses|metro|subway|police|tourists|hotels?)\b/;

const timesNamed = (text: string): number => text.match(HOLY_SEE)?.length ?? 0;

const isSeat = (m: CountryMention) => m.code === 'IT' && SEAT_NAMES.has(m.text.toLowerCase());

/** The mentions with each "Rome" that acts for the Holy See read as the Holy See (VA). */
export function withHolySeeSeat(
  doc: TagDocument,
  mentions: readonly CountryMention[],
  datelineCode: string | undefined,
): readonly CountryMention[] {
  if (datelineCode === 'IT' || !mentions.some(isSeat)) return mentions;
  if (mentions.some((m) => m.code === 'IT' && !isSeat(m))) return mentions;
  if (timesNamed(doc.title.text) + timesNamed(doc.body.text) < HOLY_SEE_NAMED) return mentions;
  if (toldIn(doc, CITY_WORDS)) return mentions;
  const acts = (m: CountryMention) => ACTS_AFTER.test(fieldOf(doc, m.field).text.slice(m.end, m.end + 32));
  if (!mentions.some((m) => isSeat(m) && acts(m))) return mentions;
  return mentions.map((m) => (isSeat(m) && acts(m) ? { ...m, code: 'VA', kind: 'metonym' } : m));
}
