import { startsLetter, startsLower, startsUpper } from './letters.js';

/**
 * Characters that shape how text is laid out without being read (wild52 X15): the soft hyphen that publishers' CMSs
 * put into long words ("Mo&shy;di", "inter&shy;est"), the zero-width space and word joiner of scraped pages, and a
 * byte order mark left inside text. Inside a word they cut it in two ("Narendra Mo" + "di"), so the tagger reads a
 * copy without them and maps every span back to the text it was given. Between words, or where a capital opens the
 * next word ("Friday.\uFEFFThe", "Narendra\u200BModi"), the three zero-width ones separate words as a space does
 * (read52 R4) and are read as one, keeping the offsets. The zero-width joiner and non-joiner stay: they are part of
 * how Indic and Persian script is written.
 *
 * A carriage return is read the same way (wild53 Y18): Windows exports and HTML forms (a textarea submits "\r\n" by
 * spec) end lines with "\r\n", and the readers of headline and dateline lines expect "\n" alone, so the "\r" of a
 * "\r\n" is left out and a lone "\r" (old Mac files) read as "\n". Files are normalised when they are read
 * (input/content.ts); article fields given as JSON reach the tagger as sent.
 *
 * Fixed-width spaces are read as a space (wild54 Z1): the no-break space that CMSs and JSON feeds put after titles,
 * initials and figures ("Michael\u00A0Owen", "J.\u00A0R.\u00A0Tolkien", "Marsh\u00A0& McLennan"), the figure space, the
 * thin space and the narrow no-break space. The HTML reader maps "&nbsp;" to a space already. Typographic hyphens
 * (U+2010, and the no-break U+2011) are read as "-" (wild54 Z12: "Jean\u2010Philippe Cotis", "Sub\u2010Saharan
 * Africa"). One character for one, so no offset moves.
 */
const INVISIBLE = /[\r\u00A0\u00AD\u2007\u2009\u200B\u2010\u2011\u202F\u2060\uFEFF]/;
const CARRIAGE_RETURN = 0x0d;
const LINE_FEED = 0x0a;

/** A field's text without its invisible characters, and where they stood. */
export interface VisibleText {
  readonly text: string;
  /** For each character removed, the offset in `text` it stood before, ascending (repeats for runs). */
  readonly removedAt: readonly number[];
}

/** The text without its invisible characters, or undefined when it has none (the usual case: nothing to map). */
export function visibleText(text: string): VisibleText | undefined {
  if (!INVISIBLE.test(text)) return undefined;
  const removedAt: number[] = [];
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    if (code === CARRIAGE_RETURN) {
      out += text.slice(from, i);
      if (text.charCodeAt(i + 1) === LINE_FEED) removedAt.push(out.length);
      else out += '\n';
      from = ++i;
      continue;
    }
    if (isFixedSpace(code) || code === 0x2010 || code === 0x2011) {
      out += `${text.slice(from, i)}${code === 0x2010 || code === 0x2011 ? '-' : ' '}`;
      from = ++i;
      continue;
    }
    if (!isInvisible(code)) {
      i++;
      continue;
    }
    // A run is judged once by the letters either side of it (read52 R16: per character it was quadratic).
    let end = i + 1;
    while (end < text.length && isInvisible(text.charCodeAt(end))) end++;
    out += text.slice(from, i);
    const inside = insideWord(text.slice(i - 1, i), text.slice(end, end + 1));
    for (let k = i; k < end; k++) {
      if (inside || text.charCodeAt(k) === 0xad) removedAt.push(out.length);
      else out += ' ';
    }
    from = end;
    i = end;
  }
  return { text: out + text.slice(from), removedAt };
}

/** The no-break space, the figure space, the thin space and the narrow no-break space. */
function isFixedSpace(code: number): boolean {
  return code === 0xa0 || code === 0x2007 || code === 0x2009 || code === 0x202f;
}

function isInvisible(code: number): boolean {
  return code === 0xad || code === 0x200b || code === 0x2060 || code === 0xfeff;
}

/**
 * Letters either side of a run of invisible characters, the one after opening no new word in capitals
 * ("To\u200B\u2060kyo", not "Narendra\u200BModi").
 */
function insideWord(before: string, after: string): boolean {
  return startsLetter(before) && startsLetter(after) && !(startsLower(before) && startsUpper(after));
}

/**
 * The offset in the given text of `offset` in the visible one. A span's start moves past the invisible characters
 * before it ("Mo" of "\u00ADModi" starts after the soft hyphen); its exclusive end stays before those after it.
 */
export function givenOffset(visible: VisibleText, offset: number, edge: 'start' | 'end'): number {
  const removed = visible.removedAt;
  let lo = 0;
  let hi = removed.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const at = removed[mid]!;
    if (at < offset || (edge === 'start' && at === offset)) lo = mid + 1;
    else hi = mid;
  }
  return offset + lo;
}
