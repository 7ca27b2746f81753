import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BASE91_ALPHABET, decodeBase91, encodeBase91 } from '../../../functions/core/data/base91.js';

/** The decoder the WebAssembly function implements, written out in JavaScript as the reference. */
function referenceDecode(text: string): Uint8Array {
  const digit = (at: number) => BASE91_ALPHABET.indexOf(text[at]!);
  const bytes: number[] = [];
  let acc = 0;
  let bits = 0;
  for (let at = 0; at + 1 < text.length; at += 2) {
    acc = (acc << 13) | (digit(at) * 91 + digit(at + 1));
    bits += 13;
    while (bits >= 8) {
      bits -= 8;
      bytes.push((acc >>> bits) & 0xff);
    }
    acc &= (1 << bits) - 1;
  }
  if (text.length % 2 === 1) {
    acc = (acc << 6) | digit(text.length - 1);
    bits += 6;
    if (bits >= 8) bytes.push((acc >>> (bits - 8)) & 0xff);
  }
  return Uint8Array.from(bytes);
}

describe('base91 text of packed data', () => {
  it('has 91 letters, none a quote, backslash or "<"', () => {
    expect(BASE91_ALPHABET).toHaveLength(91);
    expect(BASE91_ALPHABET).not.toMatch(/['"\\<]/);
    expect(BASE91_ALPHABET).toMatch(/^[\x20-\x7e]+$/);
  });

  it('gives back the bytes it encoded, for every length from 0 to 64', () => {
    for (let length = 0; length <= 64; length++) {
      const bytes = randomBytes(length);

      const decoded = decodeBase91(encodeBase91(bytes));

      expect(Buffer.from(decoded).equals(bytes), `length ${length}`).toBe(true);
    }
  });

  it('gives back any bytes it encoded, and decodes as the JavaScript reference does', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
        const text = encodeBase91(bytes);

        const decoded = decodeBase91(text);

        expect(Buffer.from(decoded).equals(Buffer.from(bytes))).toBe(true);
        expect(Buffer.from(decoded).equals(Buffer.from(referenceDecode(text)))).toBe(true);
      }),
    );
  });

  it('writes 13 bits in two letters: 16 letters for 13 bytes, 8% fewer than base64', () => {
    const bytes = randomBytes(13 * 23_000);

    const text = encodeBase91(bytes);

    expect(text).toHaveLength(16 * 23_000);
    expect(text.length / Buffer.from(bytes).toString('base64').length).toBeLessThan(0.93);
    expect(Buffer.from(decodeBase91(text)).equals(bytes)).toBe(true);
  });
});
