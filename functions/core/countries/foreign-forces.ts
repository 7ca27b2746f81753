import type { Country } from '../schema.js';
import { fieldOf, type TagDocument } from '../text/document.js';
import { sentenceIndex } from '../text/sentences.js';
import { type CodedMention, type ImplicitAct, oneFocusMentions } from './implicit-actors.js';

/**
 * "A Kenyan-led security mission has struggled to push back the gangs" in a story about Haiti, "Rwandan troops have
 * fought alongside the rebels" in one about Congo, "The junta turned to Russia for security help" in one about Mali
 * (wild41 item 14): in a story about one country, another country's troops, police or security mission act in the
 * story's country, and a country it turns to for help is the other side of that help. Such a sentence seldom names
 * the story's country again, and the other country is named once, so the count and cue rules left the pair out.
 * Not when the sentence names a third country as well, before the force outside a list with the story's country
 * ("Uganda sent Rwandan troops") or after it ("Soviet troops in Afghanistan" in a story about Pakistan): the force
 * is then another country's story.
 */

/**
 * After the mention: an armed or police force of it ("Rwandan troops", "Kenyan-led multinational security mission",
 * "U.S. special forces", "Russia's mercenaries"), with no more than the force's own words between ("Vodafone joined
 * forces" is no force; a trade or a diplomatic mission is none either).
 */
const FORCE_AFTER =
  /^(?:['\u2019]s)?(?:-(?:led|backed|trained|commanded))?\s+(?:(?:multinational|international|special|elite|combat|ground|army|naval|navy|regular|government|coalition|allied|armed|border|paramilitary|riot|private)\s+){0,2}(?:troops|soldiers|forces|police(?:men|\s+officers)?|peacekeepers|mercenaries|marines|paratroopers|contingent|(?:security|military|peacekeeping|police|stabili[sz]ation)\s+(?:mission|force))\b/;
/** Before the mention: a turn to it ("turned to Russia", "turning to the United States"). */
const TURNED_TO_BEFORE = /\bturn(?:s|ed|ing)?\s+to\s+(?:the\s+)?$/i;
/** After it: the help asked of it ("for security help", "for military assistance", "for aid"). */
const HELP_AFTER =
  /^\s+for\s+(?:(?:security|military|defen[cs]e|financial|economic)\s+)?(?:help|assistance|support|aid|backing)\b/i;
/** Between two countries of one list: "Burkina Faso, Mali and Niger". */
const LIST_GAP = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)(?:the\s+)?$/i;

/** The countries whose forces act in the one country a story is about, or that it turns to for help. */
export function foreignForces(doc: TagDocument, countries: readonly Country[]): ImplicitAct[] {
  const one = oneFocusMentions(countries);
  if (!one) return [];
  const { focus } = one;
  const mentions = [...one.mentions].sort((a, b) => a.m.start - b.m.start);
  const body = fieldOf(doc, 'body');
  // Each force or helper with its sentence, first: two of one sentence ("expelled French troops and turned to Russia
  // for security help") are both the story's, no third country to each other. One per country and sentence, so a
  // page repeating "French troops" in one sentence is read once, not once per mention.
  const found = new Map<number, Map<string, { readonly at: number; readonly from: number }>>();
  for (let i = 0; i < mentions.length; i++) {
    const { m, code } = mentions[i]!;
    if (code === focus) continue;
    const after = body.text.slice(m.end, m.end + 80);
    const force = FORCE_AFTER.exec(after);
    const help =
      force === null && TURNED_TO_BEFORE.test(body.text.slice(Math.max(0, m.start - 20), m.start))
        ? HELP_AFTER.exec(after)
        : null;
    const act = force ?? help;
    if (!act) continue;
    const index = sentenceIndex(body.sentences, m.start);
    const inSentence = found.get(index) ?? new Map<string, { at: number; from: number }>();
    if (!inSentence.has(code)) inSentence.set(code, { at: i, from: m.end + act[0].length });
    found.set(index, inSentence);
  }
  const out: ImplicitAct[] = [];
  for (const [index, inSentence] of found) {
    const s = body.sentences[index];
    if (!s) continue;
    const acting = new Set(inSentence.keys());
    // The sentence's mentions: from the first in it to the last (they are sorted by start).
    let first = Math.min(...[...inSentence.values()].map((f) => f.at));
    while (first > 0 && mentions[first - 1]!.m.start >= s.start) first--;
    let last = first;
    while (last < mentions.length && mentions[last]!.m.start < s.end) last++;
    const own = mentions.slice(first, last);
    for (const [code, f] of inSentence) {
      if (out.some((o) => o.code === code)) continue;
      if (namesThird(own, f.at - first, f.from, focus, acting, body.text)) continue;
      out.push({ code, sentence: index });
    }
  }
  return out;
}

/**
 * Whether the sentence (`own`: its mentions in order) names a country other than the story's and those acting in it:
 * after the force, or before it and outside a list that holds the story's country ("Burkina Faso, Mali and Niger …
 * turning to Russia" is the story's).
 */
function namesThird(
  own: readonly CodedMention[],
  at: number,
  from: number,
  focus: string,
  acting: ReadonlySet<string>,
  text: string,
): boolean {
  const other = (x: CodedMention) => x.code !== focus && !acting.has(x.code);
  if (own.some((x) => other(x) && x.m.start >= from)) return true;
  // Before the mention: each run of listed countries must hold the story's country, or name no third one.
  let runHasFocus = false;
  let runHasThird = false;
  for (let k = 0; k < at; k++) {
    const x = own[k]!;
    const prev = k > 0 ? own[k - 1]! : undefined;
    const listed = prev !== undefined && LIST_GAP.test(text.slice(prev.m.end, x.m.start));
    if (!listed) {
      if (runHasThird && !runHasFocus) return true;
      runHasFocus = false;
      runHasThird = false;
    }
    if (x.code === focus) runHasFocus = true;
    else if (other(x)) runHasThird = true;
  }
  return runHasThird && !runHasFocus;
}
