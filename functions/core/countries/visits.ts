import { fieldOf, type TagDocument } from '../text/document.js';
import { leadEnd } from './lead-focus.js';
import type { CountryMention } from './mentions.js';
import { isSubject } from './short-story.js';

/**
 * "Indonesia's president visits Japan", "French President Emmanuel Macron arrived in India on Thursday for a
 * three-day visit": the visit is the visitor's act, so the visitor's country ranks first and the host's after
 * it, wherever the story was filed and however often it names the host's cities (resolve.ts). Read in the
 * headline, else in the lead: the country named before the verb of the visit and the one right after it.
 * The visitor must open the clause as its subject. Undefined when neither says so.
 */
const VISIT =
  /\b(?:visits?|visited|visiting|arrives?\s+in|arrived\s+in|lands?\s+in|landed\s+in|tours?|toured)\s+$/i;
/**
 * A state's visit: its leader or a minister, a delegation ("Indonesia's president", "French President Emmanuel
 * Macron", "a Chinese delegation"), or a listed leader by name ("Macron visited India"). Not its tourists,
 * buyers or teams ("Chinese tourists visited Japan in record numbers": Japan's story).
 */
const OFFICIAL_AFTER =
  /^(?:['\u2019]s)?\s+(?:(?:[Vv]ice|[Dd]eputy|[Ff]oreign|[Dd]efen[cs]e|[Ff]inance|[Pp]rime|[Tt]rade|[Cc]rown)\s+)?(?:[Pp]resident|[Mm]inisters?|[Pp]remier|[Cc]hancellor|[Kk]ing|[Qq]ueen|[Pp]rince|[Ee]mir|[Ss]ultan|[Ll]eader|[Ss]ecretary|[Dd]elegation|[Gg]overnment)\b/;
/** How far before the verb the visitor may be named: "Indonesian President Prabowo Subianto arrived in". */
const VISITOR_REACH = 48;

export function visitingCountry(doc: TagDocument, mentions: readonly CountryMention[]): string | undefined {
  if (doc.language !== 'en') return undefined;
  const lead = leadEnd(doc);
  return (
    visitorIn(doc, mentions, 'title', doc.title.text.length) ??
    (lead > doc.storyStart ? visitorIn(doc, mentions, 'body', lead, doc.storyStart) : undefined)
  );
}

function visitorIn(
  doc: TagDocument,
  mentions: readonly CountryMention[],
  field: 'title' | 'body',
  end: number,
  start = 0,
): string | undefined {
  const text = fieldOf(doc, field).text;
  const here = mentions
    .filter((m) => m.field === field && m.start >= start && m.end <= end && !m.currency)
    .sort((a, b) => a.start - b.start);
  for (let i = 1; i < here.length; i++) {
    const host = here[i]!;
    const visitor = here[i - 1]!;
    if (visitor.code === host.code) continue;
    const before = text.slice(visitor.end, host.start);
    if (before.length > VISITOR_REACH || !VISIT.test(before) || /[,;:.]/.test(before)) continue;
    // The visitor opens the clause ("Indonesia's president", "French President Emmanuel Macron"), not a name's
    // end ("doses made by the Serum Institute of India arrived in Cameroon").
    const official =
      visitor.kind === 'metonym' || OFFICIAL_AFTER.test(text.slice(visitor.end, visitor.end + 40));
    return official && isSubject(visitor, start, here, text) ? visitor.code : undefined;
  }
  return undefined;
}
