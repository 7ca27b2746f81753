import { lazyPattern } from './lazy-pattern.js';

/**
 * Credits of a photo in the copy: a caption's "REUTERS/Feisal Omar", "(Getty Images)", "(Photo by Nikos
 * Papadakis/AFP via Getty Images)", "Photo: AP/Emre Tazegul", "Photograph: Emre Tazegul/AP". They name the
 * photographer and the agency that sold the picture, no one in the news: read as text they were a person
 * and an organisation of the story (review30 E10). The caption's own words stay.
 */

/** Agencies whose name opens a credit before a slash: "REUTERS/Feisal Omar", "AP Photo/Jane Doe". */
const SLASH_AGENCY = '(?:REUTERS|Reuters|AFP|AP(?: Photo)?|EPA(?:-EFE)?|Xinhua|Anadolu|ANP|dpa|Bloomberg)';
/** A credit's label: "Photo:", "Photograph by", "Picture:", "Image credit:". */
const LABEL = '(?:(?:AP |AFP |File |Handout )?(?:Photo(?:graph)?|Picture|Image)s?(?: credits?)?)';
/** A photographer's name, up to four words: "Feisal Omar", "Jean-Marc Le Roux". */
const NAME = "\\p{Lu}[\\p{L}.'\\u2019-]*(?: \\p{Lu}[\\p{L}.'\\u2019-]*){0,3}";
/**
 * Where a credit may start: a line's start or the end of the caption's sentence. The blanks are bounded:
 * unbounded, a long run of them (a padded plain-text export) was scanned again from each of its positions.
 */
const AFTER_SENTENCE = '(?<=^|\\n|[.!?"\\u201d\\u2019][ \\t]{1,8})[ \\t]{0,8}';
/** What a label credits: names and agencies split by slashes, maybe "via" or "for" one more ("AP/Emre Tazegul"). */
const CREDITED = `${NAME}(?:[ \\t]?/[ \\t]?${NAME})*(?: (?:via|for) ${NAME})?\\.?`;

const CREDIT_SOURCES = () =>
  [
    // "(Getty Images)", "(Photo by Nikos Papadakis/AFP via Getty Images)", "(AP Photo/Jane Doe)"; not a
    // clause that names the agency ("which agreed to merge with Getty Images").
    `\\((?:${LABEL}(?: by|:)[ \\t]*[^()\\n]{1,100}|(?:[^()\\n]{0,60}(?:\\bvia |/))?Getty Images|AP Photo(?:/[^()\\n]{1,60})?|Shutterstock(?:[ \\t]?/[^()\\n]{1,40})?)\\)`,
    // "Photo: AP/Emre Tazegul", "Photograph: Emre Tazegul/AP": a label and names alone on the line's end.
    `${AFTER_SENTENCE}${LABEL}(?: by|:)[ \\t]+${CREDITED}[ \\t]*$`,
    // "REUTERS/Feisal Omar", "REUTERS/Feisal Omar/File Photo" to the line's end.
    `${AFTER_SENTENCE}${SLASH_AGENCY}/${NAME}(?:/(?:File|Pool|Handout)(?: [Pp]hoto)?)?[ \\t]*$`,
  ].join('|');

const PHOTO_CREDITS = lazyPattern(() => new RegExp(CREDIT_SOURCES(), 'gmu'));

/**
 * A photo's caption on a line of its own: a line ending in its credit ("… in London, Britain, May 5, 2023.
 * REUTERS/Hollie Adams/File Photo", "… in Washington. (AP Photo/Evan Vucci)") or opening with "FILE PHOTO:" or AP's
 * "FILE - ". Scraped web copy puts it over the story; read as the lead, its places took the story's focus (wild55 B2).
 */
const CAPTION_LINE = lazyPattern(
  () => new RegExp(`^(?:FILE PHOTO:|FILE (?:-|\u2013|\u2014) )|(?:${CREDIT_SOURCES()})[ \\t]*$`, 'u'),
);
/** A caption longer than this is no caption. */
const MAX_CAPTION = 400;

/** Whether `line`, one line of text, is a photo's caption (see CAPTION_LINE). */
export function isCaptionLine(line: string): boolean {
  return line.length <= MAX_CAPTION && MAY_HOLD_CAPTION.test(line) && CAPTION_LINE.test(line);
}

/** Whether the line of `text` holding offset `at` is a photo's caption (see `isCaptionLine`). */
export function inCaptionLine(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const newline = text.indexOf('\n', at);
  const line = text.slice(start, newline < 0 ? text.length : newline).trim();
  return isCaptionLine(line);
}

/** An archive photo's marks: "FILE PHOTO:", AP's "FILE - " opening the caption, "/File Photo" or ", File)" in its credit. */
const FILE_PHOTO = /^FILE (?:PHOTO:|- |\u2013 |\u2014 )|\/File(?: [Pp]hoto)?[ \t]*$|, File\)[ \t]*$/;

/** Whether `line` is the caption of an archive photo (see FILE_PHOTO): a picture from another day, maybe another place. */
export function isFilePhotoCaption(line: string): boolean {
  return FILE_PHOTO.test(line) && isCaptionLine(line);
}

/** Words one of the credits needs: most bodies hold none, and the patterns above then never run. */
const MAY_HOLD_CREDIT = /Getty Images|Photo|Picture|Image|Shutterstock|(?:REUTERS|Reuters|AFP|EPA|Xinhua)\//;
/** The same, or AP's "FILE - " opening a caption. */
const MAY_HOLD_CAPTION = /Getty Images|Photo|Picture|Image|Shutterstock|\/|^FILE /;

/** Marks one of FILE_PHOTO's needs, anywhere in a text. */
const MAY_HOLD_FILE_PHOTO = /FILE |\/File|, File\)/;
/** A line of the text: its own start to its line break. */
const LINES = /[^\n]+/g;
/** Any character but a line break: blanked, a caption keeps its length. */
const NOT_LINE_BREAK = /[^\n]/g;

/**
 * The text with photo credits after `from` blanked (each character but line breaks a space), and an archive
 * photo's whole caption: between the paragraphs as over them, its places and people are another day's ("FILE - A
 * shopper … in Tokyo, Japan, on Feb. 3, 2024. (AP Photo/…, File)" gave JP to a story on the Fed: review62).
 */
export function withoutPhotoCredits(text: string, from = 0): string {
  if (!MAY_HOLD_CREDIT.test(text)) return text;
  const withoutFilePhotos = MAY_HOLD_FILE_PHOTO.test(text)
    ? text.replace(LINES, (line, at: number) =>
        at < from || !isFilePhotoCaption(line.trim()) ? line : line.replace(NOT_LINE_BREAK, ' '),
      )
    : text;
  return withoutFilePhotos.replace(PHOTO_CREDITS, (credit, at: number) =>
    at < from ? credit : credit.replace(NOT_LINE_BREAK, ' '),
  );
}
