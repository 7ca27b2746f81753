import { codeUnitAt, withoutMarks } from './chars.js';
import { isDateLine } from './date-lines.js';
import { lazyPattern, lazyPatternOf } from './lazy-pattern.js';
import { isCaptionLine, isFilePhotoCaption } from './photo-credits.js';

/**
 * Where the story starts in a body: after the lines that only introduce it — a byline ("By Anna Smith",
 * "BY ANNA SMITH AND BOB JONES, REUTERS"), an editing note ("(Adds comment …)", "Correction: …") or a
 * heading that repeats the title (a Markdown `# Title` under a front-matter title). Read as the story's lead, such a line would take the place of the sentence that
 * says what the story is about.
 */

/** Leading lines looked at; a story does not open with more than this of front matter. */
const MAX_FRONT_LINES = 4;
/** A byline longer than this is a sentence that happens to start with "By". */
const MAX_BYLINE_CHARS = 120;
/** An editing note longer than this is more than a note: the story itself may open so. */
const MAX_NOTE_CHARS = 400;

/**
 * Wire agencies that credit a dateline: the world's national and international agencies, as they write
 * their own names ("(Kyodo)", "(Yonhap)", "/TASS/", "(AA)", "(WAM)", "(Bernama)", "(EFE)"), and Europe's
 * national ones in their own language's copy ("DEN HAAG (ANP)", "WIEN (APA)", "BRUXELLES (Belga)"), Britain's
 * and Canada's ("LONDON, Sept 20 (PA) -", "TORONTO (CP) -"), and the Russian, Ukrainian, Greek and
 * Cypriot ones in their own script ("/ТАСС/", "(Укрінформ)", "(ΑΠΕ-ΜΠΕ)", "(ΚΥΠΕ)"): unknown, the credit stayed in the story as a name.
 */
export const AGENCY =
  '(?:Reuters|REUTERS|AP|AFP|PA|PA Media|CP|Bloomberg|Xinhua|dpa|UPI|PTI|IANS|ANI|Kyodo|Yonhap|KCNA|TASS|RIA Novosti|Interfax|AA|Anadolu|WAM|SPA|QNA|KUNA|IRNA|Bernama|Antara|PNA|EFE|ANSA|Prensa Latina|APP|NAN|AAP|CNA|BSS|UNB|Lusa|PAP|CTK|MTI|Agerpres|BTA|Tanjug|HINA|STA|SANA|MENA|Ukrinform|BelTA|Kazinform|Azertag|Armenpress|ANP|Belga|APA|Keystone-SDA|SDA|ATS|Europa Press|AGI|Adnkronos|NTB|Ritzau|STT|ČTK|Notimex|\u0422\u0410\u0421\u0421|\u0420\u0418\u0410 \u041d\u043e\u0432\u043e\u0441\u0442\u0438|\u0418\u043d\u0442\u0435\u0440\u0444\u0430\u043a\u0441|\u0423\u043a\u0440\u0456\u043d\u0444\u043e\u0440\u043c|\u0423\u041d\u0406\u0410\u041d|\u0391\u03a0\u0395-\u039c\u03a0\u0395|\u039a\u03a5\u03a0\u0395)';
/** Wire agencies whose credit opens a story: "(Reuters) -", "WASHINGTON (AP) —", "NEW DELHI, April 8 (PTI)". */
export const AGENCY_CREDIT = `\\(${AGENCY}\\)`;
/** Press-release distributors, credited in a dateline: "/PRNewswire/", "--(BUSINESS WIRE)--", "/ ACCESSWIRE /". */
export const PRESS_WIRE =
  '(?:PRNewswire(?:-[A-Za-z ]+)?|PR Newswire|BUSINESS WIRE|Business Wire|GLOBE NEWSWIRE|GlobeNewswire|ACCESSWIRE|ACCESS Newswire|Newsfile Corp\\.|Marketwired|CNW|PRWeb|EINPresswire(?:\\.com)?)';
