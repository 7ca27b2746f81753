import { storyLead, type TagDocument } from '../text/document.js';
import { lazyPattern } from '../text/lazy-pattern.js';
import type { CountryMention } from './mentions.js';
import { isSubject } from './short-story.js';

/**
 * The country a story is filed from and opens its lead with as the subject: "JUBA, South Sudan — South
 * Sudan's oil exports through Sudan have stopped", "CHICAGO — U.S. wheat futures fell … soybeans rose on
 * Chinese demand", "LONDON — The UK Supreme Court ruled the Rwanda plan unlawful", "GEORGETOWN, Guyana —
 * Guyana's President Irfaan Ali said". The story is that country's, however often it names the buyer, the
 * neighbour or the other side (salience ranks it first; resolve.ts). Undefined when the dateline names no
 * country or the lead opens otherwise; English only (the subject is read by English word order).
 */
export function leadSubjectCountry(
  doc: TagDocument,
  mentions: readonly CountryMention[],
  datelineCode: string | undefined,
): string | undefined {
  if (!datelineCode || doc.language !== 'en') return undefined;
  const start = doc.storyStart;
  const lead = storyLead(doc);
  if (!lead) return undefined;
  const inLead = mentions.filter(
    (m) => m.field === 'body' && m.start >= start && m.end <= lead.end && !m.currency,
  );
  const text = doc.body.text;
  for (const m of inLead) {
    if (m.code !== datelineCode) continue;
    if (!isSubject(m, start, inLead, text) && !opensInstitution(m, start, inLead, text)) return undefined;
    // "U.S. officials said on Tuesday that North Korea fired …": the speaker is no subject of the story, unless
    // what it says is about itself ("Guyana's President Irfaan Ali said Tuesday his country would …").
    const said = LEAD_SPEECH.exec(text.slice(m.end, lead.end));
    if (said && !speaksOfItself(m, m.end + said[0].length, inLead, text)) return undefined;
    return m.code;
  }
  return undefined;
}

// "The UK Supreme Court ruled", "Britain's High Court blocked": a state body the country opens the name of,
// followed by the clause's verb in lower case (not a firm: "British Gas owner Centrica said").
const INSTITUTION_AFTER = lazyPattern(
  () =>
    /^(?:['\u2019]s)?(?:\s+\p{Lu}[\p{L}.&-]*){0,3}\s+(?:Court|Ministry|Government|Parliament|Army|Navy|Police|Senate|Congress|Treasury|Department|Cabinet|Commission)\s+\p{Ll}/u,
);
// The subject's verb of speech, with its day and "that": "officials said on Tuesday that …".
const LEAD_SPEECH =
  /^[^,.;]{0,60}?\b(?:said|says|told|announced|reported|confirmed)\s+(?:(?:on\s+)?\w+day\s+)?(?:that\s+)?/;
// What the speaker says is about itself: "his country would", "his government was ready", "we will", and the
// office holder who speaks as the one to act: "she could end …", "he would let U.S. troops …" (not "he believes
// Brazil will …": a view of another).
const LEAD_OF_ITSELF =
  /^(?:it|its|we|(?:he|she)\s+(?:would|will|could|can|may|might|plans|planned|intends|intended|wants|wanted|is ready|was ready)|(?:his|her|its|the|our)\s+(?:country|government|administration|nation))\b/i;

/**
 * What the speaker says, from `from`, opens with itself: a pronoun or "his government" (LEAD_OF_ITSELF), or its own
 * country named again ("Serbian President Aleksandar Vucic said that Serbia would buy …").
 */
function speaksOfItself(
  m: CountryMention,
  from: number,
  inLead: readonly CountryMention[],
  text: string,
): boolean {
  if (LEAD_OF_ITSELF.test(text.slice(from, from + 24))) return true;
  const next = inLead.find((o) => o.start >= from);
  return next !== undefined && next.code === m.code && ONLY_THE.test(text.slice(from, next.start));
}
const ONLY_THE = /^\s*(?:the\s+)?$/i;

/** The mention opens the lead, with at most "the" before it, and heads a capitalised name. */
function opensInstitution(
  m: CountryMention,
  start: number,
  inLead: readonly CountryMention[],
  text: string,
): boolean {
  return (
    inLead[0] === m &&
    ONLY_THE.test(text.slice(start, m.start)) &&
    INSTITUTION_AFTER.test(text.slice(m.end, m.end + 60))
  );
}
