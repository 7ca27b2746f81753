import type { TagDocument } from '../text/document.js';
import { sentenceTextOf } from '../text/sentences.js';
import { type CompiledLexicon, wordKey } from './compile.js';

/**
 * A sports club changing hands (wild50 T15, topics51): "US tycoon Malcolm Glazer has taken control of Manchester
 * United after building a 75% stake in the club", "Glazer bid for Man Utd rejected", "The board of Manchester United
 * has rejected a takeover approach …", "Shares in the club rose 5%". Who owns a club is business news — a business
 * desk files the stake, the bid and the club's shares — yet the club's name is a clear word of sport and led such
 * stories to sport. The headline or the lead must tell the ownership with the club as its object: a stake, a
 * shareholding or shares in it; its takeover, buyout, sale, purchase, flotation or control; a bid, an offer or an
 * approach for it; buying or selling it; or its own takeover, buyout, sale, shareholders or flotation after its
 * possessive ("Liverpool's takeover"). The club is "the club", or a name the lexicon gives a team sport
 * (`clubNamer`; score.ts builds the test once from its lexicon). A club that buys a player ("Chelsea bought the striker"), a bid for a player or for a tournament, a
 * club's board or owners in a match report, and "took control of the game" name no club changing hands.
 */

/**
 * The team sports whose clubs change hands: soccer, rugby, cricket, American football, baseball, basketball, ice
 * hockey, Australian rules.
 */
const TEAM_SPORT_IDS = '20001065 20001176 20000888 20000823 20000849 20000851 20000965 20000846'.split(' ');
/** A contest's or a body's name, no club's: "World Cup", "Premier League", "Six Nations", "FA". */
const CONTEST_NAME =
  /\b(?:Cup|League|Premiership|Championships?|Trophy|Shield|Bowl|Series|Games|Olympics?|Nations|Open|Final|Euros?|Serie|Liga|Bundesliga|Test|Tests|Ashes|Super|Conference)\b|^[A-Z]+$/;

/**
 * The test whether a name is one the lexicon writes as a team sport's club's ("Manchester United", "Man Utd",
 * "Chelsea"), for `clubOwnershipTold`; built once per lexicon.
 */
export function clubNamer(lexicon: CompiledLexicon): (name: string) => boolean {
  const teamSports = new Set(TEAM_SPORT_IDS.map((id) => lexicon.nodeIndex.get(`medtop:${id}`) ?? -1));
  return (name: string): boolean => {
    if (CONTEST_NAME.test(name)) return false;
    const first = name.split(' ', 1)[0] ?? '';
    for (const entry of lexicon.index.get(wordKey(first)) ?? []) {
      if (entry.phrase !== name) continue;
      for (let k = 0; k < entry.gains.length; k += 2) if (teamSports.has(entry.gains[k] ?? -1)) return true;
    }
    return false;
  };
}

/** A word of ownership whose object follows it (read after the match by `OBJECT`). */
const OWNERSHIP_OF =
  /\b(?:(?:stake|shareholding|holding|shares|interest)\s+in|(?:takeover|take-over|buyout|buy-out|sale|purchase|acquisition|flotation|ownership|control)\s+of|(?:takeover|take-over|buyout|buy-out|bid|bids|offer|offers|approach|approaches|bidding)\s+for|buy|buys|bought|buying|acquire|acquires|acquired|acquiring|purchased|sell|sells|sold|selling)\s+/gi;
/**
 * The object, right after the word of ownership: "the club", or a name of up to four capitalised words ("Manchester
 * United", "the Boston Celtics"), then a possessive (group 2: the object is then its owner's player or ground, "an offer
 * for Everton's striker") and the next word (group 3: "a bid for Premiership glory" is a contest).
 */
