import type { Country, Mention } from '../schema.js';
import { fieldOf, type TagDocument } from '../text/document.js';
import { sentenceIndex } from '../text/sentences.js';

/**
 * "The army has accused the United Arab Emirates of arming the RSF" in a story about Sudan: the army, the
 * government, the junta a sentence opens with, naming no country, are those of the one country the story is
 * about, and what they accuse, attack, sanction, expel or summon is the other side (review30 P5). No sentence
 * names both, so the count and cue rules left the pair out.
 */

/** A sentence opening with the story's country's own institution, then an act on another, up to "the". */
const OWN_INSTITUTION_ACTS =
  /^(?:The|Its)\s+(?:(?:country's|nation's|military-led|ruling|interim|transitional)\s+)?(?:army|armed\s+forces|military|government|junta|authorities|regime|(?:foreign|defen[cs]e)\s+ministry|president|prime\s+minister)\s+(?:(?:has|have|had|also|again|repeatedly|formally|publicly|long|on\s+[A-Z][a-z]+)\s+)*(?:accused|accuses|blamed|blames|attacked|sanctioned|expelled|summoned|sued)\s+(?:the\s+)?$/;

export interface ImplicitAct {
  /** The country acted on. */
  readonly code: string;
  /** The sentence, as its index in the body. */
  readonly sentence: number;
}

/** A country's mention in the body, with its code. */
export interface CodedMention {
  readonly m: Mention;
  readonly code: string;
}

/**
 * The one country a story is about, and every country's body mentions (in the countries' order): the two
 * readers of a one-country story's unnamed targets and foreign reactions start from it. None unless exactly
 * one country is in focus.
 */
export function oneFocusMentions(
  countries: readonly Country[],
): { readonly focus: string; readonly mentions: CodedMention[] } | undefined {
  const focus = countries.filter((c) => c.focus);
  if (focus.length !== 1) return undefined;
  const mentions: CodedMention[] = [];
  for (const c of countries)
    for (const m of c.mentions) if (m.field === 'body') mentions.push({ m, code: c.code });
  return { focus: focus[0]!.code, mentions };
}

/** The acts of the story's own institutions on other countries, in a story about one country. */
export function implicitActs(doc: TagDocument, countries: readonly Country[]): ImplicitAct[] {
  const focus = countries.filter((c) => c.focus);
  if (focus.length !== 1) return [];
  const body = fieldOf(doc, 'body');
  const out: ImplicitAct[] = [];
  for (const c of countries) {
    if (c.focus) continue;
    for (const m of c.mentions) {
      if (m.field !== 'body') continue;
      const index = sentenceIndex(body.sentences, m.start);
      const s = body.sentences[index];
      if (!s || m.start - s.start > 160) continue;
      if (OWN_INSTITUTION_ACTS.test(body.text.slice(s.start, m.start)))
        out.push({ code: c.code, sentence: index });
    }
  }
  return out;
}
