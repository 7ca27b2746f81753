import type { Country, Mention } from '../schema.js';
import { IN_PLACE_BEFORE, MEETING_IN_BEFORE } from './meeting-hosts.js';
import { isVenue } from './place-kind.js';
import { joinedToRegion } from './region-lists.js';

/** A headline mention of a country: its code, where it stands, the words it is named by. */
export interface TitleMention {
  readonly code: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The headline mentions of the countries found, each with its country's code. */
export function titleMentionsOf(countries: readonly Country[]): TitleMention[] {
  // Loops that push, not `flatMap` of filtered copies: asked three times an article, of every body mention too.
  const out: TitleMention[] = [];
  for (const c of countries)
    for (const m of c.mentions)
      if (m.field === 'title') out.push({ code: c.code, start: m.start, end: m.end, text: m.text });
  return out;
}

/**
 * Whether a headline mention names where something happens: a meeting's place, a city after "in"/"at", the country
 * a deal is signed in ("Israel and Hamas sign ceasefire deal in Egypt": Egypt hosts the signing, no party to it).
 */
export function namesPlace(title: string, m: Pick<Mention, 'start' | 'text'>): boolean {
  const before = title.slice(Math.max(0, m.start - 90), m.start);
  // All three readings end with "in" or "at" (and "the") right before the mention: without it neither long
  // pattern runs (V8 compiles each the first time it runs, ~0.4–0.8 ms in a fresh process).
  if (!IN_PLACE_BEFORE.test(before)) return false;
  return MEETING_IN_BEFORE.test(before) || SIGNED_IN_BEFORE.test(before) || isVenue(m);
}

/** "sign ceasefire deal in", "signed peace agreement at": the place of a signing, up to three words between. */
const SIGNED_IN_BEFORE =
  /\bsign(?:s|ed|ing)?\s+(?:[\w'\u2019-]+\s+){0,3}?(?:deal|agreement|accord|pact|treaty|truce|ceasefire|declaration)s?\s+(?:in|at)\s+(?:the\s+)?$/i;

/**
 * The countries a headline names only in a closing clause, as the story's background, after a main clause that
 * already names two other countries as parties: "Japan and Philippines sign defence pact as China tensions
 * rise", "Estonia and Finland agree to protect undersea cables amid Russia sabotage fears" (pairs34 leftover:
 * the background country, named more often in the body, ranked above the pact's signatories). A mention counts
 * when it stands at most three words into an "as"/"while"/"whereas"/"amid" clause ("Brazil emerges as top soy
 * supplier to China" is no clause). With one party before the clause the clause may name the other side: "Gaza
 * ceasefire talks resume in Doha as Israel presses offensive".
 */
export function closingClauseCountries(
  title: string,
  mentions: readonly TitleMention[],
): ReadonlySet<string> {
  const parties = mentions.filter((m) => !namesPlace(title, m)).sort((a, b) => a.start - b.start);
  const opensClause = (m: TitleMention) => {
    const head = title.slice(0, m.start);
    const clause = CLOSING_CLAUSE_BEFORE.exec(head);
    // A topic's "on": the parties are those named before it ("Macron presses Xi on Ukraine").
    const opensAt = clause
      ? clause.index
      : ON_BEFORE.test(head) && TOPIC_ON_BEFORE.test(head)
        ? head.search(ON_BEFORE)
        : -1;
    if (opensAt < 0) return false;
    const earlier = parties.filter((o) => o.code !== m.code && o.end <= opensAt);
    const before = new Set(earlier.map((o) => o.code));
    // "Poland and Baltic states to leave landmine treaty amid Russia threat": the region joined to a party is more.
    return before.size >= 2 || (before.size === 1 && earlier.some((o) => joinedToRegion(title, o)));
  };
  // "as Canada, Mexico face tariffs", "amid China and Russia pressure": the clause's list goes on past three words.
  const clause = new Set<TitleMention>();
  parties.forEach((m, i) => {
    const previous = parties[i - 1];
    const listed =
      previous !== undefined && clause.has(previous) && LIST_JOINER.test(title.slice(previous.end, m.start));
    if (listed || opensClause(m)) clause.add(m);
  });
  const background = new Set<string>();
  for (const m of clause) background.add(m.code);
  for (const m of parties) if (!clause.has(m)) background.delete(m.code);
  return background;
}

/**
 * The headline's parties and its background: the countries it names as parties (not as a meeting's place, not only
 * in a closing clause), and those it names only in a closing clause (closingClauseCountries). Focus ranking
 * (resolve.ts) and pair order (pair-order.ts) both read them.
 */
export function headlineRoles(
  title: string,
  mentions: readonly TitleMention[],
): { readonly parties: ReadonlySet<string>; readonly background: ReadonlySet<string> } {
  const background = closingClauseCountries(title, mentions);
  const parties = new Set<string>();
  for (const m of mentions) if (!background.has(m.code) && !namesPlace(title, m)) parties.add(m.code);
  return { parties, background };
}

/**
 * Whether a headline mention stands after a talks' or pressing's "on", as what they are about: "US envoy holds
 * talks in Russia on Ukraine peace plan" (Ukraine is the topic even with one party before it).
 */
export function namesTopic(title: string, m: Pick<TitleMention, 'start'>): boolean {
  const before = title.slice(0, m.start);
  // The long pattern ends with its "on" (and "the"): without them it does not run (V8 compiles it on first use).
  return ON_BEFORE.test(before) && TOPIC_ON_BEFORE.test(before);
}

/** What `TOPIC_ON_BEFORE` ends with. */
const ON_BEFORE = /\son\s+(?:the\s+)?$/i;

/** ", ", " and ", " & ", ", and ": what joins two countries of a list. */
const LIST_JOINER = /^\s*(?:,|,?\s*and|&)\s*$/i;
/**
 * "Russia and US hold talks in Riyadh on Ukraine war", "Macron presses Xi on Ukraine": after talks, a meeting or
 * pressing, "on" opens what they are about (the index is where the topic begins). Not across an act aimed at the
 * country: "Israel and US press ahead with strikes on Iran", "US and UK discuss new sanctions on Russia" name its
 * target, a party.
 */
const TOPIC_ON_BEFORE =
  /\b(?:talks|meet|meets|met|meeting|summit|press|presses|pressed|urges?|urged|discuss(?:es|ed)?|confer|consult(?:s|ed)?)\b(?:(?!\b(?:(?:air)?strikes?|sanctions?|tariffs?|attacks?|pressure|bans?|curbs?|embargo(?:es)?|raids?|duties|levies|restrictions|controls|crackdown|war|offensive|blockade|missiles?|drones?)\b)[^,;:]){0,40}?\son\s+(?:the\s+)?$/i;
/** The clause word, then up to three words ("as rising China tensions"), right before the mention. */
const CLOSING_CLAUSE_BEFORE = /\s(?:as|while|whereas|amid)\s+(?:[\w'\u2019-]+\s+){0,3}$/i;
