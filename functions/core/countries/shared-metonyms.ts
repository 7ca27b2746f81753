import { fieldOf, type TagDocument, toldIn } from '../text/document.js';
import { letterPattern } from '../text/letters.js';
import { BRITISH_CLUBS, BRITISH_GROUNDS } from './curated.js';
import { ownedByOtherCountry } from './federal-bodies.js';
import { LEAGUE_CLUBS } from './league-clubs.js';
import type { CountryMention } from './mentions.js';
import { keyOf } from './normalize.js';

/**
 * Metonyms the curated lists read as one country's that another country's news uses as well (read23):
 * - "Pumas" (NATIONAL_TEAMS, Argentina's rugby side) is also Pumas UNAM, a Mexican club that Liga MX copy
 *   calls "Pumas" alone (F5: a Pumas-America match put Argentina in focus, paired with Mexico and the U.S.).
 *   It counts for Argentina in rugby copy, or where the story names Argentina otherwise; "Los Pumas" always.
 * - "Home Secretary", "Home Office" (METONYMS, Britain's) are also the titles of civil servants in India and
 *   its states, Pakistan, Bangladesh (F10: "Maharashtra Home Secretary", "Federal Home Secretary" put
 *   Britain in). They are not Britain's once one of them is another country's ("Maharashtra Home
 *   Secretary", "India's Home Secretary", "Federal/State/Additional Home Secretary": then "the Home
 *   Secretary" later is the same official), nor in a story filed from South Asia that names Britain no
 *   other way.
 * - Clubs ("Arsenal", "Chelsea", BRITISH_CLUBS; "Celtic", "Lazio", "Roma", league-clubs.ts) are also firms,
 *   places and peoples elsewhere ("Arsenal Holdings", a Viacom bidder; "Chelsea" in Manhattan; "Roma
 *   families"): they count for their league's country only in sports copy, a story with a word only the
 *   sports page uses (a league, a player's position, a match's parts), a ground, or two of the clubs
 *   ("Arsenal … leaders Chelsea").
 */

const RUGBY =
  /\b(?:[Rr]ugby|[Ss]crums?|[Ll]ineouts?|[Ff]ly-?half|Wallabies|All Blacks|Springboks|Boks|Six Nations|Twickenham)\b/;

// Words of football, rugby and cricket copy that business and city news do not use.
const SPORTS_COPY =
  /\b(?:Premier League|Premiership|Serie A|La Liga|Bundesliga|Ligue 1|Eredivisie|Super Lig|A-League|Copa Libertadores|FA Cup|League Cup|Champions League|Europa League|Six Nations|[Rr]ugby|[Ff]ootball|[Cc]ricket|strikers?|midfielders?|defenders?|goalkeepers?|wingers?|fly-half|scrum-half|kick-off|stoppage time|penalty|penalties|equali[sz]er|relegation|derby|wickets?|innings)\b(?!-)/;

// Each club's name (lower case) with its league's country: Britain's and other leagues' (league-clubs.ts).
const CLUB_CODES: ReadonlyMap<string, string> = new Map(
  [BRITISH_CLUBS, LEAGUE_CLUBS].flatMap((list) =>
    Object.entries(list).flatMap(([code, names]) => names.map((name) => [keyOf(name), code] as const)),
  ),
);

const isClub = (m: CountryMention) => m.kind === 'metonym' && CLUB_CODES.get(keyOf(m.text)) === m.code;

const isGround = (m: CountryMention) => m.code === 'GB' && m.kind === 'metonym' && GROUND_NAMES.has(m.text);

const GROUND_NAMES: ReadonlySet<string> = new Set(BRITISH_GROUNDS.GB);

/** Whether the story is sports copy: a word of the sports page, a ground, or two different clubs. */
function inSportsCopy(doc: TagDocument, mentions: readonly CountryMention[]): boolean {
  let club: string | undefined;
  for (const m of mentions) {
    if (isGround(m)) return true;
    if (!isClub(m)) continue;
    const name = m.text.toLowerCase();
    if (club !== undefined && club !== name) return true;
    club = name;
  }
  return toldIn(doc, SPORTS_COPY);
}

const NO_NAMES: ReadonlySet<string> = new Set();
// A name after the club's ("Arsenal Tula"), not a word of the club's own name or side ("West Ham United",
// "Arsenal Women", "Tottenham Hotspur", "Chelsea FC").
const CAPITAL_AFTER = /^\s+(?!(?:FC|AFC|United|Women|Ladies|Hotspur|Athletic|Academy|Reserves)\b)[A-Z]/;
// A headline in title case ("Arsenal Sign Spanish Striker") capitalises every word after the club's name: a
// word of four or more letters in lower case says it does not (read24 F14).
const LOWER_WORD = letterPattern(String.raw`(?:^|\s)\p{Ll}{4,}`);
// "Argentine club Arsenal", "the Russian side Arsenal": another country's club of the same name.
const CLUB_OF_BEFORE = /^\s+(?:club|side)\s+$/;

