import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withoutArabicParticle } from '../../../functions/core/entities/chunk.js';

describe('an Arabic particle before a name', () => {
  it.each([
    ['al-Ansari', 'Ansari'],
    ['Al-Sisi', 'Sisi'],
    ['ash-Shaibani', 'Shaibani'],
    ['bin-Salman', 'bin-Salman'],
    ['Alabama', 'Alabama'],
    ['co-Founder', 'co-Founder'],
  ])('reads "%s" as "%s"', (word, bare) => {
    expect(withoutArabicParticle(word)).toBe(bare);
  });

  it('drops exactly what the particle pattern matches, for any word', () => {
    const particle = /^(?:al|el|ad|ash|as|at|az|ar|an)-(?=\p{Lu})/iu;
    const word = fc
      .array(
        fc.constantFrom('a', 'A', 'l', 's', 'h', 'z', 'n', 'r', 't', 'e', 'd', '-', 'B', 'é', 'É', 'x'),
        {
          maxLength: 8,
        },
      )
      .map((letters) => letters.join(''));
    fc.assert(
      fc.property(word, (w) => {
        expect(withoutArabicParticle(w)).toBe(w.replace(particle, ''));
      }),
    );
  });
});
