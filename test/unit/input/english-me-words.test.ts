import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../functions/core/text/language.js';

/** read32 F14 (6219d1ce): English medical words open with the Malay verb prefixes "meni-", "mela-", "meno-". */
describe('English medical words are no Malay verbs', () => {
  it('reads short English medical headlines as English', () => {
    const headlines = [
      'Meningitis, melanoma, menopause: regulators clear new treatments',
      'Melatonin sales, melanoma drugs, meningitis shots top October prescriptions',
      'Menopause clinics, meniscus repairs and melanin research win new funding',
    ];

    for (const headline of headlines) expect(detectLanguage(headline), headline).toBe('en');
  });

  it('still reads short Malay items with meninggal, meningkat and melanggar as Malay or Indonesian', () => {
    const items = [
      'Harga minyak meningkat, dua pekerja meninggal dunia',
      'Syarikat itu melanggar peraturan, katanya',
    ];

    for (const item of items) expect(['ms', 'id'], item).toContain(detectLanguage(item));
  });
});