// A credit with no place before it ("(Reuters) - Astronomers using…") introduces the story as a dateline does.
const BARE_CREDIT = new RegExp(`^\\s*${AGENCY_CREDIT}\\s*(?:—|–|--|-)\\s+`);

const NAME_WORD = "\\p{Lu}[\\p{L}.'’-]*";
const NAME_JOINER = '(?:and|&|de|da|del|van|von|der|al|bin|la|le)';
// A byline also names where each writer files from: "By Priya Nair in Mumbai and Tom Keller in Chicago" (the
// FT's, the Guardian's and Bloomberg's form; review62 ★3: the writer's Mumbai became the story's focus).
const BYLINE_JOINER = '(?:and|&|de|da|del|van|von|der|al|bin|la|le|in)';
// "By Anna Smith", "By Anna Smith and Bob Jones, Reuters", "By ANNA SMITH | Staff writer", a blog's
// "Posted by Léa Martin · 9 Sep 2025 · 4 min read"; the Spanish and Portuguese "Por", the French "Par" and the
// German "Von" over a dateline ("Por Mariana Gómez\nNECOCLÍ, Colombia —", wild58).
const BY =
  '(?:(?:Posted|Written|Words|Reporting|Reported|Compiled|Produced|Story|Text|Edited) by|By|BY|by|Por|POR|Par|PAR|Von|VON)';
// Both made on first use (lazy-pattern.ts): a story whose first lines are long never runs them.
const BYLINE = lazyPattern(
  () =>
    new RegExp(
      `^${BY}\\s+${NAME_WORD}(?:\\s+(?:${NAME_WORD}|${BYLINE_JOINER}))*(?:\\s*(?:,|;|\\||·|—|–|-)\\s*[^.!?]*)?$`,
      'u',
    ),
);

// A byline with nothing after the names: safe as its own line even in hard-wrapped copy.
const BARE_BYLINE = lazyPattern(
  () => new RegExp(`^${BY}\\s+${NAME_WORD}(?:\\s+(?:${NAME_WORD}|${BYLINE_JOINER})){0,9}$`, 'u'),
);

// An agency's note on what a new version changed, "(Adds comment from families' lawyer in paragraph 4)",
// "(Updates with closing prices)", "(Corrects spelling of minister's name in paragraph 3)", and a paper's
// correction or editor's note opening the story: about the copy, not the story.
const EDIT_NOTE =
  /^(?:\((?:Adds|Updates|Recasts|Corrects|Changes|Rewrites|Refiles|Repeats|Removes|Fixes|Inserts|Moves|Writes through|Replaces|Restores|Deletes|Clarifies|Expands|Tops|Overhauls|Reworks|Re-?issues|Edits|Amends)\b[^()]*(?:\([^()]*\)[^()]*)*\)|(?:Correction|CORRECTION|Clarification|CLARIFICATION|Editor['\u2019]s [Nn]ote|EDITOR['\u2019]S NOTE)\s*:\s+\S.*)$/u;

// A byline with no name: "From our correspondent in Mumbai", "From a staff reporter" (review62).
const CORRESPONDENT_LINE = lazyPatternOf(
  "^From (?:our|a|an) (?:own |special |staff |foreign )?(?:correspondents?|reporters?)(?: in \\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,3})?$",
  'u',
);

/**
 * Whether "NAME, Town" on a line of its own is a writer's name and the town filed from ("PRIYA NAIR, Mumbai", "Staff
 * Reporter, Chennai"): asked of the tagger, which knows names and towns. A dateline's "KYIV, Ukraine" is none.
 */
export type WriterAndTown = (name: string, town: string) => boolean;
// Two to four capitalised words, a comma, one to three more (review62: "PRIYA NAIR, Mumbai" put India in a US story's focus).
const NAME_AND_TOWN = lazyPatternOf(
  "^(\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){1,3}), (\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,2})$",
  'u',
);

