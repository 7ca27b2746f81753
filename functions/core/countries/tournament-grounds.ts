import type { TagDocument } from '../text/document.js';
import { leadEnd } from './lead-focus.js';
import type { CountryMention } from './mentions.js';

/**
 * "Wimbledon: Raducanu into third round", "Alcaraz beats Sinner to win Wimbledon title": a ground whose name
 * is also its tournament's names Britain where the story is set there, in its headline or lead. Further
 * down it is a date in a player's season ("her first title since Wimbledon", "the Wimbledon finalist" in an
 * Australian Open story: review25 ★7 tried it in every mention and bbc-dev Australian Open stories lost
 * Australia's focus), and it names nothing.
 */
const TOURNAMENT_GROUNDS: ReadonlySet<string> = new Set(['wimbledon']);

const isTournament = (m: CountryMention) =>
  m.kind === 'metonym' && TOURNAMENT_GROUNDS.has(m.text.toLowerCase());

/**
 * "Sinner beats Alcaraz in Wimbledon final": a country named only by its tournament's ground ("Wimbledon",
 * "the All England Club") is where the match was played; the players' countries are the story's sides and
 * rank before it (resolve.ts), as a meeting's venue ranks after the countries acting in it.
 */
export function namedOnlyByGround(mentions: readonly CountryMention[]): boolean {
  return mentions.some(isTournament) && mentions.every((m) => m.kind === 'metonym');
}

/** "her first title since Wimbledon", "before Wimbledon": a date in the season, not where the story is. */
const PAST_BEFORE = /\b(?:since|before|after|until|till|than)\s+(?:the\s+)?$/i;

/** The mentions without a tournament's ground the headline and the lead do not name. */
export function withoutPassingTournaments(
  doc: TagDocument,
  mentions: readonly CountryMention[],
): readonly CountryMention[] {
  if (!mentions.some(isTournament)) return mentions;
  const lead = leadEnd(doc);
  // The lead sets the story there when the headline names no other country ("Williams wins Australian title").
  const leadCounts = !mentions.some((m) => m.field === 'title' && !isTournament(m));
  const text = doc.body.text;
  const setThere = (m: CountryMention) =>
    m.field === 'title' ||
    (leadCounts && m.start < lead && !PAST_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)));
  const named = new Set(
    mentions.filter((m) => isTournament(m) && setThere(m)).map((m) => m.text.toLowerCase()),
  );
  return mentions.filter((m) => !isTournament(m) || named.has(m.text.toLowerCase()));
}
