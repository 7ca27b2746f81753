import { AGENCY, AGENCY_CREDIT, PRESS_WIRE } from './front-matter.js';
import { lazyPattern, lazyPatternOf } from './lazy-pattern.js';
import { MONTH_NAMES, MONTH_WORD } from './months.js';

/** The place and date a story was filed from, e.g. "TAIPEI, Taiwan —" or "WASHINGTON (Reuters) -". */
export interface Dateline {
  readonly text: string;
  /** The place part: "TAIPEI, Taiwan", "WASHINGTON". */
  readonly place: string;
  /** Where the dateline is in the body; absent when it came as its own field. */
  readonly start?: number;
  readonly end?: number;
  /** Where a headline written above the dateline ends ("SOCCER - … .\nMOSCOW 1996-08-30"): its words are no dateline's. */
  readonly headlineEnd?: number;
}

/**
 * Whether a body offset falls inside the dateline written at the start of the body. Not before it: a photo's
 * caption over "ACCRA, Ghana (AP) —" is the front matter's (front-matter.ts), its places no dateline's (wild55 B2).
 */
export function isInInlineDateline(
  dateline: Dateline | undefined,
  field: 'title' | 'body',
  start: number,
): boolean {
  return (
    field === 'body' &&
    dateline?.end !== undefined &&
    start < dateline.end &&
    start >= (dateline.headlineEnd ?? dateline.start ?? 0)
  );
}

const MONTH = `${MONTH_WORD}\\.?\\s+\\d{1,2}`;
// "1st December, 2025" (the Gulf agencies), "20 November" (TASS in English).
const DAY_FIRST = `\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_WORD}`;
// Day-first dates of the French, Spanish, Italian, Portuguese, Dutch, German and Polish agencies: "16 octobre",
// "12 mar", "9 luglio", "3. März", "17 czerwca" (Polish months are written in the genitive), "1er janvier",
// "12 de marzo". Each stem opens a month's name or abbreviation in one of them and no other word a day precedes.
const LOCAL_MONTH_STEMS =
  'jan jän fe fé mar mär maa av ap ab mai mag may maj mei jui jun jul giu lug ao ag aug sep set sie sty oct ott okt out nov déc dec dic dez gen ene lut kwi cze lip wrz paź lis gru';
// Russian and Ukrainian months in the genitive ("5 декабря", "5 грудня") and Greek's ("5 Δεκεμβρίου"), as TASS,
// RIA Novosti, Ukrinform and ANA-MPA date a dateline ("МОСКВА, 5 декабря. /ТАСС/.").
const SCRIPT_MONTH_STEMS =
  '\u044f\u043d\u0432 \u0444\u0435\u0432 \u043c\u0430\u0440 \u0430\u043f\u0440 \u043c\u0430 \u0438\u044e\u043d \u0438\u044e\u043b \u0430\u0432\u0433 \u0441\u0435\u043d \u043e\u043a\u0442 \u043d\u043e\u044f \u0434\u0435\u043a' +
  ' \u0441\u0456\u0447 \u043b\u044e\u0442 \u0431\u0435\u0440 \u043a\u0432\u0456\u0442 \u0442\u0440\u0430\u0432 \u0447\u0435\u0440\u0432 \u043b\u0438\u043f \u0441\u0435\u0440\u043f \u0432\u0435\u0440 \u0436\u043e\u0432\u0442 \u043b\u0438\u0441\u0442 \u0433\u0440\u0443\u0434' +
  ' \u03b9\u03b1\u03bd \u03c6\u03b5\u03b2 \u03bc\u03b1\u03c1 \u03b1\u03c0\u03c1 \u03bc\u03b1 \u03b9\u03bf\u03c5\u03bd \u03b9\u03bf\u03c5\u03bb \u03b1\u03c5\u03b3 \u03c3\u03b5\u03c0 \u03bf\u03ba\u03c4 \u03bd\u03bf\u03b5 \u03b4\u03b5\u03ba';
