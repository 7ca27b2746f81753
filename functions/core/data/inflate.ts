import { brotliDecompressSync } from 'node:zlib';

/**
 * The value of a JSON document packed by scripts/pack-data.ts (brotli, then base64). The tagger's data
 * ships this way so the Lambda bundles carry ~250 KB instead of ~940 KB of JSON; inflating and parsing it
 * once at import is also quicker than compiling the same data as a JavaScript object literal.
 */
export function inflateJson<T>(packed: string): T {
  return JSON.parse(brotliDecompressSync(Buffer.from(packed, 'base64')).toString('utf8')) as T;
}
