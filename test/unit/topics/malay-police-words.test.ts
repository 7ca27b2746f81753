import { describe, expect, it } from 'vitest';
import type { TagResult } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';

const topLevels = (result: TagResult) => result.topics.filter((t) => t.level === 1).map((t) => t.id);

describe('Malay police and court words, which the Indonesian list Malay reads does not hold', () => {
  it('files a Malay robbery arrest (polis, suspek, mahkamah, reman) under crime', () => {
    // Arrange
    const title = 'Polis tahan tiga suspek rompakan kedai emas';
    const body =
      'KUALA LUMPUR - Polis menahan tiga suspek berhubung rompakan sebuah kedai emas di Cheras semalam. ' +
      'Ketua Polis Daerah berkata mereka akan dibawa ke mahkamah esok untuk permohonan reman.';

    // Act
    const first = topLevels(tagArticle({ title, body, language: 'ms' }))[0];

    // Assert
    expect(first).toBe(TOP_LEVEL.crime);
  });

  it('gives no crime to an Indonesian insurance policy ("polis asuransi")', () => {
    // Arrange
    const title = 'Premi polis asuransi jiwa naik';
    const body =
      'JAKARTA - Perusahaan asuransi menaikkan premi polis asuransi jiwa mulai bulan depan karena biaya klaim ' +
      'kesehatan meningkat, kata direktur perusahaan.';

    // Act
    const levels = topLevels(tagArticle({ title, body, language: 'id' }));

    // Assert
    expect(levels).not.toContain(TOP_LEVEL.crime);
  });
});
