import type { Country } from '../schema.js';
import { fieldOf, type TagDocument } from '../text/document.js';
import { sentenceIndex } from '../text/sentences.js';
import { type ImplicitAct, oneFocusMentions } from './implicit-actors.js';

/**
 * "HONG KONG — A Hong Kong court found Jimmy Lai guilty … British Foreign Secretary Yvette Cooper called the verdict
 * politically motivated", "Portugal voiced concern", "Lithuania's foreign ministry called the verdict a travesty",
 * "The United States welcomed the agreement" (review32 P1): in a story about one country, another country that opens
 * a sentence reacting to the story's event (a verdict, a law, a deal the sentence does not name by its country) takes
 * a side on it, as a country acting on the story's country's own target does (implicit-targets.ts). No sentence
 * names both, so the count and cue rules left the pair out. "Welcomed" only with the event's noun ("welcomed the
 * agreement"): "Japan welcomed a record 3.9 million visitors" is a comparison, no reaction (read32 F16). Saying what the
 * event was is one too: "Beijing said the case was an internal affair of China" (review32 P1, session 33), "China's
 * Taiwan Affairs Office said the vote showed …"; and so are a protest lodged and a retaliation ("China's foreign
 * ministry lodged a protest", "China retaliated with levies": wild48 ★3).
 */

/** Before the reacting country: the sentence's start, "Separately," or an opening time, and "the". */
const OPENS = /^(?:(?:On|Late|Earlier)\s+[A-Z]?[a-z]+,\s*)?(?:the\s+)?$/i;
/**
 * After it: its possessive, an office and a name ("British Foreign Secretary Yvette Cooper", "Lithuania's foreign
 * ministry", "The United States"), then a reaction to the story's event.
 */
const REACTS_AFTER =
  /^(?:['\u2019]s)?(?:\s+(?:[A-Z][\w.'\u2019-]*|foreign|ministry|office|government|spokes(?:man|woman|person)|embassy|envoy|minister|secretary|department|affairs|state|liaison))*\s+(?:(?:has|have|had|also|swiftly|quickly|sharply|strongly)\s+)*(?:condemned|criticised|criticized|denounced|deplored|welcomed\s+(?:the|this|its|their|a|an|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's)\s+(?:[\w-]+\s+){0,2}?(?:verdict|ruling|decision|move|law|deal|agreement|accord|pact|truce|ceasefire|release|election|vote|step|announcement|plan|reforms?|talks|sentences?|judgment|judgement|acquittal|outcome|result)\b|(?:voiced|expressed|raised)\s+(?:(?:deep|serious|grave)\s+)?concerns?|called\s+(?:the|it|this)\s+(?:verdict|ruling|sentences?|decision|move|law|arrests?|conviction|trial|vote|election|deal|agreement|truce|ban)\b|(?:demanded|urged|sought|called\s+for)\s+(?:the\s+)?(?:release|freedom)\b|(?:said|says)\s+(?:that\s+)?(?:the|this|its)\s+(?:case|verdict|ruling|trial|sentences?|conviction|decision|arrests?|result|outcome|vote|election|referendum|move|law)\s+(?:was|were|is|are|showed|shows|proved|exposed|reflected|revealed)\b|(?:lodged|filed|made|issued)\s+(?:a|an)\s+(?:(?:formal|diplomatic|strong|stern|solemn|official)\s+)*(?:protest|complaint)\b|protested\b|retaliated\b|hit\s+back\b)/;

/** The countries that react to the one country's event a story is about, by their sentence. */
export function foreignReactions(doc: TagDocument, countries: readonly Country[]): ImplicitAct[] {
  const one = oneFocusMentions(countries);
  if (!one) return [];
  const { focus, mentions } = one;
  const body = fieldOf(doc, 'body');
  const out: ImplicitAct[] = [];
  for (const { m, code } of mentions) {
    if (code === focus) continue;
    const index = sentenceIndex(body.sentences, m.start);
    const s = body.sentences[index];
    if (!s || !OPENS.test(body.text.slice(s.start, m.start).replace(/^Separately,\s*/, ''))) continue;
    const after = body.text.slice(m.end, s.end);
    const reaction = REACTS_AFTER.exec(after);
    if (!reaction) continue;
    // The event is the story country's: the rest of the sentence names no third country ("Britain condemned
    // Russia's strikes on Ukrainian cities" reacts to another story).
    const from = m.end + reaction[0].length;
    if (mentions.some((x) => x.code !== code && x.code !== focus && x.m.start >= from && x.m.start < s.end))
      continue;
    if (!out.some((o) => o.code === code)) out.push({ code, sentence: index });
  }
  return out;
}
