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
    if (isSubject(m, start, inLead, text) || opensInstitution(m, start, inLead, text)) return m.code;
    return undefined;
  }
  return undefined;
}

// "The UK Supreme Court ruled", "Britain's High Court blocked", "U.S. Steel Corp said": a name the country
// opens, followed by the clause's verb in lower case.
const INSTITUTION_AFTER = lazyPattern(() => /^(?:['\u2019]s)?(?:\s+\p{Lu}[\p{L}.&-]*){1,4}\s+\p{Ll}/u);
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
