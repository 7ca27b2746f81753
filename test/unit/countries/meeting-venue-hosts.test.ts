import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

function tag(title: string, body: string) {
  const result = tagArticle({ title, body });
  return {
    first: result.countries[0]?.code,
    order: result.countries.map((c) => c.code),
    pairs: result.countryPairs.map((p) => p.pair),
  };
}

describe('a meeting in the dateline city (read34 ★1)', () => {
  it('ranks the host after the parties when its minister only hosted the talks', () => {
    const { first, order } = tag(
      'Saudi, Iranian ministers meet in Beijing',
      'BEIJING (Reuters) - The foreign ministers of Saudi Arabia and Iran met in Beijing on Thursday and agreed ' +
        'to reopen embassies within two months. Chinese Foreign Minister Qin Gang hosted the talks.',
    );

    expect(first).not.toBe('CN');
    expect(order.indexOf('CN')).toBeGreaterThan(order.indexOf('IR'));
  });

  it('ranks the host after the parties when its minister opened the talks', () => {
    const { first } = tag(
      'Ukraine, Russia delegations meet in Istanbul for prisoner swap talks',
      'ISTANBUL (Reuters) - Ukrainian and Russian delegations met in Istanbul on Monday for a second round of ' +
        'direct talks on a prisoner exchange. Turkish Foreign Minister Hakan Fidan opened the talks, urging both ' +
        "sides to narrow their differences. Russia's delegation was led by Vladimir Medinsky.",
    );

    expect(first).not.toBe('TR');
  });

  it('ranks a venue named as a mediator after the parties', () => {
    const { first } = tag(
      'Gaza ceasefire talks resume in Doha',
      'DOHA (Reuters) - Israeli and Hamas negotiators resumed indirect talks in Doha on Sunday on a ceasefire in ' +
        'Gaza and the release of hostages, officials said. Mediators from Qatar and Egypt shuttled between the ' +
        'delegations. Israel has said it will keep up its offensive until Hamas is defeated.',
    );

    expect(first).toBe('PS');
  });

  it('keeps first a dateline country that acts in the story itself', () => {
    const { first } = tag(
      'China, Russia hold talks in Beijing',
      'BEIJING (Reuters) - China and Russia held talks in Beijing on Tuesday on energy supplies. China said it ' +
        'would buy more Russian gas, and China will build a second pipeline.',
    );

    expect(first).toBe('CN');
  });
});

describe('pairs tied at one score', () => {
  it("put the headline's parties first, not the host's pairs the alphabet puts first", () => {
    const { pairs } = tag(
      'Saudi, Iranian foreign ministers meet in Beijing, pledge to reopen embassies',
      'BEIJING (Reuters) - The foreign ministers of Saudi Arabia and Iran met in Beijing on Thursday, the ' +
        'highest-level meeting between the two regional rivals in seven years, and agreed to reopen embassies. ' +
        'Chinese Foreign Minister Qin Gang hosted the talks. China brokered a surprise deal last month between ' +
        'Riyadh and Tehran to restore relations, which were severed in 2016.',
    );

    expect(pairs[0]).toBe('IR-SA');
    expect(pairs).toContain('CN-IR');
  });

  it('put the pair of the parties before the venue in "talks resume in Cairo"', () => {
    const { pairs } = tag(
      'Gaza ceasefire talks resume in Cairo as Israel presses offensive',
      'CAIRO (Reuters) - Negotiators from Israel, the United States, Egypt and Qatar met in Cairo on Tuesday for ' +
        'talks on a ceasefire in Gaza and the release of hostages held by Hamas, two Egyptian security sources ' +
        'said. Israeli Prime Minister Benjamin Netanyahu has vowed to press on with an offensive in Rafah, where ' +
        'more than a million Palestinians have sought shelter.',
    );

    expect(pairs[0]).toBe('IL-PS');
  });
});
