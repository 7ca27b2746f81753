// Sports context: sports documents and words, leagues and competitions, clubs, results, tables, squads,
// transfers and players.
import { lookupPlace } from '../../countries/gazetteer.js';
import type { Field } from '../../schema.js';
import { codeUnitAt, endsWithText, lowerCased, startsWithDigit } from '../../text/chars.js';
import type { TagDocument } from '../../text/document.js';
import { lazyPattern } from '../../text/lazy-pattern.js';
import { LOSS_VERBS, WIN_VERBS } from '../../text/result-verbs.js';
import { WordMemo } from '../../text/vocabulary.js';
import type { Chunk, Word } from '../chunk.js';
import { GAZETTEER, isGivenName, isKnownSurname, isLowerWord, PLACE_LEADS } from '../lexicon.js';
import {
  gazetteerOfWord,
  isGivenNameWord,
  isKnownSurnameWord,
  isLowerWordWord,
  placeOfWord,
} from '../word-facts.js';
import {
  type Candidate,
  type Context,
  fieldsOf,
  lowerTokenText,
  norm,
  startsWithCapital,
  tokenText,
} from './context.js';
import { COMPASS_WORDS, EVENT_HEADS, SENTENCE_ENDS, TEAM_VERBS } from './cue-words.js';
import { DATELINE_ENDS } from './documents-and-datelines.js';
import { FIXTURE_SIDES, listsFixturesOrResults, scoreLengthAt } from './fixture-lists.js';
import { isPlaceWord } from './place-cues.js';
import { capitalisedAt, NOT_AFTER_SCORE, PREPOSITIONS } from './sentence-shape.js';
import { DIGITS_TEXT, SCORE_TEXT, SENTENCE_END, TEAM_VERB_TEXT, tokenBits } from './token-bits.js';
import { W_NAME_DESCRIPTOR, W_TITLE, W_TITLE_MODIFIER, wordIs } from './word-tests.js';

// Words only sports pages use; generic ones ("final", "beat", "race") also run in business and arts.
const SPORT_WORDS = new Set(
  `soccer football cricket rugby tennis golf baseball basketball hockey cycling athletics innings wicket
  wickets goals striker midfielder goalkeeper halftime half-time seeded tournament standings quarter-final
  semi-final quarterfinal semifinal olympic olympics league cup match matches championship scorers
  equalised equalized equaliser equalizer hat-trick touchdown touchdowns playoff playoffs relegation
  stoppage-time injury-time lap laps podium quarterback quarterbacks linebacker linebackers nfl nba nhl mlb
  liga bundesliga serie ligue eredivisie premiership premierships equalise equalises scored kick-off afl nrl
  teammate teammates team-mate team-mates half-century sixes batting bowled batsman batter batters
  all-rounder interceptions`
    .split(/\s+/)
    .filter(Boolean),
);

/** "rugby", "golf", "league": a word only sports pages use (a desk's label "RUGBY UNION -" names no club). */
export const isSportWordLower = (lower: string): boolean => SPORT_WORDS.has(lower);

/**
 * A league's acronym alone in the title is no sports page: the league is also a business ("NFL owners approve
 * private equity stakes at Atlanta meeting" reads its host city as a place); in the body it still counts.
 */
const LEAGUE_ACRONYMS = new Set(['nfl', 'nba', 'nhl', 'mlb', 'afl', 'nrl']);
/**
 * Sports words that headlines use as verbs of weather and war: "Storm Amy batters Scotland" is no sports page (its
 * islands "Arran and Mull" were read as clubs, ents41); in the body they still count.
 */
const HEADLINE_VERBS = new Set(['batter', 'batters']);

const sportsMemo = new WeakMap<TagDocument, boolean>();
export function isSportsDocument(doc: TagDocument): boolean {
  let sports = sportsMemo.get(doc);
  if (sports === undefined) {
    sports = countSportsWords(doc);
    sportsMemo.set(doc, sports);
  }
  return sports;
}

/** Whether each body token text is a sports word, by vocabulary number. */
const sportWordMemo = new WordMemo<boolean>();

function isSportWord(text: string): boolean {
  if (text.length <= 2) return false;
  const c = codeUnitAt(text, 0);
  const word = c >= 97 && c <= 122 ? text : c >= 65 && c <= 90 ? lowerCased(text) : '';
  if (SPORT_WORDS.has(word)) return true;
  // "pro-baseball", "Baseball-Results": a sport word in a compound.
  return word.includes('-') && word.split('-').some((part) => part.length > 2 && SPORT_WORDS.has(part));
}

function countSportsWords(doc: TagDocument): boolean {
  let hits = 0;
  const { tokens, wordIds } = doc.body;
  const memo = sportWordMemo.current();
  for (let i = 0; i < tokens.length; i++) {
    const id = wordIds[i] ?? 0;
    const sport = memo.get(id) ?? memo.set(id, isSportWord(tokens[i]!.text));
    if (sport) hits++;
    if (hits >= 3) return true;
  }
  for (const t of doc.title.tokens) {
    const word = lowerCased(t.text);
    if (SPORT_WORDS.has(word) && !LEAGUE_ACRONYMS.has(word) && !HEADLINE_VERBS.has(word)) return true;
  }
  return headlineSportWord(doc) || (hits > 0 && leadReportsResult(doc)) || listsFixturesOrResults(doc);
}

/**
 * Sports one player plays against another, whose reports name players by their given names ("Magnus's game
 * against Hikaru", "Coco's match against Aryna"): no clubs there.
 */
const PLAYERS_SPORTS = new Set(
  'chess grandmaster grandmasters tennis wta atp snooker darts golf golfer golfers boxing boxer badminton'.split(
    ' ',
  ),
);
/** Words of sports between clubs, which a round-up naming tennis or golf too may be about. */
const CLUBS_SPORTS = new Set(
  'soccer football rugby cricket baseball basketball hockey goals striker midfielder goalkeeper league club clubs'.split(
    ' ',
  ),
);
const playersSportMemo = new WeakMap<TagDocument, boolean>();
/**
 * Whether the article is about a sport of players against players (chess, tennis, snooker, golf, boxing): it
 * names one more often than it names a sport between clubs.
 */