const OBJECT = /(?:the\s+)?(club\b|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})(['\u2019]s?\b)?(?:\s+([a-z]+))?/y;
/** A contest, not a club, after the name: "a bid for Premiership glory", "his bid for Wimbledon success". */
const CONTEST_AFTER = new Set([
  'glory',
  'title',
  'titles',
  'success',
  'survival',
  'honours',
  'trophy',
  'crown',
  'win',
  'victory',
  'place',
  'spot',
  'qualification',
  'promotion',
  'points',
  'record',
  'gold',
  'medal',
  'final',
  'football',
  'status',
]);
/**
 * A player's role or a player's word after the club: the object is then the club's player, "an offer for Aston Villa
 * captain Gareth Barry", "interest in Charlton striker Darren Bent", "bought Juventus striker Thierry Henry" (read51
 * R16: BBC sport's transfer stories). A hyphenated role is read by its first part ("full-back", "centre-half").
 */
const PLAYER_AFTER = new Set([
  'captain',
  'skipper',
  'striker',
  'forward',
  'midfielder',
  'defender',
  'goalkeeper',
  'keeper',
  'winger',
  'playmaker',
  'star',
  'player',
  'players',
  'youngster',
  'teenager',
  'international',
  'full',
  'centre',
  'center',
  'left',
  'right',
  'pair',
  'duo',
  'trio',
  'quarterback',
  'pitcher',
  'guard',
  'prop',
  'fly',
  'scrum',
  'flanker',
  'hooker',
  'wing',
  'manager',
  'boss',
  'coach',
]);
/** A club's own takeover after its possessive: "Liverpool's takeover", "Man Utd's shareholders". Group 1 the club. */
const CLUB_OWNED =
  /\b([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})['\u2019]s?\s+(?:[a-z-]+\s+)?(?:takeover|take-over|buyout|buy-out|sale|flotation|shareholders|shareholding)\b/g;
/** What splits a name into its words. */
const SPACES = /\s+/;

/** A club changing hands told in the field's text (the headline, or the lead sentence): its words as written. */
function ownershipIn(text: string, namesAClub: (name: string) => boolean): string | undefined {
  OWNERSHIP_OF.lastIndex = 0;
  for (let m = OWNERSHIP_OF.exec(text); m !== null; m = OWNERSHIP_OF.exec(text)) {
    const after = m.index + m[0].length;
    OBJECT.lastIndex = after;
    const object = OBJECT.exec(text);
    OWNERSHIP_OF.lastIndex = after;
    const next = object?.[3] ?? '';
    if (object === null || object[2] !== undefined || CONTEST_AFTER.has(next) || PLAYER_AFTER.has(next))
      continue;
    const club = object[1] === 'club' ? 'club' : clubAtStart(object[1] ?? '', namesAClub);
    if (club !== undefined) return text.slice(m.index, text.indexOf(club, after) + club.length);
  }
  CLUB_OWNED.lastIndex = 0;
  for (let m = CLUB_OWNED.exec(text); m !== null; m = CLUB_OWNED.exec(text)) {
    const club = clubAtEnd(m[1] ?? '', namesAClub);
    if (club !== undefined) return m[0].slice(m[0].indexOf(club, (m[1] ?? '').length - club.length));
  }
  return undefined;
}

/** The object's first words name a club: "Manchester United after", "Man Utd". Longest first. */
function clubAtStart(object: string, namesAClub: (name: string) => boolean): string | undefined {
  const words = object.split(SPACES);
  for (let n = words.length; n >= 1; n--) {
    const name = words.slice(0, n).join(' ');
    if (namesAClub(name)) return name;
  }
  return undefined;
}

/** The possessive's last words name a club: "Glazer and Manchester United", "Liverpool". Longest first. */
function clubAtEnd(owner: string, namesAClub: (name: string) => boolean): string | undefined {
  const words = owner.split(SPACES);
  for (let n = 0; n < words.length; n++) {
    const name = words.slice(n).join(' ');
    if (namesAClub(name)) return name;
  }
  return undefined;
}

/**
 * The words of a sports club changing hands in the headline, else in the lead ("taken control of Manchester United",
 * "bid for Man Utd"); `namesAClub` says whether a name is a club's (a name the lexicon gives a team sport).
 */
export function clubOwnershipTold(
  doc: TagDocument,
  lead: number,
  namesAClub: (name: string) => boolean,
): string | undefined {
  return (
    ownershipIn(doc.title.text, namesAClub) ??
    (lead >= 0 ? ownershipIn(sentenceTextOf(doc.body, lead), namesAClub) : undefined)
  );
}
