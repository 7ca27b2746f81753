import { brotliDecompressSync } from 'node:zlib';
import { decodeBase91 } from './base91.js';
import { unsectioned } from './sections.js';

/**
 * The value of a data document packed by scripts/pack-data.ts (laid out by sections.ts, brotli, then
 * base91.ts's text). The tagger's data ships this way so the Lambda bundles carry ~250 KB instead of ~940 KB of
 * JSON; inflating and parsing it once at import is also quicker than compiling the same data as a
 * JavaScript object literal.
 */
export function inflateJson<T>(packed: string): T {
  return unsectioned<T>(brotliDecompressSync(decodeBase91(packed)));
}