export function isPlayersSportDocument(doc: TagDocument): boolean {
  let players = playersSportMemo.get(doc);
  if (players === undefined) {
    let balance = 0;
    for (const field of [doc.title, doc.body])
      for (const t of field.tokens) {
        if (t.text.length < 3) continue;
        const word = lowerCased(t.text);
        if (PLAYERS_SPORTS.has(word)) balance++;
        else if (CLUBS_SPORTS.has(word)) balance--;
      }
    players = balance > 0;
    playersSportMemo.set(doc, players);
  }
  return players;
}

/** Verbs of a match's result in a lead ("Chelsea beat Newcastle United 2-1", "Leeds drew 1-1"). */
const LEAD_RESULT_VERBS: ReadonlySet<string> = new Set([...WIN_VERBS, 'drew']);
/**
 * "Cole Palmer scored twice as Chelsea beat Newcastle United 2-1 at Stamford Bridge": a lead sentence reporting a
 * result with its score (a verb of a result, then a score within eight tokens) makes a sports page, where a
 * match report may name fewer than three of the counted words ("opener", "corner", "headed" are not counted).
 * The page must name a sport word too ("scored"): a board's or a court's vote ("beat the motion 5-4") is no match.
 */
function leadReportsResult(doc: TagDocument): boolean {
  const { tokens } = doc.body;
  const end = Math.min(tokens.length, 60);
  for (let i = 0; i < end; i++) {
    const text = tokens[i]!.text;
    if (text === '.' || text === '!' || text === '?') return false;
    if (!LEAD_RESULT_VERBS.has(text)) continue;
    for (let j = i + 1; j < Math.min(end, i + 9); j++) if (scoreLengthAt(tokens, j) > 0) return true;
  }
  return false;
}

/**
 * "SOCCER - DYNAMO FANS KEPT OUT", "RUGBY UNION - ENGLISH RESULTS": a body that opens with its own
 * headline in capitals, naming a sport, is a sports page (the headline is the title wire copy lacks).
 */
function headlineSportWord(doc: TagDocument): boolean {
  const { text, tokens } = doc.body;
  const lineEnd = text.indexOf('\n');
  if (lineEnd < 0) return false;
  const line = text.slice(0, lineEnd);
  if (line.toUpperCase() !== line || line.toLowerCase() === line) return false;
  for (let i = 0; i < tokens.length && tokens[i]!.start < lineEnd; i++)
    if (SPORT_WORDS.has(lowerCased(tokens[i]!.text))) return true;
  return false;
}
/** The classes of single-seater racing after "Formula": "Formula One", "Formula 1", "Formula E". */
export const FORMULA_CLASSES = new Set('one two three 1 2 3 e'.split(' '));
/** Cricket's short format, a kind of match like "Test" or "one-day": "a Twenty20 series", "T20 cricket". */
export const CRICKET_FORMATS = new Set(['twenty20', 't20']);
/** Tournaments and series named by a plural after "the" ("the Masters", "the Ashes"). */
export const TOURNAMENTS = new Set(['masters', 'ashes']);

/**
 * "62 Nolan Henke 64 Bob Estes": a given name and a word no list knows (no ordinary word, no place) is
 * a player in a results table, not a team ("Aston Villa", "Stirling County").
 */
export function playerName(words: readonly Word[], from: number, to: number): boolean {
  if (to - from !== 2) return false;
  const second = words[from + 1]!.core;
  return (
    isGivenNameWord(words[from]!) &&
    !PLACE_LEADS.has(words[from]!.lower) &&
    !isLowerWord(second) &&
    !isPlaceWord(second) &&
    (GAZETTEER.get(norm(second)) === undefined || isKnownSurname(second))
  );
}
/** Abbreviations that open club names: "FC Porto", "AC Milan", "SC Freiburg", "PSV Eindhoven". */
export const CLUB_PREFIXES = new Set([
  'FC',
  'AC',
  'SC',
  'SV',
  'FK',
  'NK',
  'CD',
  'CF',
  'RC',
  'AFC',
  'TSV',
  'PSV',
  'VfB',
  'VfL',
  'SK',
]);

export const VENUE_PREPOSITIONS = new Set(['at', 'in', 'near', 'outside', 'inside']);
/** Nouns after a competition's name: "the Formula One season", "the Premier League title". */
export const COMPETITION_AFTER = new Set([
  'season',
  'seasons',
  'standings',
  'title',
  'titles',
  'race',
  'races',
  'grid',
]);

export function isResultSlot(ctx: Context, chunk: Chunk, from: number, prev: string, next: string): boolean {
  if (!/^\d{1,2}$/.test(next)) return false;
  if (/^\d{1,2}$/.test(prev)) return true;
  // "PSV Eindhoven 4 ( Luc Nilis 12 , Wim Jonk 78 ) Fortuna Sittard 0": the other side after the scorers.
  if (prev === ')') return scoreBeforeBracket(ctx, chunk.field, chunk.words[from]!.index - 1);
  const first = chunk.words[from]!;
  const text = fieldsOf(ctx, chunk.field).field.text;
  return text.slice(first.lineStart, first.start).trim() === '';
}

/** Whether the bracket closing at `close` opens after a score: "Vitesse Arnhem 2 ( … )". */
function scoreBeforeBracket(ctx: Context, field: Field, close: number): boolean {
  for (let i = close - 1; i > 0 && i > close - 40; i--) {
    const text = tokenText(ctx, field, i);
    if (text === ')' || text === '\n') return false;
    if (text === '(') return /^\d{1,2}$/.test(tokenText(ctx, field, i - 1));
  }
  return false;
}

/** Sports a league is named for after "League": "Major League Soccer", "Major League Baseball". */
export const LEAGUE_SPORTS = new Set(
  'soccer baseball rugby hockey lacrosse cricket football basketball softball'.split(' '),
);
/** A league's tables after its name: "Major League Baseball standings". */
export const LEAGUE_TABLES = new Set(['standings', 'results', 'scores', 'leaders', 'table']);

/** Ranks of a sports league's name: "Major League", "Premier League", "National League". */
const LEAGUE_RANKS = new Set(
  'major minor national premier super first second third champions europa'.split(' '),
);

/**
 * A league's name of demonyms and ranks only ("Scottish Premier League", not "National Football League",
 * "Arab League" or "National League for Democracy") that does not act as a body ("the Premier League said").
 */
