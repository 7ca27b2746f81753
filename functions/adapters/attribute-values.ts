import type { AttributeValue } from '@aws-sdk/client-dynamodb';

/**
 * DynamoDB attribute values to and from plain values, for the query API's reads: the few lines of
 * `@aws-sdk/util-dynamodb` it needs, without `@aws-sdk/lib-dynamodb` and `util-dynamodb` in its bundle
 * (~10 KiB minified). Request values are strings, numbers and booleans; items come back as strings, numbers,
 * booleans, null, binary, lists, maps and sets (a string set as a `Set<string>`, as the document client gives).
 * Numbers come back as JS numbers: the table's numbers are counts, scores and versions, far below 2^53.
 */

export type Item = Record<string, AttributeValue>;

/** A request value (key or expression attribute value) as an attribute value. */
export function attributeOf(value: string | number | boolean): AttributeValue {
  if (typeof value === 'string') return { S: value };
  if (typeof value === 'number') return { N: String(value) };
  return { BOOL: value };
}

/** A record of request values (a key, expression attribute values) as attribute values. */
export const attributesOf = (values: Record<string, string | number | boolean>): Item =>
  Object.fromEntries(Object.entries(values).map(([name, value]) => [name, attributeOf(value)]));

/** An attribute value as a plain value. */
export function nativeOf(value: AttributeValue): unknown {
  if (value.S !== undefined) return value.S;
  if (value.N !== undefined) return Number(value.N);
  if (value.BOOL !== undefined) return value.BOOL;
  if (value.L !== undefined) return value.L.map(nativeOf);
  if (value.M !== undefined) return nativeItem(value.M);
  if (value.SS !== undefined) return new Set(value.SS);
  if (value.NS !== undefined) return new Set(value.NS.map(Number));
  if (value.BS !== undefined) return new Set(value.BS);
  if (value.NULL !== undefined) return null;
  return value.B;
}

/** An item (or key) as a record of plain values. */
export const nativeItem = (item: Item): Record<string, unknown> =>
  Object.fromEntries(Object.entries(item).map(([name, value]) => [name, nativeOf(value)]));
