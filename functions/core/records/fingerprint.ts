import { createHash } from 'node:crypto';

/**
 * The story's fingerprint: 16 base64url characters (96 bits) of SHA-256 of its parsed title and body,
 * each NFKC-normalised, case-folded and with whitespace runs collapsed. It is taken from the text, not the
 * bytes, so a gzipped copy, CRLF line ends, or an HTML page and its text export with the same words match;
 * an edited lead or a corrected typo does not (a new version of a story is a story: near-duplicate
 * detection would risk hiding an update). Pure.
 */
export function fingerprint(title: string | undefined, body: string): string {
  const text = `${foldText(title ?? '')}\n${foldText(body)}`;
  return createHash('sha256').update(text, 'utf8').digest('base64url').slice(0, 16);
}

function foldText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}
