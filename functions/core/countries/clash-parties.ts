import { isInInlineDateline } from '../text/dateline.js';
import type { TagDocument } from '../text/document.js';
import type { CountryMention } from './mentions.js';

/**
 * "The Philippines, which has clashed repeatedly with Chinese coast guard ships near Second Thomas Shoal,
 * pushed for stronger wording": a country that clashes, fights or is in dispute with a country the story is
 * about is a party to what the story is about, though named once (review24 ★8 r24-49: the Philippines was
 * not in focus). Read in the body's sentences: the two mentions in one sentence, the cue and "with" between
 * them and nothing else that closes a clause. Not a fight "with" a country "against" a third (an ally), nor
 * any clash in sports copy (a match).
 */
const CLASH_WITH =
  /^[^.;:()]{0,60}?\b(?:clash(?:es|ed|ing)?|skirmish(?:es|ed)?|(fought|fighting)|at\s+war|standoffs?|stand-offs?|disputes?|feuding|row(?:s|ing)?)\b[^.;:()]{0,40}\bwith\s+(?:the\s+)?$/i;
/**
 * "The Syrian Democratic Forces, which fought with U.S. troops against Islamic State": fighting "with" a
 * country "against" someone else is fighting alongside it (read25 F8). Read in the rest of the clause.
 */
const AGAINST_AFTER = /^[^.;:()]{0,40}?\bagainst\b/i;
/**
 * Words only the sports page uses: there "Ireland's next clash with France" is a match, no conflict (read25
 * F8). Generic words ("final", "match", "goals", "league") also run in news of politics and business.
 */
const MATCH_WORDS =
  /\b(?:[Rr]ugby|[Ff]ootball|[Ss]occer|[Cc]ricket|[Tt]ennis|Six Nations|World Cup|Premier League|Champions League|Nations League|[Tt]ournament|[Ss]emi-?finals?|[Qq]uarter-?finals?|[Ii]nnings|[Ww]ickets?|[Ss]trikers?|[Mm]idfielders?|[Gg]oalkeepers?|[Hh]at-trick|[Kk]ick-off|Test match(?:es)?)\b/;
const WITH_BEFORE = /\bwith\s+(?:the\s+)?$/i;
/**
 * A country by its name or its people: "Chelsea's clash with Bayer Leverkusen" is a match of two
 * clubs' cities, no clash of their countries.
 */
const NATION_KINDS: ReadonlySet<string> = new Set(['name', 'code', 'demonym']);
/** How far apart, in characters, the two mentions may stand. */
const MAX_GAP = 80;

/** The countries named with a clash against one of the `focus` countries, not already in focus. */
export function clashParties(
  doc: TagDocument,
  mentions: readonly CountryMention[],
  focus: ReadonlySet<string>,
): readonly string[] {
  const text = doc.body.text;
  let out: string[] | undefined;
  let sports: boolean | undefined;
  let byEnd: BodyMentionsByEnd | undefined;
  for (const n of mentions) {
    // The cue ends right before the second mention, with "with": test its letters before any pattern.
    if (n.field !== 'body' || n.start < 5 || text.charCodeAt(n.start - 1) !== 32 || !NATION_KINDS.has(n.kind))
      continue;
    if (!WITH_BEFORE.test(text.slice(Math.max(0, n.start - 9), n.start))) continue;
    byEnd ??= bodyMentionsByEnd(mentions);
    for (const m of endingBetween(byEnd, mentions, n.start - MAX_GAP, n.start)) {
      if (m.code === n.code || focus.has(m.code) === focus.has(n.code) || !NATION_KINDS.has(m.kind)) continue;
      if (isInInlineDateline(doc.dateline, 'body', m.start)) continue;
      const cue = CLASH_WITH.exec(text.slice(m.end, n.start));
      if (!cue) continue;
      if (cue[1] !== undefined && AGAINST_AFTER.test(text.slice(n.end, n.end + 60))) continue;
      sports ??= MATCH_WORDS.test(doc.title.text) || MATCH_WORDS.test(text);
      if (sports) continue;
      const party = focus.has(m.code) ? n.code : m.code;
      out ??= [];
      if (!out.includes(party)) out.push(party);
    }
  }
  return out ?? NONE;
}

const NONE: readonly string[] = [];

/** The places (in `mentions`) of the body's mentions, sorted by where each ends, and those ends. */
interface BodyMentionsByEnd {
  readonly order: readonly number[];
  readonly ends: readonly number[];
}

function bodyMentionsByEnd(mentions: readonly CountryMention[]): BodyMentionsByEnd {
  const order: number[] = [];
  for (let i = 0; i < mentions.length; i++) if (mentions[i]!.field === 'body') order.push(i);
  order.sort((i, j) => mentions[i]!.end - mentions[j]!.end || i - j);
  return { order, ends: order.map((i) => mentions[i]!.end) };
}

/**
 * The body's mentions that end from `low` to `high`, in their order in `mentions`: a page of thousands of countries
 * "with" another compared each with every mention of the page (read by bisection since 2026-12-06).
 */
function endingBetween(
  byEnd: BodyMentionsByEnd,
  mentions: readonly CountryMention[],
  low: number,
  high: number,
): CountryMention[] {
  let lo = 0;
  let hi = byEnd.ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (byEnd.ends[mid]! < low) lo = mid + 1;
    else hi = mid;
  }
  const places: number[] = [];
  for (let k = lo; k < byEnd.ends.length && byEnd.ends[k]! <= high; k++) places.push(byEnd.order[k]!);
  return places.sort((i, j) => i - j).map((i) => mentions[i]!);
}