export function competitionLeague(ctx: Context, chunk: Chunk): boolean {
  const words = chunk.words;
  const last = words.length - 1;
  for (let i = 0; i < last; i++) {
    const w = words[i]!;
    if (!LEAGUE_RANKS.has(w.lower) && gazetteerOfWord(w)?.kind !== 'demonym') return false;
  }
  const next = lowerTokenText(ctx, chunk.field, words[last]!.index + 1);
  return next !== 'for' && next !== 'of' && !LEAGUE_ACTS.has(next);
}

const LEAGUE_ACTS = new Set([
  'said',
  'says',
  'has',
  'have',
  'will',
  'fined',
  'announced',
  'ruled',
  'confirmed',
]);

/**
 * Whether the token at `index` sits in a sentence that reports a result: a result verb ("beat", "drew",
 * "lost") and a score ("2-1", "3 - 0") within a few tokens, in the same sentence.
 */
export function inResultSentence(ctx: Context, field: Field, index: number): boolean {
  const tokens = fieldsOf(ctx, field).field.tokens;
  let verb = false;
  let score = false;
  let lo = index;
  while (lo > 0 && index - lo < 8 && !(tokenBits(ctx, field, lo - 1) & SENTENCE_END)) lo--;
  for (let i = lo; i < tokens.length && i - index < 10; i++) {
    const text = tokens[i]!.text;
    const bits = tokenBits(ctx, field, i);
    if (i > index && bits & SENTENCE_END) break;
    if (bits & TEAM_VERB_TEXT || text === 'defeated' || text === 'thrashed' || text === 'edged') verb = true;
    const scoreEnd =
      bits & SCORE_TEXT
        ? i + 1
        : bits & DIGITS_TEXT &&
            (tokens[i + 1]?.text === '-' || tokens[i + 1]?.text === '–') &&
            tokenBits(ctx, field, i + 2) & DIGITS_TEXT
          ? i + 3
          : -1;
    if (scoreEnd > 0 && !NOT_AFTER_SCORE.has(lowerCased(tokens[scoreEnd]?.text ?? ''))) score = true;
  }
  return verb && score;
}

/** What a player tallies in a game: "scored 40 points", "had 12 rebounds", "threw for 300 yards". */
const PLAYER_TALLIES = new Set(
  'points goals rebounds assists yards touchdowns runs wickets saves strikeouts homers tries'.split(' '),
);
/**
 * "Austin Reaves scored 40 points for the Lakers", "Kane scored twice for the Hotspurs": a side after "for the"
 * in a sentence that tallies a player's points or goals before it is the player's team, on any page (a short
 * game brief has too few sport words to be a sports page).
 */
export function tallyForTheTeam(ctx: Context, field: Field, index: number): boolean {
  if (lowerTokenText(ctx, field, index - 1) !== 'the' || lowerTokenText(ctx, field, index - 2) !== 'for')
    return false;
  for (let i = index - 3; i >= 0 && index - i < 14; i--) {
    if (tokenBits(ctx, field, i) & SENTENCE_END) return false;
    if (PLAYER_TALLIES.has(lowerTokenText(ctx, field, i)) && tokenBits(ctx, field, i - 1) & DIGITS_TEXT)
      return true;
  }
  return false;
}

/**
 * Sports pages name clubs by their towns ("Leicestershire beat Somerset", "Bury 2 Stoke 1"): a place
 * is a team when it beats, draws or scores, or is beaten; a place opening a dateline or a venue line
 * ("LONDON 1996-08-30", "Leicester :") stays a place.
 */
/** Words before the other side of a match: "against Hull", "Leeds v Hull", "a draw with Hull". */
export const RIVAL_BEFORE = new Set(['against', 'v', 'vs', 'vs.', 'over']);

/** A side's players and staff after its name on a sports page: "Leeds striker", "Everton manager". */
export const SQUAD_NOUNS = new Set(
  'striker strikers defender defenders midfielder midfielders goalkeeper goalkeepers keeper winger wingers full-back left-back right-back centre-back center-back captain manager coach boss player-manager player-coach'.split(
    ' ',
  ),
);
/** Words between a club and a player's position: "Chelsea central defender", "Leeds veteran striker". */
const POSITION_WORDS = new Set(
  'central centre center left right attacking defensive holding veteran'.split(' '),
);
/** Verbs of one side's result over the other or its fixture, before the other's name: "Chelsea beat Arsenal", "Chelsea host Arsenal". */
export const CLUB_RESULT_VERBS: ReadonlySet<string> = new Set([
  ...WIN_VERBS,
  ...'host hosts face faces play plays meet meets'.split(' '),
]);
/**
 * A club's name at `index`: a town the lists know ("Leeds"; a country plays as a national side, a person
 * may beat one too) or a name closed by a club's head word ("Manchester City", "Newcastle United").
 */
export function clubNameAt(ctx: Context, field: Field, index: number): boolean {
  const words = fieldsOf(ctx, field).words;
  const w = words[index];
  if (!w?.capitalised || w.caseless) return false;
  const next = words[index + 1];
  if (next?.capitalised) return CLUB_HEADS.has(next.lower);
  const place = placeOfWord(w);
  return place !== undefined && place.kind !== 'country' && !isGivenNameWord(w) && !isKnownSurnameWord(w);
}
/** Last words of clubs' names: "Manchester City", "Newcastle United", "Bristol Rovers". */
const CLUB_HEADS = new Set([
  'city',
  'united',
  'rovers',
  'athletic',
  'wanderers',
  'albion',
  'fc',
  'town',
  'county',
]);
/** A meeting of two sides: "Chelsea's match against Arsenal". */
const FIXTURE_NOUNS = new Set('match game fixture clash tie meeting derby'.split(' '));
/** Words between the owner and its fixture: "Chelsea's home match", "Leeds' league game". */
const FIXTURE_KINDS = new Set('home away league cup next last opening final first second'.split(' '));
/**
 * "Chelsea's match against Arsenal", "Burnley's home game with Leeds": after the name's possessive (ending at
 * `index`), a fixture and its other side; a side owns it (a player's is a "match" too, but a player is named by
 * surname: "Sinner's match against Alcaraz").
 */
