import type { Entity, Field, Mention } from '../schema.js';
import { lookupDemonym } from './gazetteer.js';

/**
 * "Hikaru Nakamura of the United States drew with China's Wei Yi", "American Fabiano Caruana", "the Norwegian
 * five-time world champion": on the sports page a country named as a player's gives the story its countries
 * (people-of-countries.ts) but is no side of a match between countries: a game between two players is no relation
 * between their countries (review30 P2). A national team is named as the country itself ("the United States drew
 * with China", "the Brazilian side"), and clubs still pair ("Benetton of Italy beat Olympiakos of Greece",
 * "Cameroon's Cotonsport Garoua", match-sides.ts): the player is a person the entity recogniser found.
 */

/** Where the people the entity recogniser found start and end, per field. */
export interface PeopleSpans {
  readonly starts: Record<Field, ReadonlySet<number>>;
  readonly ends: Record<Field, ReadonlySet<number>>;
  /** Where the body's mentions of the people the headline names end (player-peoples.ts). */
  readonly headlinedEnds?: ReadonlySet<number>;
}

/** The spans of the person entities' mentions. */
export function peopleSpans(entities: readonly Entity[]): PeopleSpans {
  const starts = { title: new Set<number>(), body: new Set<number>() };
  const ends = { title: new Set<number>(), body: new Set<number>() };
  const headlinedEnds = new Set<number>();
  for (const e of entities) {
    if (e.type !== 'person') continue;
    const headlined = e.mentions.some((m) => m.field === 'title');
    for (const m of e.mentions) {
      starts[m.field].add(m.start);
      ends[m.field].add(m.end);
      if (headlined && m.field === 'body') headlinedEnds.add(m.end);
    }
  }
  return { starts, ends, headlinedEnds };
}

/** Between a person and the country: "of", "of the". */
const OF_BEFORE = /\s+of\s+(?:the\s+)?$/;
/** Between the country and a person: its possessive ("China's Wei Yi"). */
const POSSESSIVE_AFTER = /^['\u2019]s\s+/;
/** Words that describe a player after a people's word ("Norwegian five-time world champion"). */
export const PLAYER_WORD_AFTER =
  /^(?:\s+[a-z0-9][\w-]*){0,3}?\s+(?:champion|titleholder|grandmaster|player|star|teenager|veteran|rookie|seed|number\s+one|driver|rider|golfer|boxer|fighter|swimmer|sprinter|runner|skier|skater|striker|forward|midfielder|defender|goalkeeper|pitcher|batter|batsman|bowler|jockey|winger)\b/i;
/** A player's country in brackets after the name ("C Paterson (Scotland),", "Magnus Carlsen (Norway)"). */
const BRACKETED_AFTER = /^\s*(?:,\s*capt\.?\s*)?\)/;
const BRACKETED_BEFORE = /[A-Za-z.]\s*\(\s*$/;

/** Whether a mention names the country of a player, not a team, in the text of its field. */
export function namesPlayer(text: string, m: Mention, people: PeopleSpans): boolean {
  const after = text.slice(m.end, m.end + 48);
  if (BRACKETED_AFTER.test(after) && BRACKETED_BEFORE.test(text.slice(Math.max(0, m.start - 3), m.start)))
    return true;
  if (lookupDemonym(m.text) !== undefined) {
    const space = /^\s+/.exec(after);
    return (
      (space !== null && people.starts[m.field].has(m.end + space[0].length)) || PLAYER_WORD_AFTER.test(after)
    );
  }
  const possessive = POSSESSIVE_AFTER.exec(after);
  if (possessive && people.starts[m.field].has(m.end + possessive[0].length)) return true;
  const of = OF_BEFORE.exec(text.slice(Math.max(0, m.start - 12), m.start));
  return of !== null && people.ends[m.field].has(m.start - of[0].length);
}