const LOCAL_MONTH = `(?:${`${LOCAL_MONTH_STEMS} ${SCRIPT_MONTH_STEMS}`
  .split(' ')
  .map((stem) => `[${stem[0]!.toUpperCase()}${stem[0]}]${stem.slice(1)}`)
  .join('|')})\\p{L}*\\.?`;
const LOCAL_DAY_FIRST = `\\d{1,2}(?:er|\\.)?\\s+(?:de\\s+)?${LOCAL_MONTH}`;
// An all-capitals wire's month: "BEIJING, DEC 9 (REUTERS) -".
const CAPITALS_MONTH = `(?:${MONTH_NAMES.map((name) => name.slice(0, 3).toUpperCase()).join('|')})[A-Z]*\\.?\\s+\\d{1,2}`;
const DATE = `(?:${MONTH}|${DAY_FIRST}|${LOCAL_DAY_FIRST}|${CAPITALS_MONTH})(?:,?\\s*(?:de\\s+)?\\d{4})?`;
// A place name: capitalised words, with the lower-case joiners of Romance names ("RIO DE JANEIRO").
const PLACE_NAME = "\\p{Lu}[\\p{L}.'’-]*(?:[ ](?:\\p{Lu}[\\p{L}.'’-]*|de|del|da|do|dos|das|la|el|of))*";
// A Brazilian town's state in brackets after it, as the country's papers and wires write it: "FOZ DO IGUAÇU (PR), 6 de
// dezembro (Reuters) -", "SÃO PAULO (SP) -" (wild58).
const BRAZILIAN_STATE = '(?:\\s*\\(\\p{Lu}{2}\\))?';
const DASH = '(?:—|–|--|-)';
// Two agencies' credit, one of them known: "Buenos Aires, 8 dic (Télam/EFE) -" (wild58).
const JOINT_CREDIT = `\\((?:\\p{L}[\\p{L}-]*/${AGENCY}|${AGENCY}/\\p{L}[\\p{L}-]*)\\)`;
// An agency's credit, "(Kyodo)" or TASS's "/TASS/", and what follows it: a dash, ANI's colon ("(ANI):"),
// EFE's ".-", TASS's full stop, or, as Indian agencies write it, no dash at all ("BENGALURU, June 4 (PTI)
// At least…"), where the capital or digit that opens the story stands for the dash.
const CREDITED = `(?:${AGENCY_CREDIT}|${JOINT_CREDIT}|/${AGENCY}/)(?:\\s*\\.?\\s*${DASH}\\s+|:\\s+|\\.\\s+|\\s+(?=[\\p{Lu}\\d"“]))`;
// AAP and Kyodo write their credit after the date without brackets: "NEWCASTLE, Dec 9 AAP -", "TOKYO, Dec 9
// Kyodo -". Only after a date, where no story's words stand.
const BARE_AGENCY = `,?\\s+${AGENCY}(?=\\s*${DASH}\\s)`;
// The Wall Street Journal's and some African papers' dash against both words: "ABUJA—The", "LAGOS, Nigeria—".
// Only an em dash after a place in capitals (`isTightDash`): "Hamas—The group …" opens a story, and an en dash or a
// country's short form joins a compound ("U.S.–China trade talks", "US—Iran talks", "UK–EU talks"; review58).
const TIGHT_DASH = '\u2014(?=[\\p{Lu}"\u201c])';
// PLACE[/PLACE][, Region][ [Country]][, Date[ Agency]][.][ (Agency)] followed by a dash; Reuters files a story from
// two bureaus as "WASHINGTON/OTTAWA"; ANI writes "New Delhi [India], November 20 (ANI):".
const INLINE = lazyPattern(
  () =>
    new RegExp(
      `^\\s*(${PLACE_NAME}(?:\\s?/\\s?${PLACE_NAME})*(?:,\\s*\\p{Lu}[\\p{L}.'’-]*(?:[ ]\\p{Lu}[\\p{L}.'’-]*)*)?)${BRAZILIAN_STATE}(?:\\s*\\[\\p{Lu}[\\p{L} ]*\\])?(?:,\\s*${DATE}(?:${BARE_AGENCY})?)?\\.?(?:\\s*${CREDITED}|\\s*${DASH}\\s+|${TIGHT_DASH})`,
      'u',
    ),
);
// The colon style of South Asian, Singaporean and Australian papers: "CHENNAI:", "KARACHI:", "NEW DELHI:".
// Only a place in capitals, and none of the labels that open a story the same way ("UPDATE:", "WATCH:").
const COLON = lazyPattern(
  () =>
    new RegExp(
      `^\\s*(\\p{Lu}[\\p{Lu}.'’-]+(?:[ ]\\p{Lu}[\\p{Lu}.'’-]+){0,3})(?:,\\s*${DATE})?:\\s+(?=[\\p{Lu}\\d"“])`,
      'u',
    ),
);
// The Gulf papers' and Hindustan Times' colon in title case: "Dubai: Police have warned …", "Abu Dhabi: The
// department said …", "Mumbai, Dec 7: …". One to three words each opening in a capital ("Ras al-Khaimah" keeps its
// particle), then the story's first word in a capital or a digit, not a quote.
const TITLE_COLON = lazyPattern(
  () =>
    new RegExp(
      `^\\s*(\\p{Lu}[\\p{L}'’-]+(?:[ ](?:al-|el-)?\\p{Lu}[\\p{L}'’-]+|[ ](?:al|el|es|de)[ ]\\p{Lu}[\\p{L}'’-]+){0,2})(?:,\\s*${DATE})?:\\s+(?=[\\p{Lu}\\d])`,
      'u',
    ),
);
/**
 * What a speaker's label in a transcript opens with ("Sydney: I think …", "Paris: Thank you."): the first person, an
 * answer or a greeting, where a dateline's story opens with its news.
 */