export function fixtureAgainstAfter(
  ctx: Context,
  field: Field,
  index: number,
  /** Whether the other side may be named by a given name too (on a sports page). */
  anySide: boolean,
): boolean {
  let at = index + 1;
  if (FIXTURE_KINDS.has(lowerTokenText(ctx, field, at))) at++;
  if (!FIXTURE_NOUNS.has(lowerTokenText(ctx, field, at))) return false;
  const after = lowerTokenText(ctx, field, at + 1);
  if (
    !(after === 'against' || after === 'with' || FIXTURE_SIDES.has(after)) ||
    !capitalisedAt(ctx, field, at + 2)
  )
    return false;
  return anySide || !isGivenName(tokenText(ctx, field, at + 2));
}
/** Words for a side before its name: "team Deportivo Coruna", "champions Bayern Munich", "rivals Real Madrid". */
export const SIDE_BEFORE = new Set(['team', 'club', 'side', 'champions', 'rivals', 'outfit']);
/** Sides in the plural before a club's name: "behind leaders Chelsea", "holders Everton". */
export const SIDES_BEFORE = new Set(['leaders', 'champions', 'holders', 'rivals', 'hosts', 'visitors']);
/** Before "a" and a team's name, the car it builds: "third in a Williams", "driving a Ferrari". */
export const CAR_BEFORE = new Set(['in', 'driving', 'drove', 'drives']);
export const CAR_NOT_TEAMS = new Set([
  'test',
  'tests',
  'derby',
  'classic',
  'final',
  'semi-final',
  'semifinal',
  'playoff',
  'play-off',
  'series',
  'match',
  'race',
  'sprint',
  'marathon',
  'cup',
  'league',
  'championship',
  'tournament',
  'friendly',
  'decider',
]);

/**
 * "Arsenal won 2-1.", "Arsenal moved six points clear", "Arsenal manager Mikel Arteta said": an ordinary
 * word opening a sentence is a club's name when it wins or loses in a result, stands points clear of or
 * adrift of others in a table, or (on a sports page) heads a squad member's role before a name. Plurals
 * ("Hosts won 2-1", "Visitors drew") are the ordinary word off sports pages; the role's own qualifiers
 * ("Assistant manager X", "Caretaker manager X") are never a club.
 */
export function clubOpensSentence(ctx: Context, chunk: Chunk, w: Word): boolean {
  const field = chunk.field;
  const next = lowerTokenText(ctx, field, w.index + 1);
  if (
    wordIs(w, W_TITLE_MODIFIER) ||
    wordIs(w, W_NAME_DESCRIPTOR) ||
    wordIs(w, W_TITLE) ||
    NOT_CLUB_OPENERS.has(w.lower) ||
    (!ctx.sports && endsWithText(w.lower, 's'))
  )
    return false;
  if (TEAM_VERBS.has(next) && inResultSentence(ctx, field, w.index)) return true;
  // "Benetton of Italy beat Dinamo of Russia 92-81": the club's country between it and the result's verb.
  if (next === 'of') {
    const verb = afterCountryName(ctx, field, w.index + 2);
    if (verb > 0 && TEAM_VERBS.has(lowerTokenText(ctx, field, verb)) && inResultSentence(ctx, field, w.index))
      return true;
  }
  if (tableGapAfter(ctx, field, w.index + 1)) return true;
  if (!ctx.sports) return false;
  if (tableRowAfter(ctx, field, w.index + 1)) return true;
  // "Fixtures: Arsenal v Everton": a side of a fixture that opens its list item.
  if (FIXTURE_SIDES.has(next) && capitalisedAt(ctx, field, w.index + 2)) return true;
  if (sidesPluralVerbAfter(w, next)) return true;
  const role = POSITION_WORDS.has(next) ? w.index + 2 : w.index + 1;
  return (
    SQUAD_NOUNS.has(lowerTokenText(ctx, field, role)) &&
    capitalisedAt(ctx, field, role + 1) &&
    !(tokenBits(ctx, field, role + 1) & SENTENCE_END)
  );
}
/** Verbs a side takes in British copy and one thing never does: "Arsenal were knocked out", "Villa are top". */
const SIDES_PLURAL_VERBS = new Set(['are', 'were', 'have', "'ve"]);
/**
 * Nouns of one word that take a plural verb as a group, on a sports page too: "Police were called", "Staff
 * have left", "Fans were locked out" (a plural).
 */
const GROUP_NOUNS = new Set(
  'police staff people crowd crowds crew family management public audience youth clergy cattle media data majority rest remainder both'.split(
    ' ',
  ),
);
/**
 * "Arsenal were knocked out", "Forest were held 0-0", "Villa are top of the table": on a sports page, a name of
 * one singular word opening its sentence before a plural verb is a side (one thing takes "is"; the plurals of
 * ordinary words, "Fans were", "Officials have", and groups, "Police were", are left alone).
 */
function sidesPluralVerbAfter(w: Word, next: string): boolean {
  if (!SIDES_PLURAL_VERBS.has(next) || w.possessive || GROUP_NOUNS.has(w.lower)) return false;
  // ("You'd have thought", "He'd have": a pronoun's contraction.)
  if (w.core.includes("'") || w.core.includes('\u2019')) return false;
  // ("Bookmakers have offered odds": a plural, listed or not.)
  return !(endsWithText(w.lower, 's') && !PLURAL_LOOKALIKE_END.test(w.lower));
}
/** Endings of words that are no English plural though they end in "s" ("Atlas", "Boavista's" aside). */
const PLURAL_LOOKALIKE_END = /(?:ss|us|is)$/;
/** The index after a country's name of one to three capitalised words at `index` ("Italy", "South Korea"), or -1. */
function afterCountryName(ctx: Context, field: Field, index: number): number {
  let name = '';
  for (let i = index; i < index + 3 && capitalisedAt(ctx, field, i); i++) {
    name = name === '' ? tokenText(ctx, field, i) : `${name} ${tokenText(ctx, field, i)}`;
    if (lookupPlace(name)?.kind === 'country') return i + 1;
  }
  return -1;
}
/**
 * "Sale 31 Wasps 33", "Bury 4 Bristol City 0", "Stoke 4 3 1 0 7 4 10": from `index` to the end of its line, a
 * results line's score and the other side with its score, or a standings row's figures (four or more).
 */
