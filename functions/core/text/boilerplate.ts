import type { Dateline } from './dateline.js';
import { PRESS_WIRE } from './front-matter.js';

/**
 * Words a wire or a publisher adds around a story that are not the story: a slug before a headline
 * ("UPDATE 2-", "ANALYSIS-"), a press-release distributor's name in the dateline ("/PRNewswire/"), notices
 * ("THIS IS A DEVELOPING STORY."), reporters' credits ("Reporting by …; Editing by …") and the tail of a
 * press release (forward-looking statements, contacts). Read as text they became entities and topic
 * evidence ("UPDATE" → technology, "ANALYSIS-After Pahalgam" → a person).
 *
 * They are blanked, not cut: each character becomes a space (line breaks stay), so the field keeps its
 * length and every mention's offsets still index the text the caller gave.
 */

/**
 * Reuters slugs, in capitals and joined to the headline by a hyphen: "UPDATE 2-", "WRAPUP 1-",
 * "CORRECTED - ", "EXCLUSIVE-"; several may follow each other ("RPT-UPDATE 1-").
 */
const WIRE_SLUG =
  /^\s*(?:(?:(?:UPDATE|WRAPUP|REFILE|RPT|REPEAT|CORRECTED|CORRECTION)(?:\s\d{1,2})?|ANALYSIS|EXCLUSIVE|FACTBOX|INSIGHT|BREAKINGVIEWS|COLUMN|PREVIEW|FEATURE|INTERVIEW|FOCUS|EXPLAINER|TIMELINE|SPECIAL REPORT|BUZZ|GLOBAL MARKETS|FOREX|MARKETS)(?:-|\s-\s))+(?=\S)/;
/** A label before a headline: "BREAKING: …", "LIVE: …", "Exclusive: …". */
const HEADLINE_LABEL =
  /^\s*(?:BREAKING(?: NEWS)?|Breaking(?: [Nn]ews)?|LIVE|Live|WATCH|Watch|EXCLUSIVE|Exclusive):\s+(?=\S)/;

/** The title without a wire slug or a label before the headline (blanked). */
export function withoutWireSlug(title: string): string {
  const slug = WIRE_SLUG.exec(title) ?? HEADLINE_LABEL.exec(title);
  return slug ? blank(title, 0, slug[0].length) : title;
}

const PRESS_CREDIT = new RegExp(`[/(]\\s*${PRESS_WIRE}\\s*[/)]`);

// Notices to readers, not news: "THIS IS A DEVELOPING STORY. CHECK BACK FOR UPDATES.", AP's "THIS IS A
// BREAKING NEWS UPDATE. AP's earlier story follows below."
const NOTICE =
  /(?:THIS IS A (?:DEVELOPING STORY|BREAKING NEWS UPDATE)|This is a (?:developing story|breaking news update)|(?:PLEASE )?CHECK BACK (?:LATER )?FOR (?:MORE(?: INFORMATION)?|UPDATES)|(?:Please )?[Cc]heck back (?:later )?for (?:more(?: information)?|updates)|AP[’']s earlier story (?:follows|is) below)[.!]?/g;
// A reporters' credit on its own line: "(Reporting by Anna Smith in Paris; Editing by Bob Jones)".
const CREDITS = /^[ \t]*\(?(?:Additional )?(?:[Rr]eporting|Writing|Editing|Compiled) by [^\n]*$/gm;
// Other wires' and publishers' lines about the copy, each on its own line: AP's "Associated Press writers …
// contributed to this report.", Bloomberg's "--With assistance from …" and "©2025 Bloomberg L.P.", a
// newsletter's "Sign up for …" and a "Related: …" link. Their reporters and places are not the story's.
const TRAILERS =
  /^[ \t]*(?:[^\n]{0,300}\bcontributed (?:to this report|reporting)\.?|-{1,2} ?With assistance from [^\n]*|(?:©|\([Cc]\)|Copyright ©?) ?\d{4}\b[^\n]{0,80}|Sign up (?:for|to) [^\n]{0,120}|Related: [^\n]{0,200})[ \t]*$/gm;
// The tail of a press release, from its heading to the end: forward-looking statements, contacts.
const RELEASE_TAIL =
  /^[ \t]*(?:(?:(?:Cautionary|Special) (?:Note|Statement)s? (?:Regarding|Concerning|About) )?Forward[- ]Looking Statements?|FORWARD[- ]LOOKING STATEMENTS?|Safe Harbou?r Statement|SAFE HARBOU?R STATEMENT|(?:Media|Investor|Press)(?: Relations)? (?:Contacts?|Inquiries)|Contacts?|CONTACTS?|SOURCE [A-Z][^\n:]{0,60})(?:[ \t]*:[^\n]*)?[ \t]*$/m;
// The one tail heading news copy may also use: "Contact" or "Contacts" alone.
const BARE_CONTACT = /^[ \t]*(?:Contacts?|CONTACTS?)\b/;
// The safe-harbour sentence of a release without a heading: its line goes.
const SAFE_HARBOR = /^[^\n]*Private Securities Litigation Reform Act[^\n]*$/gm;
/** Words at least one of the patterns above needs. */
const MAY_HOLD_BOILERPLATE =
  /[Cc]ontact|CONTACT|[Cc]heck back|CHECK BACK|[Tt]his is a|THIS IS A|earlier story|[Rr]eporting by|[Ee]diting by|Writing by|Compiled by|[Ll]ooking [Ss]tatement|LOOKING STATEMENT|[Hh]arbou?r [Ss]tatement|HARBOU?R STATEMENT|SOURCE |Inquiries|Litigation Reform|contributed|With assistance|©|Copyright|\([Cc]\) ?\d|Sign up|Related: /;

/** The body without notices, credits, wire trailers and a press release's tail and distributor (blanked). */
export function withoutBoilerplate(body: string, dateline: Dateline | undefined): string {
  let text = body;
  if (dateline?.start !== undefined && dateline.end !== undefined) {
    const credit = PRESS_CREDIT.exec(body.slice(dateline.start, dateline.end));
    if (credit) {
      const at = dateline.start + credit.index;
      text = blank(text, at, at + credit[0].length);
    }
  }
  // One cheap scan first: most stories hold none of these words, and the patterns below then never run
  // (a pattern scan is faster here than a dozen `includes`).
  if (!MAY_HOLD_BOILERPLATE.test(text)) return text;
  const from = dateline?.end ?? 0;
  text = blankAll(text, NOTICE, from);
  text = blankAll(text, CREDITS, from);
  text = blankAll(text, SAFE_HARBOR, from);
  text = blankAll(text, TRAILERS, from);
  // A bare "Contact" heading in the first half of a story is no release's tail: cutting there would leave
  // most of the story untagged. The release's own headings (forward-looking statements, media contacts)
  // are taken wherever they stand.
  const tail = RELEASE_TAIL.exec(text);
  if (tail && tail.index > from && (!BARE_CONTACT.test(tail[0]) || tail.index >= text.length / 2))
    text = blank(text, tail.index, text.length);
  return text;
}

/** Blanks every match of a global pattern that starts at or after `from`. */
function blankAll(text: string, pattern: RegExp, from: number): string {
  let out = text;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    if (m.index >= from) out = blank(out, m.index, m.index + m[0].length);
  }
  return out;
}

/** `text` with the characters from `start` to `end` turned into spaces, line breaks kept. */
function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + text.slice(start, end).replace(/[^\n]/g, ' ') + text.slice(end);
}
