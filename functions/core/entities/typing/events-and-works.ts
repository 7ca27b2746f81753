// Events, prizes and works: festivals, climate conferences, prizes and their fields, works and their makers,
// quoted titles, events' heads and parts.
import type { Field } from '../../schema.js';
import { startsUpper } from '../../text/letters.js';
import type { Chunk } from '../chunk.js';
import { gazetteerOfWord, isGivenNameWord, isLowerWordWord } from '../word-facts.js';
import { lookup } from './candidates.js';
import { type Context, fieldsOf, lowerTokenText, tokenText } from './context.js';
import { surnameAlone } from './person-cues.js';
import {
  CLOSING_QUOTES,
  LOWER_LETTERS,
  OPENING_QUOTES,
  secondIsCapital,
  withoutPossessive,
  wordNear,
} from './sentence-shape.js';
import { SENTENCE_END, tokenBits } from './token-bits.js';
import { W_FUNCTION, W_ORG_HEAD, wordIs } from './word-tests.js';

/** First words of religious festivals and pilgrimages, which no list types ("Eid al-Fitr", "Diwali"). */
export const FESTIVALS = new Set(
  'eid ramadan hajj umrah diwali deepavali hanukkah hanukah nowruz navruz passover holi vesak songkran onam pongal'.split(
    ' ',
  ),
);
/** The year after "Euro" that names a championship: "Euro 96", "Euro 2024". */
export const EURO_YEAR = /^(?:\d{2}|(?:19|20)\d{2})$/;
/** The UN climate conferences by their number: "COP29", "Cop30" (the Conference of the Parties). */
export const CLIMATE_COP = /^cop\d{1,2}$/;
const MISSION_OR_WORK_WORDS = new Set(
  'mission missions astronaut astronauts lunar moon spacecraft rocket orbit crewed film movie sequel'.split(
    ' ',
  ),
);
/** Whether the sentence around tokens `from`..`to` (up to 12 tokens either side) has a mission's or a film's word. */
export function missionOrWorkNear(ctx: Context, field: Field, from: number, to: number): boolean {
  return wordNear(ctx, field, from, to, MISSION_OR_WORK_WORDS, 12);
}
/** Words before a capitalised "Bill" that make it a bill before parliament ("the Bill", "a similar Bill"). */
export const LEGISLATION_BEFORE = new Set(
  'the a an this that similar new proposed draft controversial amended whole entire finance government'.split(
    ' ',
  ),
);
/** Prizes news names by one word, a person's or a nickname ("an Oscar", "the Nobel", "two Emmys"). */
/** Words after a prize's name that make it the prize ("Oscar nominations", "Grammy winner"). */
export const PRIZE_RACE_AFTER = new Set(
  'nomination nominations nominee nominees nod nods winner winners win wins winning ceremony race campaign'.split(
    ' ',
  ),
);
export const PRIZES = new Set(
  'oscar oscars emmy emmys grammy grammys tony tonys bafta baftas nobel nobels pulitzer pulitzers booker'.split(
    ' ',
  ),
);
/** A prize's name before the field it is given in ("Prize in Chemistry", "Award for Fiction"). */
const PRIZE_HEADS = new Set('Prize Prizes Award Awards Medal'.split(' '));
/** Fields prizes are given in ("the Nobel Peace Prize in Oslo" names the ceremony's town). */
const PRIZE_FIELDS = new Set(
  'chemistry physics medicine physiology literature economics economic peace fiction poetry history drama music mathematics journalism'.split(
    ' ',
  ),
);

/** Whether the name at `index` is a field after "Prize in" or "Award for": part of the prize. */
export function prizeFieldAt(ctx: Context, field: Field, index: number): boolean {
  const before = tokenText(ctx, field, index - 1);
  return (
    (before === 'in' || before === 'for') &&
    PRIZE_HEADS.has(tokenText(ctx, field, index - 2)) &&
    PRIZE_FIELDS.has(lowerTokenText(ctx, field, index))
  );
}

/** The prize's own nouns: "Nobel prize", "Nobel laureate". */
const PRIZE_NOUNS = new Set('prize prizes laureate laureates'.split(' '));

/** "Nobel prize", "Nobel chemistry prize": a prize noun right after the name or after one lower-case word. */
export function prizeNounAfter(ctx: Context, field: Field, index: number): boolean {
  const next = tokenText(ctx, field, index + 1);
  if (PRIZE_NOUNS.has(next)) return true;
  return /^[a-z]+$/.test(next) && PRIZE_NOUNS.has(tokenText(ctx, field, index + 2));
}

