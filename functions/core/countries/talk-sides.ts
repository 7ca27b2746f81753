import type { TagDocument } from '../text/document.js';
import { fieldHolds } from '../text/field-holds.js';
import type { CountryMention } from './mentions.js';

/**
 * The countries a story about talks names as their sides: "Gaza talks resume in Doha … Qatar and Egypt have
 * been mediating between Israel and Hamas" (pairs34 leftover: Israel, named twice and not in the lead, stayed
 * out of focus, though the talks are between it and Hamas). Only when the headline names talks, a ceasefire or a
 * mediation, and the body names the country right after "<talks word> between" or as the second side ("between
 * Hamas and Israel"). English only.
 */
export function talkSides(doc: TagDocument, mentions: readonly CountryMention[]): ReadonlySet<string> {
  if (doc.language !== 'en' || !TALKS_HEADLINE.test(doc.title.text)) return NONE;
  const text = doc.body.text;
  const sides = new Set<string>();
  for (const m of mentions) {
    if (m.field !== 'body' || m.currency) continue;
    if (namedAsTalkSide(text, m)) sides.add(m.code);
  }
  return sides;
}

/** Whether the body text names the mention as a side of talks: "talks between Russia and Ukraine". */
export function namedAsTalkSide(text: string, m: { readonly start: number }): boolean {
  return MAY_NAME_SIDES(text) && SIDE_BEFORE.test(text.slice(Math.max(0, m.start - 90), m.start));
}

const NONE: ReadonlySet<string> = new Set();
/** A headline about talks, a ceasefire or a mediation. */
export const TALKS_HEADLINE = /\b(?:talks|negotiations|ceasefire|truce|mediat\w*)\b/i;
/** "talks between", "mediating between Hamas and": the sides of the talks. */
const SIDE_BEFORE =
  /\b(?:talks|negotiations|ceasefire|truce|mediat\w*)\s+between\s+(?:the\s+)?(?:[^,.;:!?()]{1,40}\s+and\s+(?:the\s+)?)?$/i;
/** The word SIDE_BEFORE needs: a body without it names no side of talks (one scan for all its mentions). */
const MAY_NAME_SIDES = fieldHolds(/between/i);
