import { codeUnitAt, isWhiteSpaceUnit } from './chars.js';
import type { Dateline } from './dateline.js';
import { PRESS_WIRE } from './front-matter.js';
import { lazyPattern, lazyPatternOf } from './lazy-pattern.js';
import { withoutLinkLists } from './link-lists.js';
import { withoutPhotoCredits } from './photo-credits.js';

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
  /(?:THIS IS A (?:DEVELOPING STORY|BREAKING NEWS UPDATE)|This is a (?:developing story|breaking news update)|(?:PLEASE )?CHECK BACK (?:LATER )?FOR (?:MORE(?: INFORMATION)?|UPDATES)|(?:Please )?[Cc]heck back (?:later )?for (?:more(?: information)?|updates)|AP[\u2019']s earlier story (?:follows|is) below)[.!]?/g;
// A reporters' credit on its own line: "(Reporting by Anna Smith in Paris; Editing by Bob Jones)", "(With reporting by
// Reuters and AFP in Paris)".
const CREDITS =
  /^[ \t]*\(?(?:Additional |With (?:additional )?)?(?:[Rr]eporting|Writing|Editing|Compiled) by [^\n]*$/gm;
// The same credit closing a paragraph after its last sentence: "… its research group. (Reporting by Aditya Soni in
// Bengaluru and Echo Wang in New York; Editing by Maju Samuel)" (wild50 C12: its Bengaluru was the story's India).
const INLINE_CREDITS =
  /(?<=[.!?"\u201d][ \t]+)\((?:Additional |With (?:additional )?)?(?:[Rr]eporting|Writing|Editing|Compiled) by [^()\n]{1,300}\)[ \t]*$/gm;
// Other wires' and publishers' lines about the copy, each on its own line: AP's "Associated Press writers …
// contributed to this report.", Bloomberg's "--With assistance from …" (or "— With") and "©2025 Bloomberg L.P.", a
// newsletter's "Sign up for …" and a "Related: …" link. Their reporters and places are not the story's.
// Regional papers' web furniture too: links to other stories between paragraphs ("READ: …", "ALSO READ: …", "Also
// read: …", "ALSO READ | …", "Also Read - …", "WATCH | … (2:31)", "Recommended: …", "Don't miss: …"; wild57),
// the same labels in Spanish, Portuguese, French, German and Italian ("Lea también:", "Leia também:", "À lire aussi –",
// "Lesen Sie auch:", "Mehr zum Thema:", "Leggi anche:"; wild58),
// "ADVERTISEMENT", "Follow Dawn Business on X, LinkedIn …", "Follow our coverage of the Ukraine war." (its link in
// Markdown or HTML, review63), a live blog's "This live blog is now closed.", "Published in Dawn, December 9th, 2025" and a
// newsletter's consent line. A page's tags ("Tags: Russia, EU, sanctions") and share buttons ("Share this article:
// Facebook | X", "Share this: Twitter Facebook") too: the tags named countries the story did not; so did a blog post's
// meta line ("Posted by admin on March 3, 2026 in Agriculture, Uganda": review62), Indian and Nigerian sites' links
// ("RELATED NEWS: …", "CLICK HERE to read: …") and footers ("Catch all the Business News … Updates on Live Mint."),
// the BBC's "Image source, Getty Images" credit and an Instagram embed's "View this post on Instagram" and "A post
// shared by …" lines (review62). And a strip of other stories' headlines
// ("Trending: Israel strikes Iran · Trump tariffs on India"), which may stand over the story's dateline (wild56).
const TRAILERS =
  /^[ \t]*(?:[^\n]{0,300}\bcontributed (?:to this report|reporting)\.?|(?:-{1,2}|[\u2013\u2014]) ?With assistance from [^\n]*|Image source, [^\n]{1,80}|View this post on Instagram|A post shared by [^\n]{1,120}|(?:DOI|doi): ?10\.\d{4,9}\/\S+|Catch all the [^\n]{0,160}\b(?:[Nn]ews|[Uu]pdates)\b[^\n]{0,80}|(?:\u00a9|\([Cc]\)|Copyright \u00a9?) ?\d{4}\b[^\n]{0,200}|Sign up (?:for|to) [^\n]{0,120}|(?:Related(?: (?:[Nn]ews|[Ss]tor(?:y|ies)|[Aa]rticles?))?|RELATED(?: (?:NEWS|STORY|STORIES|ARTICLES?))?|CLICK HERE(?: TO READ| to read)?|Click here to read|(?:ALSO |Also )?(?:READ|Read)(?: MORE| [Mm]ore)?|Also read|Read also|READ ALSO|SEE ALSO|See also|WATCH|Watch|Recommended|RECOMMENDED|Suggested reading|SUGGESTED READING|Don['\u2019]t [Mm]iss|DON['\u2019]T MISS|(?:L[e\u00e9]a|Lee|LEA|LEE) (?:tambi[e\u00e9]n|TAMBI[E\u00c9]N)|(?:Leia|LEIA) (?:tamb[e\u00e9]m|mais|TAMB[E\u00c9]M|MAIS)|(?:[A\u00c0] lire|[A\u00c0] LIRE|Lire|LIRE) (?:aussi|AUSSI)|(?:Lesen Sie|LESEN SIE) (?:auch|AUCH)|Mehr zum Thema|MEHR ZUM THEMA|(?:Leggi|LEGGI) (?:anche|ANCHE))(?::| [|\u2013\u2014-]) [^\n]{0,200}|(?:Tags|TAGS|Filed under|FILED UNDER|Keywords|KEYWORDS): [^\n]{0,300}|(?:Trending(?: [Nn]ow)?|TRENDING(?: NOW)?): [^\n]{0,200}|(?:Share|SHARE) (?:this (?:article|story|page|post)|on|via)\b:?[^\n]{0,160}|(?:Share|SHARE) (?:this|THIS): [^\n]{1,160}|Posted (?:by [^\n.]{1,60}? )?on (?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8},? \d{4})(?:,? (?:at )?\d{1,2}[:.]\d{2} ?(?:[ap]\.?m\.?)?)?(?: by [^\n.]{1,60})?(?: in [^\n.]{1,200})?|ADVERTISEMENT|Advertisement|Follow [^\n]{1,160}https?:\/\/\S+|(?:(?:This|The) live (?:blog|page|coverage) (?:is|has) (?:now )?(?:closed|ended|paused)\.? ?)?Follow (?:our|[A-Z][^\s\n]{0,30}['\u2019]s?) (?:full |latest |live |ongoing |continuing |complete )?(?:coverage|reporting|live (?:blog|updates)|updates) (?:of|on) [^\n]{1,160}|(?:This|The) live (?:blog|page|coverage) (?:is|has) (?:now )?(?:closed|ended|paused)\b[^\n]{0,200}|Follow [^\n]{1,80} on (?:X|Twitter|Facebook|Instagram|LinkedIn|WhatsApp|Telegram|YouTube|TikTok|Threads|Google News)\b[^\n]{0,200}|Published in [A-Z][^\n,]{0,40}, [^\n]{0,30}\d{4}\.?|Subscribe to our [^\n]{0,80}newsletter[^\n]{0,80}|By providing an email address[^\n]{0,300})[ \t]*$/gm;
// The headings of a news page's sections under the story, each a line of its own, copied with it when a page is
// scraped: "Related Topics", "More on this story", "Top Stories", "Most read", "You may also like". Read as text,
// "Related Topics" was a name in every story of a page so copied (wild54). Reuters' pages close each story with "Our
// Standards: The Thomson Reuters Trust Principles." (an OTHER entity, wild55).
const PAGE_SECTIONS =
  /^[ \t]*(?:Related (?:[Tt]opics|[Ss]tories|[Aa]rticles|[Cc]ontent|[Cc]overage|[Ll]inks|[Nn]ews)|RELATED (?:TOPICS|STORIES|ARTICLES|CONTENT|COVERAGE|LINKS|NEWS)|More (?:on|about|from) this (?:story|topic|section)|Top [Ss]tories|TOP STORIES|Most (?:[Rr]ead|[Pp]opular|[Vv]iewed|[Ww]atched|[Ss]hared|[Rr]ecent)|MOST (?:READ|POPULAR|VIEWED|WATCHED|SHARED)|You (?:may|might) also (?:like|be interested in)|Elsewhere on the BBC|Recommended(?: for you| [Ss]tories)?|Latest [Ss]tories|Trending(?: [Nn]ow| [Ss]tories)?|Our Standards: The Thomson Reuters Trust Principles\.?)[ \t]*$/gm;
// The line a WordPress feed adds to each item's text: "The post <headline> appeared first on <site>." Its headline is
// the item's own, its site the publisher: neither is news of the story. Only at a line's start or after a sentence,
// and only before a site's name (capitalised words or a domain) at the line's end: "The post by Russia's defence
// ministry appeared first on Telegram and was shared in Serbia." is a story's sentence (read38 ★1).
const FEED_FOOTER = lazyPattern(
  () =>
    /(?<=^|[.!?]["'\u201d\u2019)]?[ \t]+)The post [^\n]{1,300}? appeared first on (?:\p{Lu}[\p{L}\p{N}&'\u2019.-]*|[\p{Ll}\p{N}-]+\.\p{Ll}{2,}[\p{L}\p{N}./-]*)(?: (?:\p{Lu}[\p{L}\p{N}&'\u2019.-]*|of|and|the|for|on|&)){0,7}\.?[ \t]*$/gmu,
);
// The tail of a press release, from its heading to the end: forward-looking statements, contacts, the
// "About <Company>" section.
const RELEASE_TAIL =
  /^[ \t]*(?:(?:(?:Cautionary|Special) (?:Note|Statement)s? (?:Regarding|Concerning|About) )?Forward[- ]Looking Statements?|FORWARD[- ]LOOKING STATEMENTS?|Safe Harbou?r Statement|SAFE HARBOU?R STATEMENT|(?:Media|Investor|Press)(?: Relations)? (?:[Cc]ontacts?|[Ii]nquiries)|Contacts?|CONTACTS?|SOURCE [A-Z][^\n:]{0,60}|Story Source|Journal References?|Cite This Page|Materials provided by [^\n]*)(?:[ \t]*:[^\n]*)?[ \t]*$|^[ \t]*About (?:the )?[A-Z][^\n.:]{0,78}$/gm;
// Science-news pages close so too: "Story Source:", "Materials provided by …", "Journal Reference:" and "Cite This
// Page:" over a citation's authors, title and journal (review62: they gave entities and the authors as persons).
// The tail headings news copy may also use, kept in a story's first half: "Contact" or "Contacts" alone, and
// the "About <Company>" heading of a release's company description ("About the vote" in a story).
const BARE_CONTACT = /^[ \t]*(?:Contacts?|CONTACTS?|About )\b/;
// The safe-harbour sentence of a release without a heading: its line goes.
const SAFE_HARBOR = /^[^\n]*Private Securities Litigation Reform Act[^\n]*$/gm;
// The legends of a release offering securities outside the United States (Canadian placements, wild59): "NOT FOR
// DISTRIBUTION TO UNITED STATES NEWSWIRE SERVICES OR FOR DISSEMINATION IN THE UNITED STATES" over the dateline, "not
// for distribution to U.S. newswire services", and the sentence "The securities have not been registered under the
// United States Securities Act of 1933 and may not be offered or sold in the United States …" (or "This news release
// does not constitute an offer to sell … in the United States"). They name where the story is not (the US led a
// Quebec mine's financing). Only the legend goes, never its line (review59 ★3: a body given as one line lost its
// story): the capitals legend to its last capital word, the newswire phrase, the sentence to its full stop. An SEC
// story's "had not been registered under the Securities Act" is news: the sentence is a legend only where the shares
// "may not be offered or sold".
const SECURITIES_LEGENDS =
  /\/?NOT FOR (?:DISTRIBUTION|DISSEMINATION)(?=[A-Z .,/]{0,120}(?:UNITED STATES|U\.S\.))[A-Z .,/]{0,200}|[Nn]ot for (?:distribution|dissemination) to (?:United States|U\.S\.) news ?wire services(?: or for dissemination in the United States)?|(?<=^|[.!?]["'\u201d\u2019)]?[ \t]+)(?:[^\n.!?]|[.!?](?![ \t])){0,200}?(?:(?:have|has) not been[^\n]{0,40}? registered under the (?:United States |U\.S\. )?Securities Act[^\n]{0,300}?offered or sold|does not constitute an offer to sell[^\n]{0,200}?(?:in the United States|to U\.S\. persons))[^\n]{0,600}?(?:\.(?=[ \t]+(?!Securities)[A-Z]|[ \t]*$)|$)/gm;
/**
 * Words at least one of the patterns above needs, each of seven characters or more. With the one- and
 * three-character "©" and "(c) 2025" among them V8's matcher tried the alternatives at every position;
 * without them it can look ahead over several characters first: about twice as fast on news bodies.
 * `mayHoldBoilerplate` asks for those two apart.
 */
const MAY_HOLD_BOILERPLATE =
  /[Cc]ontact|CONTACT|[Cc]heck back|CHECK BACK|[Tt]his is a|THIS IS A|earlier story|[Rr]eporting by|[Ee]diting by|Writing by|Compiled by|[Ll]ooking [Ss]tatement|LOOKING STATEMENT|[Hh]arbou?r [Ss]tatement|HARBOU?R STATEMENT|SOURCE |Inquiries|Litigation Reform|Securities Act|FOR DISTRIBUTION|FOR DISSEMINATION|ews ?wire|contributed|With assistance|Copyright|Sign up|Related: |appeared first on/;
/** A copyright line's short forms: "(c) 2025", "(C)2025". */
const SHORT_COPYRIGHT = /\([Cc]\) ?\d/;

/**
 * An agency's sign-off after the story's last sentence: PTI's and UNI's desk initials ("PTI GS RS ANE"),
 * IANS's "--IANS" with its editors' initials on the next line ("ak/dpb"), Xinhua's "Enditem", KUNA's
 * "(end)". Read as text the initials were an entity ("PTI GS RS ANE") and "PTI" Pakistan's party.
 * Only a line of its own or words after a sentence's end, and nothing after them: "PTI chairman Gohar Ali
 * Khan declined to comment." stays. Reuters' own sign-off of the 1980s, "REUTER" or "Reuter" on the last line
 * (Reuters-21578 keeps it), read as a sentence made a two-sentence item a longer story
 * (short-story.ts; wild50 C18).
 */
const SIGN_OFF =
  /(?:\n|(?<=[.!?"'\u201d\u2019)])[ \t]+)[ \t]*(?:(?:-{1,2}|\u2014)[ \t]*)?(?:(?:PTI|UNI|IANS|ANI|KUNA|WAM|BERNAMA|Bernama)(?:[ \t/]+[A-Z]{1,4}){0,8}|Enditem|ENDITEM|REUTERS?|Reuters?|\(end\)(?:[ \t]+[a-z]{1,4}(?:[./][a-z]{1,4})*)?)(?:[ \t]*\n[ \t]*[a-z]{1,4}(?:\/[a-z]{1,4})+)?\s*$/;
/** How far from the end of a body a sign-off is looked for: the longest one is ~40 characters. */
const SIGN_OFF_REACH = 80;

/** The body with an agency's sign-off at its end blanked (see `SIGN_OFF`). */
function withoutSignOff(text: string, from: number): string {
  // One character before the reach, so that the line break or full stop a sign-off follows is seen.
  const tailFrom = Math.max(from, text.length - SIGN_OFF_REACH, 1) - 1;
  const m = SIGN_OFF.exec(text.slice(tailFrom));
  return m ? blank(text, Math.max(from, tailFrom + m.index), text.length) : text;
}

/** Whether the text holds a word one of the boilerplate patterns needs. */
function mayHoldBoilerplate(text: string): boolean {
  return MAY_HOLD_BOILERPLATE.test(text) || text.includes('©') || SHORT_COPYRIGHT.test(text);
}
/**
 * The web furniture of `TRAILERS` and a release's "About" heading, as a line opens: tried at each line's
 * start only (a handful of lines), since adding them to the scan above made it scan every position for a
 * dozen more openings (+0.7% of all tagging time).
 */
const LINE_FURNITURE =
  /[ \t]*(?:RELATED: |READ(?: MORE| ALSO)?(?::| [|\u2013\u2014-]) |ALSO READ(?::| [|\u2013\u2014-]) |[Rr]ead(?: [Mm]ore| also)?(?::| [|\u2013\u2014-]) |Also [Rr]ead(?::| [|\u2013\u2014-]) |SEE ALSO|See also: |WATCH|Watch(?::| [|\u2013\u2014-]) |L[e\u00e9]a |Lee |LEA |LEE |Leia |LEIA |[A\u00c0] lire|[A\u00c0] LIRE|Lire |LIRE |Lesen Sie|LESEN SIE|Mehr zum|MEHR ZUM|Leggi |LEGGI |Suggested reading|SUGGESTED READING|Don['\u2019]t [Mm]iss|DON['\u2019]T MISS|RECOMMENDED|Tags: |TAGS: |Filed under: |FILED UNDER: |Keywords: |KEYWORDS: |Share |SHARE |Posted |CLICK HERE|Story Source|Journal Reference|Image source, |View this post|A post shared by |Cite This Page|Materials provided|DOI:|doi:|Click here to read|Catch all the |ADVERTISEMENT|Advertisement|Follow |This live |The live |Published in |Subscribe to our|By providing an email address|About |Related |RELATED |More (?:on|about|from) this |Top [Ss]tories|TOP STORIES|Most (?:[Rr]ead|[Pp]opular|[Vv]iewed|[Ww]atched|[Ss]hared|[Rr]ecent)|MOST |You m|Elsewhere on|Recommended|Latest [Ss]tories|Trending|Our Standards)/y;

/** Whether a line of the text opens with web furniture or an "About" heading. */
function mayHoldLineFurniture(text: string): boolean {
  for (let at = 0; at >= 0 && at < text.length; at = text.indexOf('\n', at) + 1 || -1) {
    LINE_FURNITURE.lastIndex = at;
    if (LINE_FURNITURE.test(text)) return true;
  }
  return false;
}

/**
 * The body without notices, credits (reporters', photos'), wire trailers, a page's lists of links, an agency's sign-off and a press
 * release's tail and distributor (blanked).
 */
export function withoutBoilerplate(body: string, dateline: Dateline | undefined, notesEnd = 0): string {
  // Bylines and editing notes before the story ("By Jane Smith", "(Adds comment …)"): no reporter is a
  // person of the story, no corrected province a place of it.
  let text = notesEnd > 0 ? blank(body, 0, notesEnd) : body;
  if (dateline?.start !== undefined && dateline.end !== undefined) {
    const credit = PRESS_CREDIT.exec(body.slice(dateline.start, dateline.end));
    if (credit) {
      const at = dateline.start + credit.index;
      text = blank(text, at, at + credit[0].length);
    }
  }
  const from = dateline?.end ?? 0;
  text = withoutAuthorNote(
    withoutLinkLists(withoutPhotoCredits(withoutSignOff(text, from), from), from),
    from,
  );
  // One cheap scan first: most stories hold none of these words, and the patterns below then never run
  // (a pattern scan is faster here than a dozen `includes`).
  if (!mayHoldBoilerplate(text) && !mayHoldLineFurniture(text)) return text;
  text = blankAll(text, NOTICE, from);
  text = blankAll(text, CREDITS, from);
  text = blankAll(text, INLINE_CREDITS, from);
  text = blankAll(text, SAFE_HARBOR, from);
  // Over the dateline too: the distribution legend heads a release.
  text = blankAll(text, SECURITIES_LEGENDS, 0);
  // Over a dateline found under the lines heading the story (text/dateline.ts), a trailer's line is no headline.
  text = blankAll(text, TRAILERS, dateline?.headlineEnd === undefined ? from : notesEnd);
  text = blankAll(text, PAGE_SECTIONS, from);
  if (text.includes('appeared first on')) text = blankAll(text, FEED_FOOTER, from);
  // A bare "Contact" heading in the first half of a story is no release's tail: cutting there would leave
  // most of the story untagged. The release's own headings (forward-looking statements, media contacts)
  // are taken wherever they stand.
  const start = releaseTailStart(text, from);
  return start === undefined ? text : blank(text, start, text.length);
}

// A note on the writer closing the story: "Jane Otieno is a business correspondent based in Nairobi." (review62:
// the writer's Nairobi gave KE to a story that was not Kenya's). Only the last line, so a story about a journalist
// keeps what it says of them.
// The note says where the writer works or what they cover, with no clause about them ("who has written for …"); and
// a writer the story itself names is its subject (review62: "Jane Wanjiru is the editor of The Standard" closing a
// story on an arrested editor).
const AUTHOR_NOTE = lazyPatternOf(
  "^[ \\t]*(?:\\p{Lu}[\\p{L}.'’-]*[ \\t]+){0,2}(\\p{Lu}[\\p{L}.'’-]*) is (?:an?|the) [^\\n.]{0,80}\\b(?:correspondent|reporter|editor|writer|journalist|columnist|contributor)\\b(?:(?! who )[^\\n])*\\b(?:based in|covers|covering|writes about|reports on|reports from)\\b(?:(?! who )[^\\n]){0,120}$",
  'u',
);
/** A longer last line is a paragraph of the story. */
const MAX_AUTHOR_NOTE = 300;

/** The text with a note on its writer blanked, when one is its last line after `from`. */
function withoutAuthorNote(text: string, from: number): string {
  let end = text.length;
  while (end > from && isWhiteSpaceUnit(codeUnitAt(text, end - 1))) end--;
  const start = text.lastIndexOf('\n', end - 1) + 1;
  if (start < from || end - start > MAX_AUTHOR_NOTE || end <= start) return text;
  const note = AUTHOR_NOTE.exec(text.slice(start, end));
  const surname = note?.[1];
  return surname && !text.slice(from, start).includes(surname) ? blank(text, start, end) : text;
}

/**
 * Where a press release's tail starts: its first heading after the dateline. A bare heading ("Contact",
 * "About …") opens it only in the story's second half or before one of the release's own headings
 * (forward-looking statements, media contacts); elsewhere it is a story's subheading.
 */
function releaseTailStart(text: string, from: number): number | undefined {
  const headings: [at: number, bare: boolean][] = [];
  RELEASE_TAIL.lastIndex = 0;
  for (let m = RELEASE_TAIL.exec(text); m; m = RELEASE_TAIL.exec(text))
    if (m.index > from) headings.push([m.index, BARE_CONTACT.test(m[0])]);
  const ownHeading = headings.some(([, bare]) => !bare);
  return headings.find(([at, bare]) => !bare || ownHeading || at >= text.length / 2)?.[0];
}

/**
 * Blanks every match of a global pattern that starts at or after `from`. The text is put together once from
 * its kept and blanked pieces: blanking match by match copied the whole text for each (slicing the string the
 * last blank made flattens it), quadratic in a long page with a trailer every few paragraphs.
 */
function blankAll(text: string, pattern: RegExp, from: number): string {
  let out = '';
  let kept = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    if (m.index < from) continue;
    out += text.slice(kept, m.index) + blanked(m[0]);
    kept = m.index + m[0].length;
  }
  return kept === 0 ? text : out + text.slice(kept);
}

/** `text` with the characters from `start` to `end` turned into spaces, line breaks kept. */
function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + blanked(text.slice(start, end)) + text.slice(end);
}

/** Each character of `part` but line breaks as a space. */
const blanked = (part: string) => part.replace(/[^\n]/g, ' ');
