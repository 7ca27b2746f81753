import { formatFromContentType, formatFromFilename } from '../core/input/format.js';
import { xmlRootOf } from '../core/input/xml.js';
import { isReadableXml } from '../core/input/xml-articles.js';

/**
 * Which objects are not articles. Anything was sniffed and tagged as text (a `.csv` export became an
 * article titled "name,country", an RSS feed an untitled one), so known non-article types are refused,
 * naming the type: by the name's extension, by the Content-Type when the name gives no article format,
 * and always by the first bytes of formats that announce themselves (a PDF named `.txt` is still a PDF).
 * A deny list, not an allow list: saved pages (`.shtml`, `.php`, `.stm`), backups, logs, keys ending in a
 * domain and uploaders' odd types (curl's form-urlencoded, `application/gzip`) are articles more often than
 * not, and sniffing reads them as before (read23 F4).
 */
export function unsupportedType(
  name: string,
  contentType: string | undefined,
  bytes: Uint8Array,
  byName: boolean,
): string | undefined {
  // A wire story or a feed (NITF, NewsML-G2, RSS, Atom) is read, whatever its name or type says.
  if (isWireOrFeed(bytes)) return undefined;
  const signed = signatureOf(bytes);
  if (signed !== undefined) return `the object is ${signed}`;
  if (!byName) return undefined;
  const extension = /\.([a-z\d]{1,10})$/i.exec(name)?.[1]?.toLowerCase();
  if (extension !== undefined && NOT_ARTICLE_EXTENSIONS.has(extension))
    return `the object is a .${extension} file`;
  if (formatFromFilename(name) !== undefined) return undefined;
  const mediaType = mediaTypeOf(contentType);
  return NOT_ARTICLE_MEDIA_TYPE.test(mediaType) && formatFromContentType(mediaType) === undefined
    ? `the object's Content-Type is ${mediaType}`
    : undefined;
}

/** An object the Content-Type calls JSON Lines, read one article a line when its name gives no format. */
export function isJsonLinesType(name: string, contentType: string | undefined): boolean {
  return formatFromFilename(name) === undefined && JSON_LINES_MEDIA_TYPES.has(mediaTypeOf(contentType));
}

/** What a refusal adds: what is read, so the uploader knows what to send instead. */
export const ARTICLE_TYPES =
  'newstag reads articles as text, Markdown, HTML, JSON or JSON Lines (.txt, .md, .html, .json, .jsonl; gzipped or not), and NITF, NewsML-G2, RSS and Atom XML';

function mediaTypeOf(contentType: string | undefined): string {
  return contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
}

const JSON_LINES_MEDIA_TYPES: ReadonlySet<string> = new Set([
  'application/x-ndjson',
  'application/ndjson',
  'application/jsonl',
  'application/x-jsonl',
  'application/jsonlines',
  'application/x-jsonlines',
]);

/** Extensions of data, media, archives, office documents, feeds and code: never a news article. */
const NOT_ARTICLE_EXTENSIONS: ReadonlySet<string> = new Set(
  (
    'csv tsv xls xlsx ods numbers parquet avro sqlite db ' +
    'xml rss atom opml kml gpx nitf newsml ics vcf ' +
    'pdf doc docx odt rtf ppt pptx odp key pages epub mobi ' +
    'png jpg jpeg gif webp bmp tif tiff ico heic avif svg psd eps ai ' +
    'mp3 m4a wav ogg oga flac aac mp4 m4v mov avi mkv webm wmv ' +
    'zip tar tgz bz2 xz zst 7z rar ' +
    'exe dll so dylib bin dmg iso jar class wasm ' +
    'js mjs css map woff woff2 ttf otf eot'
  ).split(' '),
);

/**
 * Media types that are never an article (text/csv, application/xml and +xml feeds, PDF, office, media,
 * archives). Others — text/*, form-urlencoded, application/(x-)gzip (a transport: the bytes are gunzipped by
 * their magic number) — leave the object to sniffing.
 */
const NOT_ARTICLE_MEDIA_TYPE =
  /^(?:(?:image|audio|video|font|model)\/|text\/(?:csv|tab-separated-values|xml|calendar|vcard|css|javascript)$|application\/(?:xml|[\w.-]+\+xml|pdf|rtf|msword|vnd\.|zip|x-zip|x-tar|x-7z|x-rar|vnd\.rar|epub|java|javascript|wasm|x-sqlite|x-msdownload))/;

/** Opening bytes (as Latin-1) of formats that are never articles, and what to call such a file. */
const SIGNATURES: readonly (readonly [string, string])[] = [
  ['%PDF-', 'a PDF document'],
  ['\x89PNG\r\n\x1a\n', 'a PNG image'],
  ['\xff\xd8\xff', 'a JPEG image'],
  ['GIF87a', 'a GIF image'],
  ['GIF89a', 'a GIF image'],
  ['PK\x03\x04', 'a ZIP archive (or a .docx, .xlsx, .epub)'],
  ['\xd0\xcf\x11\xe0', 'an old Microsoft Office document (.doc, .xls)'],
  ['<?xml', 'an XML document other than NITF, NewsML-G2, RSS or Atom'],
];

/** The kind of file whose first bytes are its format's signature, for formats that are never articles. */
function signatureOf(bytes: Uint8Array): string | undefined {
  // A UTF-8 byte order mark may open an XML feed saved by a Windows tool.
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  // Cheap first test: the first byte of some signature.
  if (!'%\x89\xffGP\xd0<'.includes(String.fromCharCode(bytes[start] ?? 0))) return undefined;
  const head = String.fromCharCode(...bytes.subarray(start, start + 8));
  const kind = SIGNATURES.find(([opening]) => head.startsWith(opening))?.[1];
  // XHTML opens with an XML declaration too; its root element is <html>, after any comment or doctype.
  return kind?.startsWith('an XML') && xmlRootOf(head16k(bytes))?.toLowerCase() === 'html' ? undefined : kind;
}

const LATIN1 = new TextDecoder('latin1');
// Not fatal: the head may end inside a character.
const UTF16LE = new TextDecoder('utf-16le');
const UTF16BE = new TextDecoder('utf-16be');

/**
 * The first 16 KB as text, enough to find a root element: UTF-16 after its byte order mark (an XML feed
 * saved by a Windows tool, as decode.ts reads it), else Latin-1 after any UTF-8 byte order mark.
 */
function head16k(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return UTF16LE.decode(bytes.subarray(2, 32_770));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return UTF16BE.decode(bytes.subarray(2, 32_770));
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return LATIN1.decode(bytes.subarray(start, start + 16_384));
}

const OPENS_WITH_TAG = /^\s*</;

/** Whether the bytes open with a tag (after a byte order mark and white space) whose root is read as articles. */
function isWireOrFeed(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const head = head16k(bytes);
    return OPENS_WITH_TAG.test(head) && isReadableXml(head);
  }
  let at = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (bytes[at] === 0x20 || bytes[at] === 0x0a || bytes[at] === 0x0d || bytes[at] === 0x09) at++;
  return bytes[at] === 0x3c && isReadableXml(head16k(bytes));
}