/** Words before a prize's name that make it a thing one wins ("a Tony", "his second Oscar"). */
export const PRIZE_DETERMINERS = new Set(
  'a an the two three four five six seven eight nine ten his her their its first second third another several'.split(
    ' ',
  ),
);
/** Words for a work before its title: "the film Elf", "the video game Manhunt", "the album Hopes and Fears". */
const WORK_KINDS = new Set('film movie game album song novel sitcom documentary'.split(' '));
/** Words of a sentence about films or records, where "X's Title" names a work of X's. */
const WORK_WORDS = new Set(
  'film films movie album albums song songs singles novel sitcom oscar oscars bafta'.split(' '),
);
/** The prizes and parts of actors, which a film does not win or play. */
const ACTING_WORDS = new Set(['actor', 'actress', 'role']);
/** Whether one of `ACTING_WORDS` comes within six tokens after `index`, in its sentence. */
function actingWordAfter(ctx: Context, field: Field, index: number): boolean {
  const end = Math.min(index + 6, fieldsOf(ctx, field).field.tokens.length - 1);
  for (let i = index + 1; i <= end; i++) {
    const bits = tokenBits(ctx, field, i);
    if (bits & SENTENCE_END) return false;
    if (ACTING_WORDS.has(lowerTokenText(ctx, field, i))) return true;
  }
  return false;
}
/** Verbs after a name that make "the film Spielberg directed" a clause about the film, not its title. */
const MAKER_VERBS = new Set('directed wrote produced made starred said says told'.split(' '));
/**
 * The chunk's one word is wrapped in quotes with no space inside them ("for \"Hamnet\" at"), and the
 * word before the opening quote is in lower case (a nickname sits between names: 'Ramesh "Sunny" Balwani').
 */
export function quotedTitleAt(ctx: Context, chunk: Chunk): boolean {
  const word = chunk.words[0]!;
  const text = fieldsOf(ctx, chunk.field).field.text;
  if (!OPENING_QUOTES.has(text.charAt(word.start - 1)) || !CLOSING_QUOTES.has(text.charAt(word.end)))
    return false;
  if (word.possessive || text.charAt(word.start - 2) !== ' ') return false;
  // ("the \"New\" Labour manifesto", "\"Dirty\" Den Watts": a quoted word before a name is part of it;
  // "a \"When\" not an \"If\"", "texting \"Donate\"": an English word quoted is a word, not a title.)
  if (wordIs(word, W_FUNCTION) || isLowerWordWord(word)) return false;
  const after = text.charAt(word.end + 1);
  if (after !== '' && after !== ' ' && after !== '.' && after !== ',') return false;
  if (after === ' ' && startsUpper(tokenText(ctx, chunk.field, word.index + 2))) return false;
  return LOWER_LETTERS.test(tokenText(ctx, chunk.field, word.index - 2));
}
export function workAt(ctx: Context, chunk: Chunk): boolean {
  const first = chunk.words[0]!;
  const n = chunk.words.length;
  if (first.index === 0 || ctx.sports) return false;
  // "the novel CDs" (new certificates of deposit), "the French film The 10th District" (the chunk ends
  // before the figure): initials and a lone "The" are no title.
  if (secondIsCapital(first.core) || (n === 1 && wordIs(first, W_FUNCTION))) return false;
  const tokens = fieldsOf(ctx, chunk.field).field.tokens;
  const before = tokens[first.index - 1]!.text;
  // "her fourth album, Lux, this month": the title in commas after its kind.
  const kind =
    WORK_KINDS.has(before) ||
    (before === ',' &&
      first.index > 1 &&
      WORK_KINDS.has(tokens[first.index - 2]!.text) &&
      tokens[chunk.words[n - 1]!.index + 1]?.text === ',');
  if (!kind) {
    if (withoutPossessive(before) === before || !startsUpper(before)) return false;
    // "France's Canal Plus film unit", "Disney's Pixar Animation Studios": a country's or a firm's.
    const maker = fieldsOf(ctx, chunk.field).words[first.index - 1];
    const makerKind = maker ? gazetteerOfWord(maker)?.kind : 'place';
    if (makerKind !== undefined && makerKind !== 'person') return false;
    if (wordIs(chunk.words[n - 1]!, W_ORG_HEAD)) return false;
    // "The BBC's Zubair Ahmed", "Heat's Charles Gant", "Scorsese's Howard Hughes biopic": a person's name
    // after a body's or a work's possessive, or after a surname alone, is a reporter's or a subject's; a
    // work named like a person follows its maker's full name ("Mike Leigh's Vera Drake").
    if (secondIsCapital(maker!.core)) return false;
    if (n >= 2 && isGivenNameWord(first)) {
      const makerFirst = fieldsOf(ctx, chunk.field).words[first.index - 2];
      if (!makerFirst || !isGivenNameWord(makerFirst)) return false;
    }
    // "Christopher Nolan's Cillian Murphy won … Murphy, 47, thanked his wife": a work is not called by its
    // last word alone where that is a surname, no ordinary word ("Critics back Aviator", "Eastwood's Baby"),
    // and a person is; "Nolan's Cillian Murphy won the Oscar for best actor": an actor's prize just after
    // such a name is the name's.
    const last = chunk.words[n - 1]!;
    if (
      n >= 2 &&
      !wordIs(first, W_FUNCTION) &&
      !isLowerWordWord(last) &&
      (surnameAlone(ctx, first, last) || actingWordAfter(ctx, chunk.field, last.index))
    )
      return false;
  }
  if (MAKER_VERBS.has(lowerTokenText(ctx, chunk.field, chunk.words[chunk.words.length - 1]!.index + 1)))
    return false;
  if (gazetteerOfWord(first) !== undefined && chunk.words.length === 1) return false;
  if (lookup(chunk.words, 0, chunk.words.length, ctx) !== undefined) return false;
  return kind || wordNear(ctx, chunk.field, first.index, first.index, WORK_WORDS, 20);
}
/** Whether a degree sign stands right before `start`. */
export function degreeBefore(ctx: Context, field: Field, start: number): boolean {
  const before = fieldsOf(ctx, field).field.text.charCodeAt(start - 1);
  // "49.1°C.", and "33C." with the unit glued to the number (British copy).
  return before === 0xb0 || (before >= 48 && before <= 57);
}
/** "El Niño", "La Niña": the Pacific's warm and cold phases, named with an article. */
export const CLIMATE_PATTERNS = new Set(['nino', 'nina']);
/** Words of gatherings, which one is also "at": "the Solidarity Meeting", "the Munich Security Conference". */
export const EVENT_WORDS = new Set([
  'meeting',
  'meetings',
  'conference',
  'ceremony',
  'gala',
  'show',
  'expo',
  'fair',
]);
/**
 * Head words of prizes, contests and treaties named after a person ("Davis Cup", "Abraham Accords"): the
 * part of EVENT_HEADS that is no surname as well ("Day", "Law" are), "doctrine", and horse races' "Stakes" and
 * "Handicap" ("the Queen Anne Stakes", "the Lincoln Handicap").
 */
