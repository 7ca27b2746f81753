import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attributesOf, type Item, nativeItem } from '../../functions/adapters/attribute-values.js';

/**
 * The query API converts attribute values itself (`functions/adapters/attribute-values.ts`) so that
 * `@aws-sdk/lib-dynamodb` and `@aws-sdk/util-dynamodb` stay out of its bundle. For every item of the shapes
 * the table holds, it must read what the library reads. Numbers are kept within ±2^53: beyond, the library
 * answers a BigInt and this conversion a rounded number; the table's counts, scores and versions are far
 * below.
 */
const SAFE = Number.MAX_SAFE_INTEGER;
const name = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,11}$/);
const number = fc.oneof(
  fc.integer({ min: -SAFE, max: SAFE }),
  fc.double({ min: -SAFE, max: SAFE, noNaN: true }).filter((n) => !Object.is(n, -0)),
);
const scalar = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  number,
  fc.boolean(),
  fc.constant(null),
);
const { value } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(name, tie('value'), { maxKeys: 4 }),
    fc.uniqueArray(fc.string(), { minLength: 1, maxLength: 4 }).map((members) => new Set(members)),
    fc
      .uniqueArray(fc.integer({ min: -SAFE, max: SAFE }), { minLength: 1, maxLength: 4 })
      .map((members) => new Set(members)),
  ),
}));
const item = fc.dictionary(name, value, { minKeys: 1, maxKeys: 6 });

describe('attribute values of the query repository, against @aws-sdk/util-dynamodb', () => {
  it('reads every item of the table’s shapes as unmarshall does', () => {
    fc.assert(
      fc.property(item, (native) => {
        const stored = marshall(native) as Item;

        expect(nativeItem(stored)).toEqual(unmarshall(stored));
      }),
      { numRuns: 500 },
    );
  });

  it('writes request values (strings, numbers, booleans) as marshall does', () => {
    fc.assert(
      fc.property(
        fc.dictionary(name, fc.oneof(fc.string(), number, fc.boolean()), { maxKeys: 6 }),
        (values) => {
          expect(attributesOf(values)).toEqual(marshall(values));
        },
      ),
      { numRuns: 500 },
    );
  });
});
