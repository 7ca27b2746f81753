import { describe, expect, it } from 'vitest';
import { mentionsOf } from './entities-of.js';

describe('a name written with a lower-case opening', () => {
  it('reads brands that open with lower-case letters before a capital as names', () => {
    const names = mentionsOf(
      "Elon Musk's xAI raised $6 billion on Monday. Shares of eBay rose, budget airline easyJet said bookings grew and trading platform eToro filed for a listing. The maker of the Roomba, iRobot, cut jobs.",
    );

    for (const id of ['xai: xAI', 'ebay: eBay', 'easyjet: easyJet', 'etoro: eToro', 'irobot: iRobot'])
      expect(names.some((line) => line.endsWith(`:${id}`))).toBe(true);
  });

  it('reads one at the start of a sentence and joins its later mentions', () => {
    const names = mentionsOf(
      'eBay said on Thursday it would cut 1,000 jobs. Analysts said eBay had lost buyers.',
    );

    expect(names).toContain('organization:ebay: eBay | eBay');
  });

  it('leaves units, molecules and two-letter symbols alone', () => {
    const names = mentionsOf(
      "Pfizer's mRNA vaccine was approved. The battery holds 5 kWh, the pressure fell to 990 hPa, doses reached 20 mSv and the pH was 7.",
    );

    expect(names).toEqual(['organization:pfizer: Pfizer']);
  });

  it('leaves typing slips that glue a letter or a short word to a name alone', () => {
    const names = mentionsOf(
      'The ofNew Labour plan was dropped, dDrinks said, and asI told them in New yOrk.',
    );

    expect(names.some((line) => /ofnew|ddrinks|asi|york/.test(line))).toBe(false);
  });

  it("reads Apple's devices and services as things and a firm with the same spelling as a firm", () => {
    const names = mentionsOf(
      'iPhone sales in China fell 10%, Counterpoint said. The iPod mini has sold out and the iTunes store grew. The maker of the Roomba, iRobot, cut jobs.',
    );

    expect(names).toContain('other:iphone: iPhone');
    expect(names).toContain('other:ipod: iPod');
    expect(names).toContain('other:itunes: iTunes');
    expect(names).toContain('organization:irobot: iRobot');
  });
});
