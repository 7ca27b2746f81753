import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lazyPattern } from '../../../functions/core/text/lazy-pattern.js';

describe('a pattern made on first use', () => {
  it('is not made before it is used, and is made once', () => {
    // Arrange
    let made = 0;
    const capitalised = lazyPattern(() => {
      made++;
      return /^\p{Lu}\p{Ll}+$/u;
    });

    // Act
    const before = made;
    const answers = [capitalised.test('Łódź'), capitalised.test('ŁÓDŹ'), capitalised.test('Ørsted')];

    // Assert
    expect(before).toBe(0);
    expect(answers).toEqual([true, false, true]);
    expect(made).toBe(1);
  });

  it('answers test, exec and the string methods as the pattern does, for any text', () => {
    const patterns = [/\p{Lu}\p{Ll}*/u, /(\p{L}+)-(\p{L}+)/gu, /\s+/g, /\p{M}+/gu];
    fc.assert(
      fc.property(fc.constantFrom(...patterns), fc.string({ unit: 'grapheme' }), (pattern, text) => {
        // Arrange: the same pattern twice, one made on first use
        const plain = new RegExp(pattern.source, pattern.flags);
        const lazy = lazyPattern(() => new RegExp(pattern.source, pattern.flags));

        // Act and Assert
        expect(lazy.test(text)).toBe(plain.test(text));
        expect(lazy.lastIndex).toBe(plain.lastIndex);
        expect(lazy.exec(text)).toEqual(plain.exec(text));
        expect(text.replace(lazy, '<$&>')).toBe(text.replace(plain, '<$&>'));
        expect(text.replace(lazy, (m) => m.toUpperCase())).toBe(text.replace(plain, (m) => m.toUpperCase()));
        expect(text.match(lazy)).toEqual(text.match(plain));
        expect(text.split(lazy)).toEqual(text.split(plain));
        expect(text.search(lazy)).toBe(text.search(plain));
        if (plain.global) expect([...text.matchAll(lazy)]).toEqual([...text.matchAll(plain)]);
        expect(lazy.source).toBe(plain.source);
        expect(lazy.flags).toBe(plain.flags);
      }),
    );
  });
});
