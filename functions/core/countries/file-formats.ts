/**
 * "exports screenshots as PNG or JPEG files", "upload a JPG, PNG or GIF", "PNG/SVG icons": the image format, not
 * Papua New Guinea (read49 #21). The press writes the country's acronym beside other countries ("PNG and Fiji",
 * "Australia and PNG"), never beside a file format; the format is written beside its fellows, in a list joined by
 * commas, "or", "and" or a slash. (The format with its noun, "PNG file", is a set phrase: curated.ts.)
 */
const FORMATS = '(?:JPE?G|JPG|GIF|SVG|PDF|TIFF?|BMP|WebP|HEI[CF]|AVIF|PSD|ICO|EPS|DOCX?|XLSX?|CSV|MP[34])';
const JOIN = String.raw`\s*(?:,|/|&|\bor\b|\band\b|,\s*or\b|,\s*and\b)\s*`;
/** Before the acronym: a format and the joining word, maybe after more formats ("JPEG, GIF and "). */
const FORMAT_BEFORE = new RegExp(String.raw`\b${FORMATS}(?:${JOIN}${FORMATS})*${JOIN}$`, 'i');
/** After it: the joining word and a format (" or JPEG files"). */
const FORMAT_AFTER = new RegExp(String.raw`^${JOIN}${FORMATS}\b`, 'i');

/**
 * Or saved in it: "save it as a PNG", "exported the chart as PNG", "converts photos into PNG". Not "to": "exports to
 * PNG" are the country's trade. Not "in" (read50 R3): "save lives in PNG", "LNG export revenue in PNG" are the
 * country's; a file is saved "as"/"into" a format.
 */
const SAVED_AS =
  /\b(?:sav(?:e[sd]?|ing)|export(?:ed|ing)?|convert(?:s|ed|ing)?|download(?:s|ed|ing)?|render(?:s|ed|ing)?|encod(?:e[sd]?|ing)|compress(?:e[sd]|ing)?)\s+(?:[\w-]+\s+){0,3}(?:as|into)\s+(?:an?\s+)?$/i;

/** Whether the acronym "PNG" at `start`..`end` of `text` is written in a list of file formats or as what a file is saved in. */
export function isFileFormat(text: string, start: number, end: number): boolean {
  return (
    FORMAT_AFTER.test(text.slice(end, end + 16)) ||
    FORMAT_BEFORE.test(text.slice(Math.max(0, start - 48), start)) ||
    SAVED_AS.test(text.slice(Math.max(0, start - 48), start))
  );
}
