import { setFlagsFromString } from 'node:v8';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packedMap, splitAtSpaces } from '../../../functions/core/text/packed-map.js';

setFlagsFromString('--allow-natives-syntax');
// Natives syntax is read when a function is compiled, so these are built after the flag is set.
const isHoley = new Function('xs', 'return %HasHoleyElements(xs)') as (xs: unknown[]) => boolean;
const optimiseNow = new Function(
  'f',
  '%PrepareFunctionForOptimization(f); f(); f(); %OptimizeFunctionOnNextCall(f);',
) as (f: () => unknown) => void;

describe('packedMap', () => {
  it('gives what Array.prototype.map gives', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), (xs) => {
        expect(packedMap(xs, (x) => ({ x }))).toEqual(xs.map((x) => ({ x })));
      }),
    );
  });

  it('passes the item alone, so a function of more parameters sees no index', () => {
    const seen: unknown[][] = [];
    packedMap(['a', 'b'], (...args: unknown[]) => seen.push(args));
    expect(seen).toEqual([['a'], ['b']]);
  });

  it('returns a packed array from optimised code too, where the inlined map returns a holey one', () => {
    const countries = [{ code: 'FR' }, { code: 'DE' }, { code: 'JP' }];
    const codes = () => packedMap(countries, (c) => ({ code: c.code }));
    expect(isHoley(codes())).toBe(false);
    optimiseNow(codes);
    expect(isHoley(codes())).toBe(false);
  });
});

describe('splitAtSpaces', () => {
  it("gives what split(' ') gives, empty parts included", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'B', ' ', '-', '\u00e9')).map((cs) => cs.join('')),
        (text) => {
          expect(splitAtSpaces(text)).toEqual(text.split(' '));
        },
      ),
    );
  });

  it('returns a packed array from optimised code too, where a split of a constant name can be holey', () => {
    const words = () => splitAtSpaces('Super Eagles');
    expect(isHoley(words())).toBe(false);
    optimiseNow(words);
    expect(isHoley(words())).toBe(false);
    expect(words()).toEqual(['Super', 'Eagles']);
  });
});