/**
 * The club names that are another club's in this story: one followed by another name ("Arsenal Tula",
 * "Arsenal de Sarandi" aside, "Arsenal Holdings") or introduced as another country's club ("Argentine club
 * Arsenal"); every mention of that name is then the other club's.
 */
function foreignClubNames(doc: TagDocument, mentions: readonly CountryMention[]): ReadonlySet<string> {
  const names = new Set<string>();
  let titleCased: boolean | undefined;
  for (const m of mentions) {
    if (!isClub(m)) continue;
    const text = fieldOf(doc, m.field).text;
    if (m.field === 'title') titleCased ??= !LOWER_WORD.test(text);
    const owned = mentions.some(
      (o) =>
        o.field === m.field &&
        o.code !== m.code &&
        o.end < m.start &&
        m.start - o.end <= 8 &&
        CLUB_OF_BEFORE.test(text.slice(o.end, m.start)),
    );
    const named = !(m.field === 'title' && titleCased) && CAPITAL_AFTER.test(text.slice(m.end, m.end + 12));
    if (owned || named) names.add(m.text.toLowerCase());
  }
  return names;
}

const HOME_TITLES: ReadonlySet<string> = new Set(['home secretary', 'home office']);
// Where the titles are South Asian officials' (the subcontinent's press, filed from there).
const TITLE_SHARERS: ReadonlySet<string> = new Set(['IN', 'PK', 'BD', 'LK', 'NP']);
// Qualifiers Britain's Home Secretary never has: a federation's, a state's, a grade of civil servant.
const FOREIGN_QUALIFIER_BEFORE =
  /\b(?:Federal|Union|State|Provincial|Additional|Joint|Special|Principal)\s+$/;

const isBarePumas = (m: CountryMention) =>
  m.code === 'AR' && m.kind === 'metonym' && m.text.toLowerCase() === 'pumas';

const isHomeTitle = (m: CountryMention) =>
  m.code === 'GB' && m.kind === 'metonym' && HOME_TITLES.has(m.text.toLowerCase());

/** Whether the story reads "Pumas" as Argentina's: rugby copy, or Argentina named another way. */
function argentinePumas(doc: TagDocument, mentions: readonly CountryMention[]): boolean {
  if (mentions.some((m) => m.code === 'AR' && !isBarePumas(m))) return true;
  return toldIn(doc, RUGBY);
}

/**
 * Whether a Home Secretary/Office mention is plainly another country's: a federal or a state one, India's
 * (`ownedByOtherCountry`).
 */
function foreignHomeTitle(doc: TagDocument, mentions: readonly CountryMention[], m: CountryMention): boolean {
  const text = fieldOf(doc, m.field).text;
  return (
    FOREIGN_QUALIFIER_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)) ||
    ownedByOtherCountry(text, mentions, m)
  );
}

/** Whether the story's Home Secretary or Home Office is not Britain's (see above). */
function foreignHomeTitles(
  doc: TagDocument,
  mentions: readonly CountryMention[],
  datelineCode: string | undefined,
): boolean {
  if (mentions.some((m) => m.code === 'GB' && !isHomeTitle(m))) return false;
  if (datelineCode !== undefined && TITLE_SHARERS.has(datelineCode)) return true;
  return mentions.some((m) => isHomeTitle(m) && foreignHomeTitle(doc, mentions, m));
}

/** The mentions without the shared metonyms that stand for another country's side or official here. */
export function withoutSharedMetonyms(
  doc: TagDocument,
  mentions: readonly CountryMention[],
  datelineCode: string | undefined,
): readonly CountryMention[] {
  const pumas = mentions.some(isBarePumas) && !argentinePumas(doc, mentions);
  const home = mentions.some(isHomeTitle) && foreignHomeTitles(doc, mentions, datelineCode);
  const clubs = mentions.some(isClub) && !inSportsCopy(doc, mentions);
  const foreign = !clubs && mentions.some(isClub) ? foreignClubNames(doc, mentions) : NO_NAMES;
  if (!pumas && !home && !clubs && !foreign.size) return mentions;
  return mentions.filter(
    (m) =>
      !(pumas && isBarePumas(m)) &&
      !(home && isHomeTitle(m)) &&
      !(isClub(m) && (clubs || foreign.has(m.text.toLowerCase()))),
  );
}
