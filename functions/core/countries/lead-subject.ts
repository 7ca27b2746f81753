import type { TagDocument } from '../text/document.js';
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
  const sentences = doc.body.sentences;
  const start = doc.storyStart;
  const lead = sentences.find((s) => s.end > start + 1);
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
    const said = SPEECH_AFTER.exec(text.slice(m.end, lead.end));
    if (said && !OF_ITSELF.test(text.slice(m.end + said[0].length, m.end + said[0].length + 16)))
      return undefined;
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
const SPEECH_AFTER =
  /^[^,.;]{0,60}?\b(?:said|says|told|announced|reported|confirmed)\s+(?:(?:on\s+)?\w+day\s+)?(?:that\s+)?/;
const OF_ITSELF = /^(?:it|its|his country|her country|the country|we)\b/i;
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
