import { parseTagRef, TAG_KINDS, type TagRef } from './keys.js';

/**
 * Compact, reversible codes of tag references for the `co` list of index items, which a second filter
 * tests with `contains(co, :code)` and co-occurrence decodes. The list is most of an index item's bytes,
 * and an item over 1 KB costs two write units, so each reference is written as one character naming the
 * kind (and, for entities and topics, the usual prefix of the id) followed by the rest of the value:
 *
 *   country|US → cUS    pair|CN-US → pCN-US    topic|medtop:11000000 → t11000000
 *   entity|person:han-zheng → Phan-zheng    entity|place:geonames:2147714 → G2147714
 *
 * The encoder always takes the longest matching prefix, so a reference has exactly one code (what the
 * query encodes is what the ingest wrote). Values without a known prefix keep it (`T…`, `e…`).
 */
const PREFIXES: readonly (readonly [code: string, kind: TagRef['kind'], prefix: string])[] = [
  ['c', 'country', ''],
  ['p', 'pair', ''],
  ['t', 'topic', 'medtop:'],
  ['T', 'topic', ''],
  ['G', 'entity', 'place:geonames:'],
  ['I', 'entity', 'place:iso:'],
  ['L', 'entity', 'place:'],
  ['P', 'entity', 'person:'],
  ['O', 'entity', 'organization:'],
  ['N', 'entity', 'nationality:'],
  ['E', 'entity', 'event:'],
  ['R', 'entity', 'product:'],
  ['W', 'entity', 'work:'],
  ['X', 'entity', 'other:'],
  ['e', 'entity', ''],
];

const BY_CODE = new Map(PREFIXES.map(([code, kind, prefix]) => [code, { kind, prefix }]));

/** Longest prefix first, per kind. */
const ENCODERS = [...PREFIXES].sort((a, b) => b[2].length - a[2].length);

export function coCode(ref: TagRef): string {
  for (const [code, kind, prefix] of ENCODERS) {
    if (kind === ref.kind && ref.value.startsWith(prefix) && ref.value.length > prefix.length) {
      return `${code}${ref.value.slice(prefix.length)}`;
    }
  }
  return `${ref.kind === 'entity' ? 'e' : ref.kind === 'topic' ? 'T' : ref.kind[0]}${ref.value}`;
}

/**
 * The tag reference of a code; also reads the long form `kind|value` that index items written before
 * the codes carry, so co-occurrence keeps working on them until they are re-tagged.
 */
export function parseCoCode(code: string): TagRef | undefined {
  const bar = code.indexOf('|');
  if (bar > 0 && (TAG_KINDS as readonly string[]).includes(code.slice(0, bar))) return parseTagRef(code);
  const known = BY_CODE.get(code.charAt(0));
  if (!known || code.length < 2) return undefined;
  return { kind: known.kind, value: `${known.prefix}${code.slice(1)}` };
}