function tableRowAfter(ctx: Context, field: Field, index: number): boolean {
  if (!(tokenBits(ctx, field, index) & DIGITS_TEXT)) return false;
  const { text, tokens } = fieldsOf(ctx, field).field;
  const sameLine = (i: number) => {
    const t = tokens[i];
    if (t === undefined) return false;
    const nl = text.indexOf('\n', tokens[i - 1]!.end);
    return nl < 0 || nl >= t.start;
  };
  let i = index + 1;
  while (sameLine(i) && tokenBits(ctx, field, i) & DIGITS_TEXT) i++;
  if (!sameLine(i)) return i - index >= 4;
  if (i - index !== 1) return false;
  // The other side: one to three capitalised words, then its score ending the line.
  let names = 0;
  while (names < 3 && sameLine(i) && capitalisedAt(ctx, field, i)) {
    i++;
    names++;
  }
  return names > 0 && sameLine(i) && (tokenBits(ctx, field, i) & DIGITS_TEXT) !== 0 && !sameLine(i + 1);
}
/** Two capitals closing a club's name: "Roda JC", "Sporting CP", "Paris SG". */
const TWO_INITIALS = /^[A-Z]{2}$/;
/** Roman numerals: "Henry IV", "John Paul II" close people's names. */
const ROMAN_NUMERAL = /^[IVX]+$/;
/**
 * "Roda JC 2 NAC Breda 1", "Sporting CP beat Benfica 2-1": a name of a word and two capitals (no roman numeral,
 * no country's initials) on a results line or in a result's sentence is a club; a person's name never ends in
 * initials in mixed-case copy (wild50 E21).
 */
export function clubClosedByInitialsAt(ctx: Context, chunk: Chunk, from: number, to: number): boolean {
  if (to - from !== 2 || chunk.caseless) return false;
  const last = chunk.words[to - 1]!;
  if (!TWO_INITIALS.test(last.core) || ROMAN_NUMERAL.test(last.core) || gazetteerOfWord(last) !== undefined)
    return false;
  const first = chunk.words[from]!.index;
  return (
    tableRowAfter(ctx, chunk.field, last.index + 1) ||
    // "Ajax 3 Roda JC 1": the second side, between the two scores.
    (tokenBits(ctx, chunk.field, first - 1) & tokenBits(ctx, chunk.field, last.index + 1) & DIGITS_TEXT) !==
      0 ||
    inResultSentence(ctx, chunk.field, first)
  );
}
/** Initials with their full stops, two or three: "A.C.", "P.S.V." (one, "J.", is a given name's). */
const DOTTED_INITIALS = /^(?:[A-Z]\.){2,3}$/;
/**
 * "A.C. Milan beat Juventus", "P.S.V. Eindhoven won the title": dotted initials before a town (no country, no
 * surname or given name) are a club's, the town's name kept; no person is named by a town (wild50 E18).
 */
export function clubOfInitialsAndTown(words: readonly Word[], from: number, to: number): boolean {
  if (to - from !== 2 || !DOTTED_INITIALS.test(words[from]!.core)) return false;
  const town = words[from + 1]!;
  const place = placeOfWord(town);
  return (
    place !== undefined &&
    place.kind !== 'country' &&
    !isKnownSurnameWord(town) &&
    !isGivenNameWord(town) &&
    !isLowerWordWord(town)
  );
}
/** Words before a squad role that qualify the role, not name a club: "Youth coach", "Club captain". */
const NOT_CLUB_OPENERS = new Set(
  'team club squad caretaker interim stand-in youth academy reserve reserves player playing goalkeeping fitness national women men under-21 olympic'.split(
    ' ',
  ),
);
/**
 * "moved six points clear", "are three points adrift", "sit two points behind": a side's place in a
 * league table, within the next few tokens of the same sentence.
 */