// A reporter's name alone on its line, over the line with the reporter's role: "Jane Smith\nPolitical correspondent".
const NAME_LINE = lazyPattern(
  () => new RegExp(`^${NAME_WORD}(?:\\s+(?:${NAME_WORD}|${NAME_JOINER})){1,5}$`, 'u'),
);
// The role line under a byline or a reporter's name: "Political correspondent", "Business reporter, BBC News",
// "Senior Editor | The Times", or the agency or outlet alone ("Reuters", "Associated Press", "BBC News").
const ROLE_LINE = lazyPattern(
  () =>
    new RegExp(
      `^(?:[^.!?\\n]{0,60}\\b(?:[Cc]orrespondents?|[Rr]eporters?|[Ee]ditors?|[Ww]riters?|[Cc]olumnists?|[Jj]ournalists?|[Cc]ontributors?|[Cc]ommentators?|[Pp]roducers?|[Pp]resenters?|[Cc]ritics?|CORRESPONDENTS?|REPORTERS?|EDITORS?|WRITERS?)\\b[^.!?\\n]{0,60}|${AGENCY}|Associated Press|Agence France-Presse|\\p{Lu}[\\p{L}&'\u2019.-]*(?: \\p{Lu}[\\p{L}&'\u2019.-]*){0,3} News)$`,
      'u',
    ),
);

const NOT_LETTERS_OR_DIGITS = lazyPatternOf('[^\\p{L}\\p{N}]+', 'gu');

/** A line's letters and digits, lower-cased and without accents: a title and its repeat share it. */
export const comparable = (text: string) =>
  withoutMarks(text.normalize('NFKD')).toLowerCase().replace(NOT_LETTERS_OR_DIGITS, ' ').trim();

/** Letters and digits a-z, A-Z, 0-9: each stays one letter or digit of `comparable`'s key. */
const isAsciiLetterOrDigit = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/**
 * The number of letters and digits in `comparable(text)` when `text` is ASCII (where `comparable` keeps
 * each letter and digit, lower-cased, and turns everything else into spaces); -1 for other text.
 */
function asciiKeyLetters(text: string): number {
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = codeUnitAt(text, i);
    if (c >= 128) return -1;
    if (isAsciiLetterOrDigit(c)) letters++;
  }
  return letters;
}

/**
 * Whether `comparable(line)` cannot be a key of `keyLetters` letters and digits, told without normalising
 * the line, which is often a whole paragraph. Every ASCII letter and digit of a line stays one in its key
 * whatever else the line holds, so more of them than the key has rule it out; for a line in ASCII only,
 * so do fewer.
 */
function cannotEqualKey(line: string, keyLetters: number): boolean {
  let letters = 0;
  let ascii = true;
  for (let i = 0; i < line.length; i++) {
    const c = codeUnitAt(line, i);
    if (c >= 128) ascii = false;
    else if (isAsciiLetterOrDigit(c) && ++letters > keyLetters) return true;
  }
  return ascii && letters !== keyLetters;
}

/** Where the story starts in a body, and where its bylines and editing notes end. */
export interface FrontMatter {
  /**
   * Offset of the first line that is not a byline, an editing note or a repeat of `title`, after a bare
   * agency credit ("(Reuters) - "); 0 when none is.
   */
  readonly storyStart: number;
  /** End of the last byline or editing note before the story (0 when none): no tag comes from them. */
  readonly notesEnd: number;
}

/** Offset in `body` where the story starts: see `FrontMatter.storyStart`. */
export function storyStart(body: string, title: string): number {
  return readFrontMatter(body, title).storyStart;
}

