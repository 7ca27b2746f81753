import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const pairsOf = (title: string, body: string) =>
  tagArticle({ title, body, language: 'en' }).countryPairs.map((p) => p.pair);

describe('the country behind an earlier attack pairs with the country it hit (review33 ★P1)', () => {
  it('pairs the agent of a passive attack with the subject of a short story', () => {
    const pairs = pairsOf(
      'Bridges reopen',
      'KYIV, Dec 1 (Reuters) - Ukraine has started repairing bridges destroyed by Russian missiles last spring, ' +
        'the infrastructure minister said on Monday.',
    );

    expect(pairs).toContain('RU-UA');
  });

  it('pairs each attacker of a coordinated "since" phrase with the country hit', () => {
    const pairs = pairsOf(
      'Inspectors still kept out',
      'VIENNA, Dec 1 (Reuters) - Iran has kept inspectors away since Israeli and U.S. strikes on its ' +
        'uranium plants in June, the agency said on Monday.',
    );

    expect(pairs).toContain('IL-IR');
    expect(pairs).toContain('IR-US');
  });

  it('pairs the attacker named once in a longer story with the country whose hospital it damaged', () => {
    const pairs = pairsOf(
      'Southern hospital reopens',
      'BEIRUT, Dec 1 (Reuters) - Lebanon reopened a clinic in Tyre on Monday that was damaged by Israeli air ' +
        'strikes last year, the health ministry said. The 80-bed clinic was rebuilt in nine months. Doctors ' +
        'expect 200 patients a day. A second clinic will open in March.',
    );

    expect(pairs).toContain('IL-LB');
  });

  it('does not pair a market with the attacker of another named country', () => {
    const pairs = pairsOf(
      'Tokyo shares slide',
      "TOKYO, Dec 1 (Reuters) - Japan's Topix index fell 2% on Monday after U.S. strikes on Venezuela lifted " +
        'oil prices, traders said.',
    );

    expect(pairs).not.toContain('JP-US');
  });

  it('does not pair a market story with the attacker of a strike given only as a time (read33 F6)', () => {
    const pairs = pairsOf(
      'Cairo shares fall',
      'CAIRO, Dec 3 (Reuters) - Egyptian shares fell 2% on Wednesday after Israeli strikes overnight, traders said.',
    );

    expect(pairs).not.toContain('EG-IL');
  });

  it('does not pair a country with the attacker that began attacks elsewhere (read33 F6)', () => {
    const pairs = pairsOf(
      'Defence budget',
      'WARSAW, Dec 3 (Reuters) - Poland has doubled its defence spending since Russian attacks began, the ' +
        'defence minister said on Wednesday.',
    );

    expect(pairs).not.toContain('PL-RU');
  });

  it('pairs the attacker whose strikes hit "its" things after "after"', () => {
    const pairs = pairsOf(
      'Grain exports drop',
      'KYIV, Dec 3 (Reuters) - Ukraine said grain exports fell by a fifth in November after Russian drones ' +
        'damaged its river ports.',
    );

    expect(pairs).toContain('RU-UA');
  });
});
