import { fieldOf, type TagDocument, toldIn } from '../text/document.js';
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

/**
 * "the bloc's executive", "the Commission": the union by its English common nouns, which a story that
 * names Brussels for it writes where it does not spell out "EU" (wild39a ★1: "Brussels warned Hungary … The
 * bloc's executive said Budapest had failed to act" had Belgium in focus, paired with Hungary at .80).
 */
const UNION_NOUNS = /\b(?:the bloc(?:['\u2019]s)?|the (?:European )?Commission)\b/;

/**
 * Brussels as the subject of a verb only a government does: it warns, urges, fines, proposes, approves,
 * investigates, wants ("Brussels warned Hungary", "Brussels fined Apple", "Brussels wants the United States
 * to drop tariffs"). A city does none of these; news writes them of the union seated there. Verbs a city's
 * own events share ("Brussels blasts", "Brussels hit by") are left out.
 */
const GOVERNS_AFTER =
  /^\s+(?:(?:has|had|will|would|is|was)\s+)?(?:(?:warn|urg|propos|fine|approv|reject|accus|demand|want|insist|threaten|order|veto|tell|criticis|investigat|prob|clear|suspend|freez|say|impos|seek|ask|welcom|condemn|agree)(?:e|es|ed|s|d|ing)?\b|slam(?:s|med)?\b|froze\b|told\b|said\b|sought\b|call(?:s|ed)? (?:on|for)\b)/;

/**
 * Where no union word is written, what says that Brussels governing is the union: a member state named
 * ("Brussels urged Poland", "accused Brussels … Budapest") or the union's business (tariffs, sanctions,
 * competition rules). A city's own doings ("Brussels will impose a diesel ban … regional officials said",
 * "Brussels urged residents to stay home", read39 ★5) have neither, or its city words.
 */
const EU_MEMBERS: ReadonlySet<string> = new Set(
  'AT BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK'.split(' '),
);
const UNION_BUSINESS =
  /\b(?:tariffs?|sanctions?|antitrust|competition (?:rules|law)|member states?|single market|euro ?zone|directives?)\b/i;
const CITY_WORDS =
  /\b(?:[Mm]ayor|[Rr]egional (?:officials|government|authorities)|[Rr]esidents|the city(?:['\u2019]s)?|[Mm]etro|[Cc]ity hall)\b/;

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

const namesUnion = (doc: TagDocument) => toldIn(doc, UNION) || UNION_NOUNS.test(doc.body.text);

/** Whether a mention of the seat is the subject of a verb of governing: the union acting. */
function governs(doc: TagDocument, m: CountryMention): boolean {
  return GOVERNS_AFTER.test(fieldOf(doc, m.field).text.slice(m.end, m.end + 48));
}

/** Brussels governs, and the story names a member state or the union's business: the union acting. */
function governsAsUnion(doc: TagDocument, mentions: readonly CountryMention[]): boolean {
  if (!mentions.some((m) => isSeat(m) && governs(doc, m))) return false;
  return (
    mentions.some((m) => EU_MEMBERS.has(m.code)) ||
    UNION_BUSINESS.test(doc.title.text) ||
    UNION_BUSINESS.test(doc.body.text)
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
  if (!namesUnion(doc) && !(governsAsUnion(doc, mentions) && !CITY_WORDS.test(doc.body.text)))
    return mentions;
  if (mentions.some((m) => isSeat(m) && namesTheCity(doc, m))) return mentions;
  return mentions.filter((m) => !isSeat(m));
}
