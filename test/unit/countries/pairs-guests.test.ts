import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const tag = (title: string, body: string) => tagArticle({ title, body, language: 'en' }).countryPairs;

describe('guests of an event', () => {
  it('links no two leaders named as the guests of a ceremony', () => {
    const pairs = tag(
      'Uganda opens Karuma dam; Egypt protests',
      'KAMPALA (AP) - Ugandan President Yoweri Museveni on Tuesday opened the Karuma hydropower dam on the Nile. ' +
        'Egypt said it would defend its water rights, and Egyptian Foreign Minister Badr Abdelatty wrote to the UN ' +
        'that Uganda had acted alone. Rwandan President Paul Kagame and Burundian President Evariste Ndayishimiye ' +
        'attended the ceremony near the Kenyan border. Uganda plans to export power to Kenya and Rwanda.',
    ).map((p) => p.pair);

    expect(pairs).not.toContain('BI-RW');
    expect(pairs).toContain('EG-UG');
  });

  it('ranks two guests a short story is about below any link', () => {
    const pairs = tag(
      'Leaders at inauguration',
      'Rwandan President Paul Kagame and Burundian President Evariste Ndayishimiye attended the inauguration of ' +
        'the new bridge near the border on Monday.',
    );

    expect(pairs.find((p) => p.pair === 'BI-RW')?.score ?? 0).toBeLessThanOrEqual(0.3);
  });

  it('still links two countries that attend their own talks', () => {
    const pairs = tag(
      'Rwanda and Burundi hold border talks',
      'Rwandan President Paul Kagame and Burundian President Evariste Ndayishimiye attended talks on the border ' +
        'dispute in Kigali on Monday and agreed to reopen two crossings.',
    ).map((p) => p.pair);

    expect(pairs).toContain('BI-RW');
  });
});