export const EPONYM_EVENT_HEADS = new Set(
  'cup trophy prize award awards games olympics championship championships accord accords agreement treaty doctrine act stakes handicap'.split(
    ' ',
  ),
);
export const EVENT_AFTER = new Set(
  'champion champions final finals finalist finalists semifinal semifinals quarterfinal quarterfinals semi-final semi-finals quarter-final quarter-finals title crown grand singles doubles'.split(
    ' ',
  ),
);
/** Words before "in" that take a publication: "published in Nature", "a study in Science". */
export const PUBLISHED_IN = new Set(
  'published publishes publish appeared appears appear writing wrote write study studies paper papers article articles letter editorial commentary'.split(
    ' ',
  ),
);
/** Nouns before a journal's name: "the journal Nature", "the medical journal Lancet". */
export const JOURNAL_NOUNS = new Set(['journal', 'journals']);
/** Parts of an event numbered after them: "Game 1", "Stage 5", "Round 3", "Week 12". */
export const EVENT_PART_WORDS = new Set('game games stage round week day leg heat match race set'.split(' '));
/** Times whose possessive owns an event: "next year's Masters", "Sunday's Super Bowl", "this season's Giro". */
const TIMES_OWNING_EVENTS = new Set(
  `year week month season weekend night summer winter spring autumn today tonight tomorrow yesterday monday
  tuesday wednesday thursday friday saturday sunday`
    .split(/\s+/)
    .filter(Boolean),
);
const POSSESSIVE_END = /(?:'s|\u2019s)$/;
/**
 * "at next year's Masters, chairman Fred Ridley said", "before Sunday's Marathon": a name owned by a time and
 * heading its phrase (no noun after it: "last week's Trump speech" is the speech's) is what takes place then,
 * an event; a person is no time's.
 */
export function eventOwnedByTime(prevToken: string, nextToken: string): boolean {
  if (!POSSESSIVE_END.test(prevToken)) return false;
  if (!TIMES_OWNING_EVENTS.has(prevToken.slice(0, -2).toLowerCase())) return false;
  return CLAUSE_MARKS.has(nextToken) || WORDS_AFTER_EVENT.has(nextToken);
}
const CLAUSE_MARKS = new Set([',', '.', ';', ':', ')', '!', '?', '']);
/** Words after an event heading its phrase: a verb's modal or auxiliary, where or when it is held, a list's "and". */
const WORDS_AFTER_EVENT = new Set(
  'will would could can may might must should is was has had starts begins in at on and'.split(' '),
);

/** Verbs and nouns of acting that take the works acted in: "starred in X and Y", "the star of X". */
const STARRING_IN = new Set([
  'starred in',
  'stars in',
  'starring in',
  'co-starred in',
  'star of',
  'stars of',
]);
/** Words a list of works' titles may hold between the names ("Butch Cassidy and the Sundance Kid"). */
const TITLE_LIST_WORDS = new Set(['and', ',', 'the', 'a', 'of']);
/**
 * "Redford starred in Butch Cassidy and the Sundance Kid and All the President's Men", "the Oscar-winning star
 * of Annie Hall and The Godfather films": the names in the list after "starred in" or "star of" are works (an
 * actor stars in a film, never in a person), whatever their words read as. The list runs back from the name at
 * `index` over capitalised words, "and", commas and articles only.
 */
export function workStarredIn(ctx: Context, field: Field, index: number): boolean {
  for (let i = index - 1; i >= 1 && index - i < 24; i--) {
    const text = tokenText(ctx, field, i);
    const lower = lowerTokenText(ctx, field, i);
    if (lower === 'in' || lower === 'of') {
      const phrase = `${lowerTokenText(ctx, field, i - 1)} ${lower}`;
      // ("the star of Chelsea" is a club's player: "star of" takes works only where the list ends in a work's
      // noun, "the star of Annie Hall and The Godfather films".)
      if (STARRING_IN.has(phrase)) return lower === 'in' || workNounAfterList(ctx, field, index);
      if (lower === 'in') return false;
    }
    if (tokenBits(ctx, field, i) & SENTENCE_END) return false;
    if (!startsUpper(text) && !TITLE_LIST_WORDS.has(lower) && text !== "'s") return false;
  }
  return false;
}

/** Nouns of works after a list of their titles: "Annie Hall and The Godfather films". */
const WORK_NOUNS_AFTER = new Set(
  'film films movie movies series franchise franchises show shows sitcom sitcoms musical musicals'.split(' '),
);
/** Whether a work's noun follows the capitalised list from `index` on, before any other lower-case word. */
function workNounAfterList(ctx: Context, field: Field, index: number): boolean {
  for (let i = index + 1; i < index + 24; i++) {
    const text = tokenText(ctx, field, i);
    const lower = lowerTokenText(ctx, field, i);
    if (text === '' || tokenBits(ctx, field, i) & SENTENCE_END) return false;
    if (WORK_NOUNS_AFTER.has(lower)) return true;
    if (!startsUpper(text) && !TITLE_LIST_WORDS.has(lower) && text !== "'s") return false;
  }
  return false;
}

/** A presenter's or a contestant's role before the person's name: "Love Island host Laura Whitmore". */
const SHOW_ROLES = new Set(['host', 'co-host', 'presenter', 'contestant', 'contestants']);
/** Whether a show's role stands after the name ending at `index`, and a capitalised name after it. */
export function showBeforeRole(ctx: Context, field: Field, index: number): boolean {
  return SHOW_ROLES.has(tokenText(ctx, field, index + 1)) && startsUpper(tokenText(ctx, field, index + 2));
}

/** Works of art named by their artist before the noun: "a Banksy mural", "a Picasso painting". */
const ARTWORKS = new Set(
  'mural murals painting paintings portrait portraits sculpture sculptures artwork artworks fresco frescoes etching etchings canvas canvases'.split(
    ' ',
  ),
);
/** Whether an artwork's noun follows the name at `index` and an article stands before it. */
export function artistBeforeArtwork(ctx: Context, field: Field, index: number): boolean {
  const before = lowerTokenText(ctx, field, index - 1);
  return (
    (before === 'a' || before === 'an' || before === 'the') && ARTWORKS.has(tokenText(ctx, field, index + 1))
  );
}

/** Software a firm names like a person or a place: "the Claude chatbot", "the Alexa assistant". */
const SOFTWARE_AFTER = new Set(['chatbot', 'chatbots', 'assistant', 'app', 'apps']);
/** Whether "the" stands before the name at `index` and a software noun after it. */
export function softwareNamedAt(ctx: Context, field: Field, index: number): boolean {
  const before = lowerTokenText(ctx, field, index - 1);
  return (
    (before === 'the' || withoutPossessive(before) !== before) &&
    SOFTWARE_AFTER.has(tokenText(ctx, field, index + 1))
  );
}
