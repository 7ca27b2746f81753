import { ParseError } from './errors.js';

/** Five million UTF-16 code units: far above any news article, low enough to keep a Lambda in memory. */
export const DEFAULT_MAX_CHARS = 5_000_000;

const SNIFF_CHARS = 8192;
/** Binary files decoded as UTF-8 show control and replacement characters; text has almost none. */
const MAX_SUSPICIOUS_SHARE = 0.05;

/**
 * Rejects content that is too large or is not text, and normalises what every format shares: no byte
 * order mark, `\n` line ends.
 */
export function checkContent(content: string, maxChars: number = DEFAULT_MAX_CHARS): string {
  if (content.length > maxChars) {
    throw new ParseError(
      'TOO_LARGE',
      `the content has ${content.length} characters; the limit is ${maxChars}`,
    );
  }
  const sniffed = Math.min(content.length, SNIFF_CHARS);
  let suspicious = 0;
  for (let i = 0; i < sniffed; i++) {
    const code = content.charCodeAt(i);
    if (code === 0) throw new ParseError('BINARY', 'the content is binary (it contains NUL bytes)');
    if (isSuspicious(code)) suspicious++;
  }
  if (sniffed > 0 && suspicious / sniffed > MAX_SUSPICIOUS_SHARE) {
    throw new ParseError('BINARY', 'the content is not text (too many control or undecodable characters)');
  }
  return content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** C0 controls other than tab, line feed, form feed and carriage return; DEL; U+FFFD. */
function isSuspicious(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) ||
    code === 0x7f ||
    code === 0xfffd
  );
}
