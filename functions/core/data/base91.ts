/**
 * Binary data in a JavaScript string literal at 1.23 characters a byte instead of base64's 1.33: 13 bits
 * in two characters of a 91-letter alphabet (printable ASCII less ' " \ and <, so the literal needs no
 * escapes in any quotes and never holds "</script"). The packed tagger data (scripts/pack-data.ts) ships
 * this way: −8% of its bytes in the Lambda bundles.
 *
 * Decoding runs in a 248-byte WebAssembly function, not in JavaScript: a JavaScript loop over the ~330,000
 * characters inflated at cold start ran in the interpreter until V8 had optimised it, ~50 M instructions
 * (a tenth of import + first tag); the WebAssembly loop costs a few million, close to base64's native
 * decoder. Node's Buffer offers no denser text encoding.
 */

/** The alphabet: printable ASCII (0x20–0x7e) without ' " \ and <. */
export const BASE91_ALPHABET = (() => {
  let letters = '';
  for (let code = 0x20; code < 0x7f; code++) {
    const letter = String.fromCharCode(code);
    if (!`'"\\<`.includes(letter)) letters += letter;
  }
  return letters;
})();

/** The text of `bytes`: each 13 bits as two letters (high digit first); the last 1–6 bits as one letter. */
export function encodeBase91(bytes: Uint8Array): string {
  const letters: string[] = [];
  let acc = 0;
  let bits = 0;
  for (const byte of bytes) {
    acc = (acc << 8) | byte;
    bits += 8;
    if (bits >= 13) {
      bits -= 13;
      const value = (acc >>> bits) & 0x1fff;
      acc &= (1 << bits) - 1;
      letters.push(BASE91_ALPHABET[Math.floor(value / 91)]!, BASE91_ALPHABET[value % 91]!);
    }
  }
  if (bits > 6) {
    const value = (acc << (13 - bits)) & 0x1fff;
    letters.push(BASE91_ALPHABET[Math.floor(value / 91)]!, BASE91_ALPHABET[value % 91]!);
  } else if (bits > 0) letters.push(BASE91_ALPHABET[(acc << (6 - bits)) & 0x3f]!);
  return letters.join('');
}

/*
 * The decoder, (func (export "d") (param $in i32) (param $n i32) (param $out i32) (result i32)) with its
 * memory exported as "m": reads $n letters at $in, each already turned into its digit by the table at
 * memory 0–127 (letter code → digit), writes the bytes at $out and returns how many. In WAT:
 *   local.get $in local.set $i   ($end = $in + ($n & -2))   local.get $out local.set $o
 *   block loop
 *     ($i >= $end) br_if 1
 *     $acc = ($acc << 13) | (table[mem[$i]] * 91 + table[mem[$i + 1]])
 *     $bits += 5;  mem[$o++] = $acc >>> $bits
 *     if ($bits >= 8) { $bits -= 8;  mem[$o++] = $acc >>> $bits }
 *     $acc &= (1 << $bits) - 1;  $i += 2;  br 0
 *   end end
 *   if ($n & 1) { $acc = ($acc << 6) | table[mem[$i]];  $bits += 6;
 *                 if ($bits >= 8) mem[$o++] = $acc >>> ($bits - 8) }
 *   $o - $out
 * test/unit/data/base91.test.ts checks it against a JavaScript decoder.
 */
const DECODER_WASM =
  'AGFzbQEAAAABCAFgA39/fwF/AwIBAAUDAQABBwkCAW0CAAFkAAAKzwEBzAEBBX8gACEDIAFBfnEgAGohBCACIQUCQANAIAMgBE8NASAGQQ10IAMtAAAtAABB2wBsIAMtAAEtAABqciEGIAdBBWohByAFIAYgB3Y6AAAgBUEBaiEFIAdBCE8EQCAHQQhrIQcgBSAGIAd2OgAAIAVBAWohBQsgBkEBIAd0QQFrcSEGIANBAmohAwwACwsgAUEBcQRAIAZBBnQgAy0AAC0AAHIhBiAHQQZqIgdBCE8EQCAFIAYgB0EIa3Y6AAAgBUEBaiEFCwsgBSACaws=';

/** Where the letters start in the decoder's memory: after the 128-entry digit table. */
const LETTERS_AT = 128;
const PAGE = 65_536;

/** The slice of the WebAssembly API used here (the project's TypeScript libraries do not declare it). */
interface WebAssemblyApi {
  readonly Module: new (bytes: Uint8Array) => object;
  readonly Instance: new (module: object) => { readonly exports: unknown };
}
const { WebAssembly } = globalThis as unknown as { readonly WebAssembly: WebAssemblyApi };

let decoderModule: object | undefined;

interface Decoder {
  readonly m: { readonly buffer: ArrayBuffer; grow(pages: number): number };
  readonly d: (at: number, letters: number, out: number) => number;
}

/**
 * The bytes `text` (written by encodeBase91) holds. Each call gets a fresh instance, so its memory is
 * freed with the result's last reference (the compiled module is kept).
 */
export function decodeBase91(text: string): Uint8Array {
  decoderModule ??= new WebAssembly.Module(Buffer.from(DECODER_WASM, 'base64'));
  const decoder = new WebAssembly.Instance(decoderModule).exports as unknown as Decoder;
  const outAt = LETTERS_AT + text.length;
  const needed = outAt + Math.ceil((text.length * 13) / 16) + 1;
  if (needed > decoder.m.buffer.byteLength) {
    decoder.m.grow(Math.ceil((needed - decoder.m.buffer.byteLength) / PAGE));
  }
  const memory = Buffer.from(decoder.m.buffer);
  for (let digit = 0; digit < BASE91_ALPHABET.length; digit++) {
    memory[BASE91_ALPHABET.charCodeAt(digit)] = digit;
  }
  memory.write(text, LETTERS_AT, 'latin1');
  const length = decoder.d(LETTERS_AT, text.length, outAt);
  return memory.subarray(outAt, outAt + length);
}
