export interface Decoder {
  readonly encoding: string;
  decode(bytes: Uint8Array): string;
}

/**
 * A UTF-16 decoder when the bytes open with a UTF-16 byte order mark (FF FE little-endian, FE FF
 * big-endian), as files saved as "Unicode" by Windows tools (Notepad, Excel's "Unicode text", PowerShell 5's
 * Out-File) do; undefined otherwise. The mark decides, as in a browser: it wins over any declared charset,
 * and UTF-16 without one is not guessed (its ASCII letters give NUL bytes, so it stays BINARY). The
 * decoder is strict (an odd byte count or an unpaired surrogate throws) and drops the mark.
 */
export function byteOrderMarkDecoder(bytes: Uint8Array): Decoder | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return UTF16LE;
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return UTF16BE;
  return undefined;
}

const UTF16LE = new TextDecoder('utf-16le', { fatal: true });
const UTF16BE = new TextDecoder('utf-16be', { fatal: true });

/**
 * The character encoding a document declares for itself, read the way a browser's prescan does: an
 * HTTP-style `charset=` parameter (S3 Content-Type), else `<meta charset>`, `<meta http-equiv=
 * "Content-Type" content="…; charset=…">` or an XML declaration's `encoding` in the first 4 KB. Older CMS
 * pages and archives are windows-1252 or ISO-8859-x and say so; their bytes are not valid UTF-8.
 * Returns a decoder for it, or undefined when nothing is declared or the label is unknown.
 */
export function declaredDecoder(bytes: Uint8Array, contentType?: string): Decoder | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const label =
    CONTENT_TYPE_CHARSET.exec(contentType ?? '')?.[1] ??
    META_CHARSET.exec(head)?.[1] ??
    XML_ENCODING.exec(head)?.[1];
  if (!label) return undefined;
  try {
    const decoder = new TextDecoder(label.trim());
    return decoder.encoding === 'windows-1252' ? windows1252 : decoder;
  } catch {
    // An unknown label ("x-mac-bogus"): as if nothing were declared.
    return undefined;
  }
}

const CONTENT_TYPE_CHARSET = /;\s*charset\s*=\s*["']?([\w.:-]+)/i;
/** `<meta charset="x">` and `<meta http-equiv="Content-Type" content="text/html; charset=x">`. */
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;
const XML_ENCODING = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/i;

/**
 * windows-1252, which WHATWG also uses for "iso-8859-1" and "latin1" labels. Node 20's TextDecoder decodes
 * it as ISO-8859-1 (0x97 gives U+0097, not an em dash), so the 0x80–0x9F row is mapped here.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const windows1252: Decoder = {
  encoding: 'windows-1252',
  decode: (bytes) =>
    new TextDecoder('latin1')
      .decode(bytes)
      .replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c),
};
