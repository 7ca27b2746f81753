import { formatFromContentType, formatFromFilename } from '../core/input/format.js';

/**
 * Which objects are articles: text, Markdown, HTML, JSON and JSON Lines, gzipped or not. Anything else was
 * sniffed and tagged as text (a `.csv` export became an article titled "name,country", an RSS feed an
 * untitled one), so it is refused, naming its type. Decided by the name's extension, else (no extension)
 * by a Content-Type other than the generic octet-stream, and always by the first bytes of formats that
 * announce themselves (a PDF named `.txt` is still a PDF).
 */
export function unsupportedType(
  name: string,
  contentType: string | undefined,
  bytes: Uint8Array,
  byName: boolean,
): string | undefined {
  const signed = signatureOf(bytes);
  if (signed !== undefined) return `the object is ${signed}`;
  if (!byName) return undefined;
  const extension = /\.([a-z\d]{1,10})$/i.exec(name)?.[1];
  // "v1.2" or "report.2026" end in no extension: only letters make one.
  if (extension !== undefined && /[a-z]/i.test(extension)) {
    return /^(jsonl|ndjson)$/i.test(extension) || formatFromFilename(name) !== undefined
      ? undefined
      : `the object is a .${extension.toLowerCase()} file`;
  }
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (mediaType === '' || mediaType.endsWith('/octet-stream') || formatFromContentType(mediaType))
    return undefined;
  return `the object's Content-Type is ${mediaType}`;
}

/** What a refusal adds: what is read, so the uploader knows what to send instead. */
export const ARTICLE_TYPES =
  'newstag reads articles as text, Markdown, HTML, JSON or JSON Lines (.txt, .md, .html, .json, .jsonl; gzipped or not)';

/** Opening bytes (as Latin-1) of formats that are never articles, and what to call such a file. */
const SIGNATURES: readonly (readonly [string, string])[] = [
  ['%PDF-', 'a PDF document'],
  ['\x89PNG\r\n\x1a\n', 'a PNG image'],
  ['\xff\xd8\xff', 'a JPEG image'],
  ['GIF87a', 'a GIF image'],
  ['GIF89a', 'a GIF image'],
  ['PK\x03\x04', 'a ZIP archive (or a .docx, .xlsx, .epub)'],
  ['\xd0\xcf\x11\xe0', 'an old Microsoft Office document (.doc, .xls)'],
  ['<?xml', 'an XML document (a feed, NITF or NewsML: send its stories as .json, .jsonl or .html)'],
];

/** The kind of file whose first bytes are its format's signature, for formats that are never articles. */
function signatureOf(bytes: Uint8Array): string | undefined {
  // Cheap first test: the first byte of some signature.
  if (!'%\x89\xffGP\xd0<'.includes(String.fromCharCode(bytes[0] ?? 0))) return undefined;
  const head = String.fromCharCode(...bytes.subarray(0, 8));
  const kind = SIGNATURES.find(([opening]) => head.startsWith(opening))?.[1];
  // XHTML opens with an XML declaration too, and names its <html> soon after.
  return kind?.startsWith('an XML') && /<html[\s>]/i.test(String.fromCharCode(...bytes.subarray(0, 1024)))
    ? undefined
    : kind;
}