/** The text of the body's line from `offset` to `newline`, without a Markdown heading's marks. */
const lineText = (body: string, offset: number, newline: number) =>
  body
    .slice(offset, newline)
    .replace(/^#{1,6}\s+/, '')
    .trim();

/** The line after the line break at `newline`, if it ends in another line break (no story's lead is so short). */
function nextLine(body: string, newline: number): string | undefined {
  const end = body.indexOf('\n', newline + 1);
  return end < 0 || end - newline > MAX_BYLINE_CHARS + 2 ? undefined : lineText(body, newline + 1, end);
}

/** Whether the line after `newline` is a role line (see ROLE_LINE). */
function roleLineFollows(body: string, newline: number): boolean {
  const next = nextLine(body, newline);
  return next !== undefined && ROLE_LINE.test(next);
}

/** Whether the line after `newline` is a role line or a date line: the byline above it stands as its own line. */
function frontLineFollows(body: string, newline: number): boolean {
  const next = nextLine(body, newline);
  return next !== undefined && (ROLE_LINE.test(next) || isDateLine(next));
}

/** Whether a line is "NAME, Town" that `writerAndTown` reads as a writer's name and town. */
function isWriterAndTownLine(line: string, writerAndTown: WriterAndTown): boolean {
  if (!line.includes(', ')) return false;
  const m = NAME_AND_TOWN.exec(line);
  return m !== null && writerAndTown(m[1]!, m[2]!);
}

export function readFrontMatter(body: string, title: string, writerAndTown?: WriterAndTown): FrontMatter {
  // A title in ASCII is normalised only if a line could repeat it: most bodies open with a sentence.
  const asciiLetters = asciiKeyLetters(title);
  let titleKey = asciiLetters < 0 ? comparable(title) : undefined;
  const keyOfTitle = () => {
    titleKey ??= comparable(title);
    return titleKey;
  };
  const titleLetters =
    titleKey === undefined ? asciiLetters : titleKey.length - (titleKey.match(/ /g)?.length ?? 0);
  let start = 0;
  let offset = 0;
  let notesEnd = 0;
  // Whether the line before was a byline or a reporter's name, which a role line may follow.
  let named = false;
  for (let line = 0; line < MAX_FRONT_LINES; line++) {
    while (offset < body.length && /\s/.test(body[offset] as string)) offset++;
    const newline = body.indexOf('\n', offset);
    if (newline < 0) break;
    const text = lineText(body, offset, newline);
    // In hard-wrapped copy a line is often half a sentence ("By Friday, OPEC members will"): a byline with
    // more than names must stand as its own paragraph, or over a date or role line.
    const ownParagraph = /^\n[ \t]*(?:\n|$)/.test(body.slice(newline));
    const byline =
      text.length <= MAX_BYLINE_CHARS &&
      (BARE_BYLINE.test(text) ||
        CORRESPONDENT_LINE.test(text) ||
        (BYLINE.test(text) && (ownParagraph || frontLineFollows(body, newline))) ||
        (ownParagraph && writerAndTown !== undefined && isWriterAndTownLine(text, writerAndTown)));
    // A reporter's name alone, over a role line: "Jane Smith\nSports correspondent".
    const name =
      !byline && text.length <= MAX_BYLINE_CHARS && NAME_LINE.test(text) && roleLineFollows(body, newline);
    const note =
      byline ||
      name ||
      (named && text.length <= MAX_BYLINE_CHARS && ROLE_LINE.test(text)) ||
      isDateLine(text) ||
      // An archive photo's caption over the story (scraped web copy): its places and people are an old picture's.
      isFilePhotoCaption(text) ||
      (text.length <= MAX_NOTE_CHARS && EDIT_NOTE.test(text));
    named = byline || name;
    // Another photo's caption over the story: not the lead, but its words stay (the picture is the story's).
    const introduces =
      note ||
      isCaptionLine(text) ||
      (titleLetters > 0 && !cannotEqualKey(text, titleLetters) && comparable(text) === keyOfTitle());
    if (!introduces) break;
    if (note) notesEnd = newline;
    offset = newline + 1;
    start = offset;
  }
  while (start > 0 && start < body.length && /\s/.test(body[start] as string)) start++;
  const credit = BARE_CREDIT.exec(body.slice(start, start + 40));
  if (credit) start += credit[0].length;
  return { storyStart: start < body.length ? start : 0, notesEnd };
}
