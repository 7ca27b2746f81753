import { gunzipSync, gzipSync } from 'node:zlib';
import type { TagResult } from '../schema.js';

/** Results up to this size are stored as JSON text; larger ones gzip+base64. */
export const PLAIN_RESULT_MAX_BYTES = 32 * 1024;
/** Encoded results above this are capped, so the article record stays well under DynamoDB's 400 KB. */
export const ENCODED_RESULT_MAX_BYTES = 300 * 1024;
const MENTIONS_WHEN_CAPPED = 20;
const EVIDENCE_WHEN_CAPPED = 10;

export interface EncodedResult {
  readonly result?: string;
  readonly resultGz?: string;
  readonly truncated?: true;
}

export function encodeResult(result: TagResult): EncodedResult {
  const full = encode(result);
  if (encodedBytes(full) <= ENCODED_RESULT_MAX_BYTES) return full;
  let capped = capMentions(result);
  let encoded = encode(capped);
  // Still too large: keep the most salient entities that fit (halving keeps the number of tries small).
  while (encodedBytes(encoded) > ENCODED_RESULT_MAX_BYTES && capped.entities.length > 0) {
    const entities = [...capped.entities].sort((a, b) => b.salience - a.salience);
    capped = { ...capped, entities: entities.slice(0, Math.floor(entities.length / 2)) };
    encoded = encode(capped);
  }
  return { ...encoded, truncated: true };
}

export function decodeResult(item: { result?: string; resultGz?: string }): TagResult | undefined {
  if (item.result !== undefined) return JSON.parse(item.result) as TagResult;
  if (item.resultGz !== undefined) {
    return JSON.parse(gunzipSync(Buffer.from(item.resultGz, 'base64')).toString('utf8')) as TagResult;
  }
  return undefined;
}

function encode(result: TagResult): EncodedResult {
  const json = JSON.stringify(result);
  if (Buffer.byteLength(json, 'utf8') <= PLAIN_RESULT_MAX_BYTES) return { result: json };
  return { resultGz: gzipSync(json).toString('base64') };
}

function encodedBytes(encoded: EncodedResult): number {
  return encoded.result !== undefined
    ? Buffer.byteLength(encoded.result, 'utf8')
    : (encoded.resultGz?.length ?? 0);
}

function capMentions(result: TagResult): TagResult {
  return {
    ...result,
    entities: result.entities.map((e) => ({ ...e, mentions: e.mentions.slice(0, MENTIONS_WHEN_CAPPED) })),
    countries: result.countries.map((c) => ({ ...c, mentions: c.mentions.slice(0, MENTIONS_WHEN_CAPPED) })),
    countryPairs: result.countryPairs.map((p) => ({
      ...p,
      evidence: p.evidence.slice(0, EVIDENCE_WHEN_CAPPED),
    })),
    topics: result.topics.map((t) =>
      t.evidence ? { ...t, evidence: t.evidence.slice(0, EVIDENCE_WHEN_CAPPED) } : t,
    ),
  };
}