export function tableGapAfter(ctx: Context, field: Field, index: number): boolean {
  for (let i = index; i < index + 5; i++) {
    const bits = tokenBits(ctx, field, i);
    if (bits & SENTENCE_END) return false;
    // "Saka double sends Arsenal five points clear": a club named on the way is the one that goes clear
    // (the name before it is its scorer's: read34). Capitals-only lines say nothing so.
    if (i > index && capitalisedAt(ctx, field, i) && !CAPITALS_ONLY.test(tokenText(ctx, field, i)))
      return false;
    if (lowerTokenText(ctx, field, i) !== 'points') continue;
    const after = lowerTokenText(ctx, field, i + 1);
    const before = lowerTokenText(ctx, field, i - 1);
    return TABLE_GAPS.has(after) && NUMBER_BEFORE_POINTS.test(before);
  }
  return false;
}
const TABLE_GAPS = new Set(['clear', 'adrift']);
const CAPITALS_ONLY = /^[^a-z]+$/;
const NUMBER_BEFORE_POINTS = /^(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/;

/** A club's name ends at `index`: "v" comes next (a fixture), or a squad noun, maybe after a position word. */
export function clubBefore(ctx: Context, field: Field, index: number, next: string): boolean {
  if (FIXTURE_SIDES.has(next) || SQUAD_NOUNS.has(next)) return true;
  return POSITION_WORDS.has(next) && SQUAD_NOUNS.has(lowerTokenText(ctx, field, index + 2));
}

export function isTeamContext(chunk: Chunk, prev: string, next: string): boolean {
  if (TEAM_VERBS.has(next) || TEAM_VERBS.has(prev)) return true;
  // "the Volgograd side", "the north London club": a town before the noun of its club says where the club is.
  if (TOWN_OF_CLUB_BEFORE.has(next) && (prev === 'the' || COMPASS_WORDS.has(prev))) return false;
  // "( at The Oval , London )": the town of a venue.
  if (prev === ',' && next === ')') return false;
  if (RIVAL_BEFORE.has(prev)) return true;
  if (/^\d{4}$/.test(next) || PREPOSITIONS.has(prev) || prev === '(') return false;
  // "LONDON 1996-08-30", "Leicester :", "WASHINGTON - Brazil will face …": a dateline or a venue line.
  if (chunk.words[0]!.initial && DATELINE_ENDS.has(next)) return false;
  return true;
}

export const TOWN_OF_CLUB_BEFORE = new Set(['side', 'club', 'team', 'outfit']);

/** Cricket's marks before a bowler or fielder: caught, bowled, stumped. */
export const SCORECARD_BEFORE = new Set(['b', 'c', 'st']);
const BOWLING_FIGURES = /^\d{1,2}(?:\.\d)?-\d{1,2}-\d{1,3}-\d{1,2}$/;
/** "Fleming 8-1-26-3": overs, maidens, runs, wickets, as one token or split at the hyphens. */
export function bowlingFiguresAfter(ctx: Context, field: Field, index: number): boolean {
  const tokens = fieldsOf(ctx, field).field.tokens;
  const next = tokens[index + 1]?.text ?? '';
  if (BOWLING_FIGURES.test(next)) return true;
  if (!/^\d{1,2}(?:\.\d)?$/.test(next)) return false;
  let figures = next;
  for (let i = index + 2; i < index + 8 && i < tokens.length; i++) figures += tokens[i]!.text;
  return BOWLING_FIGURES.test(figures);
}
/** A time or a score at `index` (maybe after a comma), or the next line's rank ("9."). */
export function resultAfterTeam(ctx: Context, field: Field, index: number): boolean {
  const text = tokenText(ctx, field, index);
  if (text === ',') return startsWithDigit(tokenText(ctx, field, index + 1));
  if (startsWithDigit(text)) {
    // "MX Onda\n9. Michael Andersson": the rank opening the next line.
    const { tokens, text: all } = fieldsOf(ctx, field).field;
    const t = tokens[index]!;
    return all.slice(tokens[index - 1]!.end, t.start).includes('\n')
      ? tokenText(ctx, field, index + 1) === '.'
      : true;
  }
  return false;
}
/**
 * Whether the token at `index` follows an entrant and his country in brackets: "Zanardi ( Italy ) ,",
 * "Anguita ( Spain )" (one to three capitalised words inside, a country the lists know).
 */
export function teamAfterEntrant(ctx: Context, field: Field, index: number): boolean {
  const close = tokenText(ctx, field, index - 1) === ',' ? index - 2 : index - 1;
  if (tokenText(ctx, field, close) !== ')') return false;
  let open = close - 1;
  while (open > close - 5 && open > 0 && tokenText(ctx, field, open) !== '(') open--;
  if (open === close - 1 || tokenText(ctx, field, open) !== '(') return false;
  let country = tokenText(ctx, field, open + 1);
  for (let i = open + 2; i < close; i++) country += ` ${tokenText(ctx, field, i)}`;
  if (GAZETTEER.get(norm(country))?.kind !== 'country') return false;
  return startsWithCapital(tokenText(ctx, field, open - 1));
}
const TEAM_PLURAL = lazyPattern(() => /^\p{Lu}[\p{Ll}']+[^s]s$/u);
/**
 * Sports pages name teams by a plural nickname: "the Cardinals", "the Blue Jays", "New York Yankees",
 * "Florida Marlins". Not countries, peoples or places ("the Netherlands", "the Alps") nor events ("the
 * Olympics"), unless a place opens the name.
 */
export function isTeamNickname(words: readonly Word[], from: number, to: number, prev: string): boolean {
  const last = words[to - 1]!;
  if (!TEAM_PLURAL.test(last.core) || EVENT_HEADS.has(last.lower)) return false;
  // "Chad Curtis": a surname or given name ending in s.
  if (isKnownSurnameWord(last) || isGivenNameWord(last)) return false;
  // "the North Africans": a people.
  if (GAZETTEER.get(last.lower.slice(0, -1))?.kind === 'demonym') return false;
  const whole = words
    .slice(from, to)
    .map((w) => w.core)
    .join(' ');
  const wholeKind = GAZETTEER.get(norm(whole))?.kind;
  if ((wholeKind !== undefined && wholeKind !== 'group') || lookupPlace(whole)) return false;
  if (to - from > 1) {
    const town = words
      .slice(from, to - 1)
      .map((w) => w.core)
      .join(' ');
    const kind = GAZETTEER.get(norm(town))?.kind;
    const place = kind === undefined ? lookupPlace(town) : undefined;
    if (!COMPASS_WORDS.has(words[from]!.lower) && (kind === 'place' || (place && place.kind !== 'country')))
      return true;
  }
  if (prev !== 'the' || to - from > 2) return false;
  const kind = gazetteerOfWord(last)?.kind;
  if (kind !== undefined || placeOfWord(last)) return false;
  return to - from === 1 || isLowerWordWord(words[from]!);
}

/** Verbs of a win between two sides, "beating" too, and the words after which the winner's name follows ("lost to"). */
const PLAYERS_WIN_VERBS: ReadonlySet<string> = new Set([...WIN_VERBS, 'beating', 'defeating']);
const PLAYERS_LOSS_VERBS: ReadonlySet<string> = new Set([...LOSS_VERBS, 'losing']);

/** A capital, then lower-case letters: a name's word ("Swiatek", not "FC" or "U.S."). */
const NAME_SHAPE = lazyPattern(() => /^\p{Lu}\p{Ll}+$/u);
/** A word of a name no list knows at all: "Iga", "Swiatek", "Sabalenka" (a town would be a club's). */
const unlistedName = (word: string): boolean =>
  NAME_SHAPE.test(word) &&
  !isGivenName(word) &&
  !isKnownSurname(word) &&
  !isLowerWord(lowerCased(word)) &&
  GAZETTEER.get(norm(word)) === undefined &&
  lookupPlace(word) === undefined;
/**
 * Whether the tokens from `at` name a person in full: a given name or a word no list knows, then a word of a
 * surname's shape that is no nickname's plural, ordinary word or place ("Victoria Azarenka", "Iga Swiatek"; not
 * "Bayer Leverkusen", "Real Madrid").
 */
function personNamedAt(ctx: Context, field: Field, at: number): boolean {
  const given = tokenText(ctx, field, at);
  const surname = tokenText(ctx, field, at + 1);
  return (
    (isGivenName(given) || unlistedName(given)) &&
    NAME_SHAPE.test(surname) &&
    !TEAM_PLURAL.test(surname) &&
    !isLowerWord(lowerCased(surname)) &&
    lookupPlace(surname) === undefined &&
    (GAZETTEER.get(norm(surname)) === undefined || GAZETTEER.get(norm(surname))?.kind === 'person') &&
    lookupPlace(`${given} ${surname}`) === undefined &&
    GAZETTEER.get(norm(`${given} ${surname}`)) === undefined
  );
}

/**
 * "Madison Keys beat Victoria Azarenka", "Iga Swiatek beat Madison Keys", "American Madison Keys": a town that is a
 * given name, before a plural that reads as a nickname ("Madison Keys", "Dallas Stars"), is a player where the
 * sentence says so: a nationality word comes before the name, or the other side of the result is a person named in
 * full (a club beats a club, not a person; ents43). A tennis page alone does not: a round-up names clubs too.
 */
export function playerNamedLikeTeam(ctx: Context, chunk: Chunk, from: number, to: number): boolean {
  if (
    to - from !== 2 ||
    chunk.caseless ||
    !isGivenNameWord(chunk.words[from]!) ||
    !TEAM_PLURAL.test(chunk.words[to - 1]!.core)
  )
    return false;
  const field = chunk.field;
  const first = chunk.words[from]!.index;
  const last = chunk.words[to - 1]!.index;
  if (GAZETTEER.get(lowerCased(tokenText(ctx, field, first - 1)))?.kind === 'demonym') return true;
  // After the name: "beat Victoria Azarenka", "lost to Iga Swiatek".
  const after = lowerCased(tokenText(ctx, field, last + 1));
  if (PLAYERS_WIN_VERBS.has(after) && personNamedAt(ctx, field, last + 2)) return true;
  if (
    PLAYERS_LOSS_VERBS.has(after) &&
    tokenText(ctx, field, last + 2) === 'to' &&
    personNamedAt(ctx, field, last + 3)
  )
    return true;
  // Before it: "Iga Swiatek beat Madison Keys", "Aryna Sabalenka lost to Madison Keys".
  const before = lowerCased(tokenText(ctx, field, first - 1));
  if (PLAYERS_WIN_VERBS.has(before) && personNamedAt(ctx, field, first - 3)) return true;
  if (
    before === 'to' &&
    PLAYERS_LOSS_VERBS.has(lowerCased(tokenText(ctx, field, first - 2))) &&
    personNamedAt(ctx, field, first - 4)
  )
    return true;
  // Later in its sentence: "Madison Keys reached the final on Thursday, beating Jessica Pegula" (mendE44).
  for (let k = last + 1; k < last + 30; k++) {
    if (tokenText(ctx, field, k) === '' || tokenBits(ctx, field, k) & SENTENCE_END) break;
    if (WIN_PARTICIPLES.has(lowerCased(tokenText(ctx, field, k))) && personNamedAt(ctx, field, k + 1))
      return true;
  }
  // "Madison Keys won her first Grand Slam title": a person's possessive after the name's verb (a club wins "its"
  // or "their" title; mendE44).
  if (
    LOWER_WORD.test(tokenText(ctx, field, last + 1)) &&
    PERSONS_POSSESSIVES.has(tokenText(ctx, field, last + 2))
  )
    return true;
  return nicknameTakenUpAsPerson(ctx, chunk.words[to - 1]!.core);
}
/** A win told in a participle later in the winner's sentence: "…, beating Jessica Pegula". */
const WIN_PARTICIPLES = new Set('beating defeating edging ousting overcoming outlasting'.split(' '));
const PERSONS_POSSESSIVES = new Set(['her', 'his']);

const LOWER_WORD = /^[a-z]+$/;
const takenUpMemo = new WeakMap<Context, Map<string, boolean>>();
/**
 * "Keys said she was delighted": the nickname's word alone in the body, then a verb and "he" or "she". Asked once
 * per word and article (a page of such names would scan the body for each).
 */
function nicknameTakenUpAsPerson(ctx: Context, word: string): boolean {
  let memo = takenUpMemo.get(ctx);
  if (!memo) {
    memo = new Map();
    takenUpMemo.set(ctx, memo);
  }
  const known = memo.get(word);
  if (known !== undefined) return known;
  const tokens = fieldsOf(ctx, 'body').field.tokens;
  let found = false;
  for (let i = 0; i < tokens.length - 2 && !found; i++) {
    if (tokens[i]!.text !== word || (i > 0 && startsWithCapital(tokens[i - 1]!.text))) continue;
    const pronoun = tokens[i + 2]!.text;
    found = (pronoun === 'she' || pronoun === 'he') && LOWER_WORD.test(tokens[i + 1]!.text);
  }
  memo.set(word, found);
  return found;
}

/**
 * "Texas Rangers", "Florida Marlins", "Cleveland Indians": the plural nickname ending a team's name of two
 * or three words after its town or state, lower-cased, which a capitals headline uses alone ("RANGERS BEAT
 * INDIANS"); undefined for other names ("Goldman Sachs", "New Zealand All Blacks" after a country).
 */
export function teamNicknameOf(words: readonly string[]): string | undefined {
  if (words.length < 2 || words.length > 3) return undefined;
  const last = words[words.length - 1]!;
  if (!TEAM_PLURAL.test(last) || isKnownSurname(last)) return undefined;
  const town = lookupPlace(words.slice(0, -1).join(' '));
  return town !== undefined && town.kind !== 'country' ? lowerCased(last) : undefined;
}

/** What a club does in a transfer, after its name: "Liverpool signed …", "Newcastle sold …". */
export const CLUB_DEAL_VERBS = new Set('signed signs sign sold sells bought buys loaned'.split(' '));

/** A player named by position ("striker", "Sweden striker") within a few tokens from `index`, in its sentence. */
export function playerAfter(ctx: Context, field: Field, index: number): boolean {
  for (let i = index; i < index + 3; i++) {
    const text = lowerTokenText(ctx, field, i);
    if (SENTENCE_ENDS.has(text) || text === '') return false;
    if (PLAYER_NOUNS.has(text)) return true;
  }
  return false;
}

/** Verbs and nouns of a player's move between clubs. */
const TRANSFER_WORDS = new Set(
  `joined joins join joining signed signs sign signing transferred transfer transfers moved moves move loan
  loaned bought sold returned returns`
    .split(/\s+/)
    .filter(Boolean),
);
/**
 * A transfer word at `index` or up to ten tokens before it, in the same sentence. The loose reader of a transfer:
 * any of its words anywhere in the window, so it holds for the club at either end of the move ("joined Milan from
 * Torino": both); classify.ts asks it on sports pages only, of a name after "from" or "to" (`transferClub`), which is
 * then no place one goes to or comes from. Compare `transferDestination`, the strict reader.
 */
export function transferBefore(ctx: Context, field: Field, index: number): boolean {
  const tokens = fieldsOf(ctx, field).field.tokens;
  for (let i = index; i >= 0 && i > index - 10; i--) {
    const text = tokens[i]!.text;
    if (SENTENCE_ENDS.has(text)) return false;
    if (TRANSFER_WORDS.has(lowerTokenText(ctx, field, i))) return true;
  }
  return false;
}

/** Verbs of a player joining a club, before it ("joined Chelsea from Brighton"). */
const JOIN_VERBS = new Set(['joined', 'joins', 'join', 'joining', 'rejoined', 'rejoins']);
/** Nouns and verbs of a transfer, before "to" and the club ("his move to Chelsea from Benfica"). */
const MOVE_WORDS = new Set([
  'move',
  'moved',
  'moves',
  'moving',
  'transfer',
  'transferred',
  'switch',
  'switched',
  'loan',
]);
/** Verbs of a player and the club he signs or plays for ("signed for Chelsea"). */
const SIGN_VERBS = new Set(['signed', 'signs', 'sign', 'signing', 'played', 'plays']);
/** Words of a footballer's trade that make a move or a signing a transfer: "the midfielder joined …", "a fee". */
const PLAYER_TRADE_WORDS = new Set(
  'midfielder striker defender goalkeeper winger forward fee goals goal club manager squad'.split(' '),
);

/**
 * Whether the one-word name at `index` is where a player's transfer goes: "joined X from Y", "move to X from Y"
 * (Y capitalised), "signed for X", "played for X". The strict reader of a transfer, unlike `transferBefore`: only
 * these set phrases, with the verb next to the name, and only the club the player goes to; asked on any page (of a
 * given name alone, classify.ts), so off the sports pages it wants more (below).
 */
export function transferDestination(
  ctx: Context,
  field: Field,
  index: number,
  prevToken: string,
  nextToken: string,
): boolean {
  let shape: boolean;
  if (prevToken === 'for') shape = SIGN_VERBS.has(lowerTokenText(ctx, field, index - 2));
  else if (nextToken !== 'from' || !startsWithCapital(tokenText(ctx, field, index + 2))) return false;
  else
    shape =
      JOIN_VERBS.has(prevToken) ||
      (prevToken === 'to' && MOVE_WORDS.has(lowerTokenText(ctx, field, index - 2)));
  if (!shape) return false;
  // Off the sports pages people move to places and join people ("moved to Georgia from Russia", "joined Harry from
  // California", read47): a name a place list knows is no club there, and the sentence must name a player's trade
  // or the club left must be a body the lists know ("from Benfica").
  if (ctx.sports) return true;
  const w = fieldsOf(ctx, field).words[index];
  if (w == null || placeOfWord(w) !== undefined || gazetteerOfWord(w) !== undefined) return false;
  if (nextToken === 'from' && GAZETTEER.get(lowerTokenText(ctx, field, index + 2))?.kind === 'organization')
    return true;
  // Its sentence only, up to 12 tokens before the name and 15 after it: a hotel's "manager" in the sentence before
  // makes no footballer of "Kate joined Harry from London" (read48).
  for (let i = index - 1; i >= index - 12 && i >= 0 && !(tokenBits(ctx, field, i) & SENTENCE_END); i--)
    if (PLAYER_TRADE_WORDS.has(lowerTokenText(ctx, field, i))) return true;
  for (let i = index + 1; i < index + 16 && !(tokenBits(ctx, field, i) & SENTENCE_END); i++) {
    const token = lowerTokenText(ctx, field, i);
    if (token === '') return false;
    if (PLAYER_TRADE_WORDS.has(token)) return true;
  }
  return false;
}

/** What a club makes for a player: "a bid", "an offer", "an approach". */
export const BID_WORDS = new Set(['bid', 'bids', 'offer', 'offers', 'approach']);
/** Players by their position, named after "for" in a transfer bid ("for the Swedish forward"). */
const PLAYER_NOUNS = new Set([...SQUAD_NOUNS, 'forward', 'playmaker', 'wing-back', 'player', 'teenager']);
PLAYER_NOUNS.delete('captain');
PLAYER_NOUNS.delete('manager');
PLAYER_NOUNS.delete('coach');
PLAYER_NOUNS.delete('boss');

/**
 * "a bid from Liverpool for striker Alexander Isak", "Liverpool also made an offer for the Swedish forward":
 * a name with a bid word just before it ("from") or after it in its clause, and "for" then a player's
 * position within four words.
 */
export function bidForPlayer(ctx: Context, field: Field, first: number, last: number): boolean {
  const before = lowerTokenText(ctx, field, first - 1);
  let bid = before === 'from' && BID_WORDS.has(lowerTokenText(ctx, field, first - 2));
  for (let i = last + 1; i < last + 14; i++) {
    const word = lowerTokenText(ctx, field, i);
    if (word === '' || SENTENCE_ENDS.has(word)) return false;
    if (BID_WORDS.has(word)) bid = true;
    else if (word === 'for' && bid) {
      for (let k = i + 1; k <= i + 4; k++) if (PLAYER_NOUNS.has(lowerTokenText(ctx, field, k))) return true;
      return false;
    }
  }
  return false;
}
/** Words before a club on a sports page: "played for Nice", "joined Milan". */
export const PLAYS_FOR = new Set(['for', 'joined', 'joining', 'join', 'joins']);
/** "Joshua, who beat Ngannou", "Swiatek beat Gauff": the join between a side and the one it beat. */
const BEAT_JOIN = /^(?:,? who)? (?:beat|defeated) $/;
/**
 * On a sports page or a chess or tennis one: "Fabiano drew with Ding", "Magnus's game against Hikaru" (a player's fixture against
 * another; a club's is against a club, whose default is the body's already).
 */
const PLAYED_JOIN = /^(?: drew with|['\u2019]s (?:[a-z]+ )?(?:match|game|meeting|clash) (?:against|with)) $/;
/**
 * On a tennis, snooker or chess page: "Henman will now face Federer", "Swiatek is due to play Gauff" (a player's next
 * match; on a page of clubs a player "will face" his old club, so only there).
 */
const NEXT_MATCH_JOIN = /^ (?:will|is (?:due |set )?to)(?: now)? (?:face|play|meet) $/;
/**
 * Whether the single word no cue typed at `k` is the one a person beat (boxing, tennis: one player beats
 * another; a club beats a club, whose default is the body's already).
 */
export function opponentOfPerson(ctx: Context, candidates: readonly Candidate[], k: number): boolean {
  const c = candidates[k]!;
  const side = k > 0 ? candidates[k - 1]! : undefined;
  if (side?.type !== 'person' || side.field !== c.field || c.start - side.end > 24) return false;
  const join = fieldsOf(ctx, c.field).field.text.slice(side.end, c.start);
  if (BEAT_JOIN.test(join)) return true;
  const players = isPlayersSportDocument(ctx.doc);
  return ((ctx.sports || players) && PLAYED_JOIN.test(join)) || (players && NEXT_MATCH_JOIN.test(join));
}