const SPOKEN_OPENING =
  /^(?:I|I'm|I've|We|We're|You|Yes|No|Well|Thanks|Thank|Hi|Hello|Oh|So|Okay|OK|Sure|Absolutely)\b/;
// A place in capitals credited to an outlet that is no wire agency, a paper or a broadcaster of its own:
// "NAIROBI (The Star) -", "SUVA (Fiji Times) -", "MOMBASA (Nation Media) —". Only where the capitals name a
// place: "NATO (North Atlantic Treaty Organization) -" opens a sentence. A US station writes its state's postal
// code after the town: "SEATTLE, WA (KING) -".
const OUTLET = lazyPattern(
  () =>
    new RegExp(
      `^\\s*(\\p{Lu}[\\p{Lu}.'’-]+(?:[ ]\\p{Lu}[\\p{Lu}.'’-]+){0,3}(?:,[ ]\\p{Lu}{2})?)(?:,\\s*${DATE})?\\s*\\((?:The\\s+)?\\p{Lu}[\\p{L}\\d&.'’-]*(?:\\s+\\p{Lu}[\\p{L}\\d&.'’-]*){0,3}\\)\\s*${DASH}\\s+`,
      'u',
    ),
);
// "서울 —", "القاهرة —", "नई दिल्ली —", "東京 —": a place of one to three words in a script without capitals
// (Korean, Arabic, Devanagari, Chinese, Japanese) before a dash; INLINE asks for a capital (wild40, finding 4).
const UNCASED = lazyPatternOf(
  '^\\s*([\\p{Lo}\\p{M}]+(?:[ ][\\p{Lo}\\p{M}]+){0,2})\\s*[\\u2014\\u2013]\\s*',
  'u',
);
// Chinese agencies and papers: "北京电" (Beijing cable), Xinhua's "新华社日内瓦电" (Geneva) and
// "新华社北京12月4日电（记者 …）": the place, then the date, before 电 (cable).
const CHINESE_CABLE = lazyPattern(
  () =>
    /^\s*(?:\u65b0\u534e\u793e|\u4e2d\u65b0\u793e)?(\p{Script=Han}{2,5}?)(?:\d{1,2}\u6708\d{1,2}\u65e5)?\u7535(?=[\s\u3000(\uff08])/u,
);
/** Scripts with capitals end here (Latin, Greek, Cyrillic, Armenian): later ones have none. */
const LAST_CASED_SCRIPT = 0x058f;

/** A dateline of a script without capitals, read only where the opening is written in one. */
function uncasedDateline(opening: string): RegExpExecArray | null {
  const first = opening.trimStart().codePointAt(0) ?? 0;
  if (first <= LAST_CASED_SCRIPT) return null;
  return UNCASED.exec(opening) ?? CHINESE_CABLE.exec(opening);
}

// Labels that open a story the same way; some are also towns somewhere ("Alert", "Live Oak"), so a place
// look-up alone would let them through.
const NOT_PLACES = new Set(
  'UPDATE UPDATED BREAKING WATCH LISTEN READ NOTE CORRECTION WARNING EXCLUSIVE ANALYSIS OPINION COMMENT REVIEW LIVE VIDEO PHOTOS ALERT URGENT FLASH ADVISORY DEVELOPING MORE RELATED SOURCE CONTACT SUMMARY BACKGROUND QUESTION ANSWER FACTBOX EXPLAINER'.split(
    ' ',
  ),
);

/** A live page's label in the languages the tagger reads: "EN DIRECT -", "EN VIVO -", "LIVE-TICKER -". */
const LIVE_LABELS = new Set([
  'EN DIRECT',
  'DIRECT',
  'EN VIVO',
  'EN DIRECTO',
  'DIRECTO',
  'AO VIVO',
  'IN DIRETTA',
  'DIRETTA',
  'LIVE-TICKER',
  'LIVETICKER',
  'LIVEBLOG',
  'LIVE BLOG',
]);

const YEAR = ',?\\s*\\d{4}';
// A press release: "CHICAGO, March 3, 2025 /PRNewswire/ --", "LONDON, 4 March 2026 /PRNewswire/ --" (a day first, as
// European releases write it: review61), "BOSTON--(BUSINESS WIRE)--", "SANTA CLARA,
// Calif., Nov. 19, 2025 (GLOBE NEWSWIRE) --", "TORONTO, ON / ACCESSWIRE / June 2, 2025 /"; a joint release of two
// firms names both seats ("BOSTON and OSAKA, Japan, March 3, 2026 (GLOBE NEWSWIRE) --").
// Its place is written against the dash ("BOSTON--", "AUSTIN, Texas--"): a hyphen in a word joins letters.
const PRESS_WORD = "\\p{Lu}(?:[\\p{L}.'’]|-(?=\\p{L}))*";
const PRESS_RELEASE = lazyPattern(
  () =>
    new RegExp(
      `^\\s*(${PRESS_WORD}(?:[ ](?:${PRESS_WORD}|de|del|da|la|el|of|and))*(?:,\\s*${PRESS_WORD}(?:[ ]${PRESS_WORD})*)?)(?:,\\s*(?:${MONTH}|${DAY_FIRST})(?:${YEAR})?)?\\s*(?:(?:—|–|--|-)?\\s*\\(\\s*${PRESS_WIRE}\\s*\\)\\s*(?:—|–|--|-)|/\\s*${PRESS_WIRE}\\s*/(?:\\s*${MONTH}${YEAR}\\s*/)?(?:\\s*(?:—|–|--|-))?)\\s*`,
      'u',
    ),
);

// A character every match of INLINE (its dash or its agency's "(…)" or "/…/") and of PRESS_RELEASE (its
// distributor's "(…)" or "/…/") holds, as COLON holds its colon. An opening without one has no such dateline,
// and its first article spares V8 compiling these two, the largest patterns the tagger runs (~3–5 ms).
const CREDIT_OR_DASH = /[-\u2013\u2014(/]/;
/**
 * The shape of INLINE in plain classes, which V8 compiles in a fraction of the time: each of its parts widened
 * (a capitalised word: any word not opening with a lower-case ASCII letter, of no space, slash, comma, bracket or
 * parenthesis; a date: one to five words; an agency's credit or a dash: its first character), so that whatever INLINE
 * matches this matches too. A joiner ("de", "la", "of") is followed in INLINE by a space or by the separator or mark
 * that comes next. An opening this does not match (most stories: "The Bank of Japan raised …", "Council tax bills
 * in Leeds …") has no such dateline, and INLINE is not compiled for it. Each word ends at a space or a separator, so
 * the look is linear in the opening's words.
 */
const CAP_SHAPE = String.raw`[^a-z\s/,[\]()][^\s/,[\]()]*`;
const PLACE_SHAPE = String.raw`${CAP_SHAPE}(?: (?:${CAP_SHAPE}|(?:de|del|da|do|dos|das|la|el|of)(?=[\s,./[(\u2013\u2014-]|$)))*`;
const INLINE_SHAPE = new RegExp(
  String.raw`^\s*${PLACE_SHAPE}(?:\s?\/\s?${PLACE_SHAPE})*(?:,\s*${CAP_SHAPE}(?: ${CAP_SHAPE})*)?(?:\s*\([A-Z]{2}\))?(?:\s*\[[^\]]*\])?(?:,\s*\S+(?:\s+\S+){0,4})?\.?\s*[(/\u2013\u2014-]`,
);
/** A distributor's name, which every match of PRESS_RELEASE holds (PRESS_WIRE's words), asked before it. */
const PRESS_WIRE_WORD = /[Ww]ire|WIRE|Newsfile|CNW|PRWeb/;

/**
 * The dateline given, or the one that opens the story at `from` (after a byline, say). `isPlace` says
 * whether capitals before a colon name a place ("KARACHI:") rather than a speaker ("BIDEN:"); without it
 * the colon style is not read.
 */
export function detectDateline(
  body: string,
  given?: string,
  from = 0,
  isPlace?: PlaceTest,
): Dateline | undefined {
  if (given?.trim()) {
    const text = given.trim();
    const place = placeOf(text);
    // "BENGALURU, Nov 5 (Reuters) -" opening a body whose dateline came apart: the same dateline again, not
    // the story's first words (its credit would be a name).
    const inline = inlineDateline(body, from, isPlace);
    if (inline && inline.place.toLowerCase() === place.toLowerCase())
      return { text, place, start: inline.start, end: inline.end };
    return { text, place };
  }
  return inlineDateline(body, from, isPlace) ?? datelineUnderHeadLines(body, from, isPlace);
}

/** Lines that may stand above a story's dateline: a label ("FOR IMMEDIATE RELEASE"), a slug, the headline. */
const MAX_HEAD_LINES = 3;
const MAX_HEAD_LINE_CHARS = 200;
/** A line that ends as a sentence or a clause does is the story's text, not a line over it. */
const SENTENCE_END = /[.,;:\u2026]["'\u201d\u2019)]*$/u;
const SPACES = /\s+/;
const SPACE = /\s/;

/**
 * The dateline of a story whose first lines head it: "FOR IMMEDIATE RELEASE\n\n<headline>\n\nOSLO, Norway,
 * Dec. 7, 2026 /PRNewswire/ --", a wire slug and headline over "LONDON, Dec 7 (Reuters) -", a web page's "Listen
 * to this article" and "Share full article" over its headline and "BANGKOK —". Each line passed over is short and
 * ends as no sentence does, and the dateline under them must be one a desk files (see `isFiledDateline`): a
 * briefing's "Japan — …" under a heading is an item's label. The lines passed over are kept as the story's
 * headline (`headlineEnd`), as the wire's own headline over "MOSCOW 1996-08-30" is.
 */
function datelineUnderHeadLines(
  body: string,
  from: number,
  isPlace: PlaceTest | undefined,
): Dateline | undefined {
  let at = from;
  for (let line = 0; line < MAX_HEAD_LINES; line++) {
    const newline = body.indexOf('\n', at);
    if (newline < 0) return undefined;
    const text = body.slice(at, newline).trim();
    if (!text || text.length > MAX_HEAD_LINE_CHARS || SENTENCE_END.test(text)) return undefined;
    at = newline + 1;
    while (at < body.length && SPACE.test(body.charAt(at))) at++;
    const found = inlineDateline(body, at, isPlace);
    if (found && isFiledDateline(found, isPlace)) return { ...found, headlineEnd: at };
  }
  return undefined;
}

/**
 * A dateline as a desk files it: credited ("(Reuters)", "/PRNewswire/") or dated; or its place in capitals
 * ("BANGKOK —") or named with its region or country ("Oslo, Norway —") and known to the lists. A briefing's
 * "Japan — …" under a heading is an item's label; a line of capitals hard-wrapped before "PCT - OFFICIAL"
 * names no place.
 */
function isFiledDateline(dateline: Dateline, isPlace: PlaceTest | undefined): boolean {
  const head = dateline.place.split(',')[0]!.trim();
  if (head.split(SPACES).some((w) => NOT_PLACES.has(w) || LABEL_WORDS.has(w))) return false;
  if (CREDIT_MARK.test(dateline.text) || DIGIT.test(dateline.text)) return true;
  return (!LOWER.test(head) || dateline.place.includes(',')) && isPlace?.(head) === true;
}

// "MOSCOW 1996-08-30", "TOFTIR , Faroe Islands 1996-08-31": a line of a place and an ISO date, under the
// headline the wire wrote into the body, and under a byline's line after it ("Jane Smith\nKELVANO 1996-08-30": the
// byline hid a town no list knows, wild55 A2).
const ISO_LINE = lazyPattern(
  () =>
    new RegExp(
      `^[^\\n]{3,200}\\n(?:[^\\n\\d]{3,60}\\n)?(${PLACE_NAME}(?:\\s?,\\s*\\p{Lu}[\\p{L}.'’-]*(?:[ ]\\p{Lu}[\\p{L}.'’-]*)*)?)[ \\t]+\\d{4}-\\d\\d-\\d\\d[ \\t]*(?:\\n|$)`,
      'u',
    ),
);

// "AMSTERDAM 1996-09-15" as the body's first line, with no headline above it; or "PARIS, Oct 19", a web page's
// dateline written as its own paragraph (`<p class="dateline">`, review32 C5) with no dash after it.
const DATED_FIRST_LINE = lazyPattern(
  () =>
    new RegExp(
      `^(${PLACE_NAME}(?:\\s?,\\s*\\p{Lu}[\\p{L}.'’-]*(?:[ ]\\p{Lu}[\\p{L}.'’-]*)*)?)(?:[ \\t]+\\d{4}-\\d\\d-\\d\\d|,[ \\t]*${DATE})[ \\t]*(?:\\n|$)`,
      'u',
    ),
);
// "KYIV, Ukraine" as the body's first paragraph, with no date and no dash: a web page's dateline element read as a
// paragraph of its own (`<p class="dateline">`, a CNN-style location line). A place in capitals, then its region or
// country; only a place the lists know (`isPlace`), as "PRIYA NAIR, Mumbai" is a writer's name and town.
const PLACED_FIRST_LINE = lazyPattern(
  () =>
    /^(\p{Lu}[\p{Lu}.'’-]+(?:[ ]\p{Lu}[\p{Lu}.'’-]+){0,3}),[ \t]*\p{Lu}[\p{L}.'’-]*(?:[ ]\p{Lu}[\p{L}.'’-]*){0,2}[ \t]*\n[ \t]*\n/u,
);
const DIGIT = /\d/;
const LOWER = lazyPattern(() => /\p{Ll}/u);
// Words of a release's header or a web page's stamp ("PRESS RELEASE 2023-10-01", "Updated 2024-02-07").
const LABEL_WORDS = new Set(
  'PRESS RELEASE RELEASES MEETING REPORT STATEMENT NOTICE ANNOUNCEMENT NEWS POSTED PUBLISHED LAST MODIFIED DATE ISSUED EMBARGOED AGENDA MINUTES'.split(
    ' ',
  ),
);

/**
 * "AMSTERDAM 1996-09-15", "TOFTIR , Faroe Islands": a first-line place is the wire's capitals or a
 * place the lists know, never a header's words ("Annual General Meeting 2024-05-14").
 */
function firstLinePlace(place: string, isPlace: PlaceTest | undefined): boolean {
  const head = place.split(/\s?,/)[0]!.trim();
  if (!LOWER.test(head)) return head.split(' ').every((w) => !LABEL_WORDS.has(w) && !NOT_PLACES.has(w));
  return isPlace?.(head) === true;
}

function inlineDateline(body: string, from: number, isPlace: PlaceTest | undefined): Dateline | undefined {
  const opening = body.slice(from, from + 200);
  const newline = opening.indexOf('\n');
  // The first line ends in a date's digit: it may be the dateline itself.
  if (newline > 10 && DIGIT.test(opening.charAt(newline - 1))) {
    const first = DATED_FIRST_LINE.exec(opening);
    const place = first?.[1]?.trim();
    if (first && place && place.split(/\s+/).length <= 6 && firstLinePlace(place, isPlace))
      return { text: first[0].trim(), place, start: from, end: from + first[0].length };
  }
  if (newline > 3 && isPlace && opening.lastIndexOf(',', newline) > 0) {
    const placed = PLACED_FIRST_LINE.exec(opening);
    const head = placed?.[1];
    if (placed && head && !NOT_PLACES.has(head) && !LIVE_LABELS.has(head) && isPlace(head)) {
      const text = placed[0].trim();
      return { text, place: text, start: from, end: from + placed[0].length };
    }
  }
  if (newline > 2 && opening.includes('-', newline)) {
    const iso = ISO_LINE.exec(opening);
    const place = iso?.[1]?.trim();
    if (iso && place) {
      // The dateline's own line, under the headline and a byline's line if the wire wrote one ("Jane Smith").
      const line = iso[0].lastIndexOf('\n', iso[0].length - 2) + 1;
      const start = from + line;
      return {
        text: iso[0].slice(line).trim(),
        place,
        start,
        end: from + iso[0].length,
        headlineEnd: start,
      };
    }
  }
  const m =
    (CREDIT_OR_DASH.test(opening)
      ? ((INLINE_SHAPE.test(opening) ? INLINE.exec(opening) : null) ??
        (PRESS_WIRE_WORD.test(opening) ? PRESS_RELEASE.exec(opening) : null))
      : null) ??
    (isPlace && opening.includes(':') ? colonDateline(opening, isPlace) : null) ??
    (isPlace && opening.includes('(') ? outletDateline(opening, isPlace) : null) ??
    uncasedDateline(opening);
  if (!m?.[1]) return undefined;
  const place = m[1].trim();
  if (
    isTightDash(m[0]) &&
    (LOWER.test(place.split(',')[0]!) ||
      SHORT_FORM.test(place) ||
      placeOpensStory(opening, m[0].length, isPlace))
  )
    return undefined;
  // "BREAKING -", "EN DIRECT - Sommet UE-Chine à Pékin" (wild58): a label before the dash, no place.
  if (NOT_PLACES.has(place.toUpperCase()) || LIVE_LABELS.has(place.toUpperCase())) return undefined;
  // A dateline place is short; a long capitalised run is a sentence, not a dateline.
  if (place.split(/\s+/).length > 6) return undefined;
  // A slug is never credited: "LONDON (Reuters) - UK GDP UP 0.3 PCT" over a story in mixed case is a
  // dateline, whatever the capitals line after it.
  if (!CREDIT_MARK.test(m[0]) && headlineAfter(opening, m[0].length)) return undefined;
  const start = body.indexOf(place, from);
  return { text: m[0].trim(), place, start, end: from + m[0].length };
}

/** "ABUJA—The": a dash with no space after it (TIGHT_DASH). */
const isTightDash = (matched: string): boolean => TIGHT_DASH_END.test(matched);
const TIGHT_DASH_END = /\u2014$/;
/** A country's short form before a tight dash, "U.S.", "US", "UK", "EU": a compound's first part. */
const SHORT_FORM = /^(?:(?:[A-Z]\.){1,3}|[A-Z]{2,3})$/;
/** Capitals after a tight dash, then a word in lower case: "CHINA—INDIA flights resumed". */
const CAPITALS_BEFORE_LOWER = lazyPattern(
  () => /^(\p{Lu}[\p{Lu}'’-]*(?:[ ]\p{Lu}[\p{Lu}'’-]*){0,2})\s+\p{Ll}/u,
);

/**
 * Whether a place in capitals opens the story after a tight dash: then the dash joins a compound of two places in a
 * headline's capitals ("CHINA—INDIA flights resumed", "RUSSIA—UKRAINE talks"; review58), where a dateline's story
 * opens with its own words ("ABUJA—The", "LAGOS—NNPC said").
 */
function placeOpensStory(opening: string, at: number, isPlace: PlaceTest | undefined): boolean {
  const next = CAPITALS_BEFORE_LOWER.exec(opening.slice(at));
  return next !== null && isPlace?.(next[1]!) === true;
}

const TWO_CAPITALS = lazyPattern(() => /\p{Lu}{2}/u);
// An agency's "(…)" or "/…/" (a date is not enough: a wire whose title ran into its body writes
// "BICC SEEKS ACCELERATED EARNINGS GROWTH LONDON, March 25 - BICC").
const CREDIT_MARK = /[(/]/;

/**
 * "GOLF - HENKE TAKES LEAD IN MILWAUKEE .": capitals to the end of the line after the dash, over a story in
 * mixed case, are a headline under its desk's slug, not a dateline's story.
 */
function headlineAfter(opening: string, at: number): boolean {
  const newline = opening.indexOf('\n', at);
  if (newline < 0) return false;
  const rest = opening.slice(at, newline);
  return (
    TWO_CAPITALS.test(rest) &&
    rest.toUpperCase() === rest &&
    opening.slice(newline).toUpperCase() !== opening.slice(newline)
  );
}

/**
 * Whether words that open a story name a place. Words in capitals are asked as a dateline reads them; `inText` asks
 * whether running text reads the words as a place too (title case: "Dubai:", not "Reading:"), `story` being the words
 * after the colon ("Florence: Police arrested …" is a dateline, "Florence: The hurricane …" is none).
 */
export type PlaceTest = (place: string, inText?: boolean, story?: string) => boolean;

function colonDateline(opening: string, isPlace: PlaceTest): RegExpExecArray | null {
  const m = COLON.exec(opening);
  if (m?.[1] && m[1].length >= 3 && !NOT_PLACES.has(m[1]) && isPlace(m[1])) return m;
  // In title case only a place running text reads as one ("Reading:", "Nice:" are words), before no spoken line.
  const t = TITLE_COLON.exec(opening);
  return t?.[1] &&
    !NOT_PLACES.has(t[1].toUpperCase()) &&
    !SPOKEN_OPENING.test(opening.slice(t[0].length)) &&
    isPlace(t[1], true, opening.slice(t[0].length))
    ? t
    : null;
}

function outletDateline(opening: string, isPlace: PlaceTest): RegExpExecArray | null {
  const m = OUTLET.exec(opening);
  const town = m?.[1]?.split(',')[0];
  return town && !NOT_PLACES.has(town) && isPlace(town) ? m : null;
}

function placeOf(dateline: string): string {
  return (
    dateline
      // "RICHMOND, Va. Feb 26": the date may follow without a comma.
      .replace(new RegExp(`[,\\s]+${MONTH}.*$`, 'u'), '')
      .replace(/\s*\(.*$/, '')
      .replace(/\s*[\u2014\u2013-]+\s*$/, '')
      .trim()
  );
}
