/**
 * The layout of a packed data module's bytes before compression (scripts/pack-data.ts writes it,
 * inflate.ts reads it): the value as JSON, with every long string held in an object's property moved
 * out and written after the JSON, each behind a NUL; the property holds "\0" + the string's number.
 *
 * Why: the data is mostly a few long "\n"-joined columns. As JSON strings, each line break is an escape
 * JSON.parse has to unescape into a new string, and one non-ASCII letter anywhere made the whole decoded
 * text, and so JSON.parse's pass over it, two-byte. Cut from the buffer by offset, each column is decoded
 * natively on its own, one-byte unless it holds a non-ASCII letter: ~6 ms less at import on the dev host
 * (two fifths of inflating), and fewer bytes to compress (no escapes).
 */

/** Strings shorter than this stay in the JSON: moving them saves nothing. */
const MIN_SECTION = 256;
const NUL = '\u0000';

/** The bytes of `value` in this layout (build time). Throws if a string holds a NUL. */
export function sectioned(value: unknown): Buffer {
  const sections: string[] = [];
  const json = JSON.stringify(value, function (this: unknown, _key, item: unknown) {
    if (typeof item !== 'string') return item;
    if (item.includes(NUL))
      throw new Error(`packed data: a string holds a NUL: ${JSON.stringify(item.slice(0, 40))}`);
    // Only a plain object's property is moved: `unsectioned` looks for them there and nowhere else.
    if (item.length < MIN_SECTION || Array.isArray(this)) return item;
    sections.push(item);
    return `${NUL}${sections.length - 1}`;
  });
  return Buffer.from([json, ...sections].join(NUL), 'utf8');
}

/** The value `sectioned` wrote into `bytes`. */
export function unsectioned<T>(bytes: Buffer): T {
  let end = bytes.indexOf(0);
  if (end < 0) return JSON.parse(bytes.toString('utf8')) as T;
  const value = JSON.parse(bytes.toString('utf8', 0, end)) as T;
  const sections: string[] = [];
  while (end < bytes.length) {
    const next = bytes.indexOf(0, end + 1);
    const stop = next < 0 ? bytes.length : next;
    sections.push(bytes.toString('utf8', end + 1, stop));
    end = stop;
  }
  putBack(value, sections);
  return value;
}

function putBack(value: unknown, sections: readonly string[]): void {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
  const record = value as Record<string, unknown>;
  for (const key in record) {
    const item = record[key];
    if (typeof item === 'string') {
      if (item.charCodeAt(0) === 0) record[key] = sections[Number(item.slice(1))];
    } else putBack(item, sections);
  }
}
