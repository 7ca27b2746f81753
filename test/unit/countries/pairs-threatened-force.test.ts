import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const pairsOf = (title: string, body: string) =>
  tagArticle({ title, body, language: 'en' }).countryPairs.map((p) => p.pair);

describe('pairs linked by force used or threatened in a country', () => {
  it('links a leader threatening military action in the country the story is about', () => {
    const result = pairsOf(
      'Cameroon declares security emergency after gunmen seize villagers',
      'YAOUNDE, Nov 30 (Reuters) - Cameroonian President Paul Ngoh declared a nationwide security emergency on ' +
        'Sunday after gunmen seized more than 120 villagers from a market town in the Far North region.\n\nIt was ' +
        'the third mass abduction in a month. Ngoh cancelled a trip to the Commonwealth summit in Kenya to deal with ' +
        'the crisis.\n\nChurch leaders said Christians were being targeted. U.S. President Donald Trump has ' +
        'threatened military action in Cameroon over what he calls attacks on Christians, a charge the Cameroonian ' +
        'government rejects.\n\nNo group has claimed responsibility for the abduction.',
    );

    expect(result).toContain('CM-US');
  });

  it('links the country named once as the one that threatens air strikes inside the focus country', () => {
    const result = pairsOf(
      'Gunmen kill 30 in northern Cameroon',
      'Gunmen killed 30 people in northern Cameroon on Sunday, officials said. Cameroonian troops were sent to the ' +
        'area. Police said the attackers fled on motorbikes. A week earlier Chad had threatened air strikes inside ' +
        'Cameroon against the group. Cameroon has asked for calm.',
    );

    expect(result).toContain('CM-TD');
  });

  it('still reads a country after "in" as the venue when no force is named', () => {
    const result = pairsOf(
      'Cameroon minister meets donors',
      'Cameroonian Finance Minister Rose Mbah met donors on Monday to discuss the budget. Cameroon needs $2 billion. ' +
        'Officials said Chad had held a similar meeting in Cameroon last year. Cameroon hopes to sign a deal soon.',
    );

    expect(result).not.toContain('CM-TD');
  });
});
