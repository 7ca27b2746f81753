import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const pairsOf = (title: string, body: string) =>
  tagArticle({ title, body, language: 'en' }).countryPairs.map((p) => p.pair);

describe('a country named once as the party a word of attack, arms or visit links', () => {
  it('links the attacker with the country whose refinery it struck', () => {
    const result = pairsOf(
      '',
      "Ukraine launched drone attacks on Russia's biggest oil refinery overnight, officials said.",
    );

    expect(result).toEqual(['RU-UA']);
  });

  it('links the accused country with its accuser, named once each in that sentence', () => {
    const result = pairsOf(
      'Mali junta extends transition',
      "BAMAKO (Reuters) - Mali's military government said on Tuesday it would extend the transition by five " +
        "years. Algeria, accused by Mali's junta of arming separatist rebels, denied the charge. The junta " +
        'also dissolved all political parties.',
    );

    expect(result).toContain('DZ-ML');
  });

  it('links the visitor with the country whose capital the visit is to', () => {
    const result = pairsOf(
      '',
      'Prime Minister Keir Starmer arrived in New Delhi on Wednesday for a three-day visit focused on a trade ' +
        'agreement.',
    );

    expect(result).toEqual(['GB-IN']);
  });

  it('links no country a sentence names without such a word between', () => {
    const result = pairsOf(
      'German exports rise',
      'BERLIN (Reuters) - German exports rose 2% in October as demand from China recovered, the statistics ' +
        "office said on Friday. Germany's trade surplus widened.",
    );

    expect(result).toEqual([]);
  });
});

describe('two countries listed after one preposition', () => {
  it('links each buyer with the exporter, not the two buyers with each other', () => {
    const result = pairsOf(
      'Nigerian refinery begins diesel exports to Senegal, Togo',
      "LAGOS (Reuters) - Nigeria's largest refinery has started exporting diesel to Senegal and Togo, the " +
        'company said on Friday, as it seeks new markets in West Africa.',
    );

    expect(result).toEqual(expect.arrayContaining(['NG-SN', 'NG-TG']));
    expect(result).not.toContain('SN-TG');
  });

  it('still links two countries coordinated as the parties of talks between them', () => {
    const result = pairsOf(
      'Japan, South Korea resume talks',
      'TOKYO (Reuters) - Talks between Japan and South Korea on fishing quotas resumed on Monday, officials said.',
    );

    expect(result).toContain('JP-KR');
  });
});

describe('a minister meeting "his Saudi counterpart"', () => {
  it("links the minister's country, named by his name, with the counterpart's demonym", () => {
    const result = pairsOf(
      '',
      'Secretary of State Marco Rubio spoke on Monday with his Saudi counterpart about the war, ' +
        'the State Department said.',
    );

    expect(result).toContain('SA-US');
  });

  it('links them whatever the verb before the counterpart ("spoke with her French counterpart")', () => {
    const result = pairsOf(
      '',
      'Finance Minister Nirmala Sitharaman spoke with her French counterpart on Thursday about tax rules. ' +
        'Sitharaman said India wanted a fair global deal.',
    );

    expect(result).toEqual(['FR-IN']);
  });

  // review21 ★7 (r21-37): "Algeria, which cut diplomatic ties with Morocco in 2021, opened its airspace".
  it('links a country named once with the one it cut ties with', () => {
    const result = pairsOf(
      'Floods hit northern Morocco',
      'RABAT (Reuters) - Floods killed at least 30 people in northern Morocco on Sunday, the Interior Ministry ' +
        'said.\nRoads to Tetouan and Chefchaouen were cut, and the army sent helicopters.\nAlgeria, which cut ' +
        'diplomatic ties with Morocco in 2021, offered to send rescue teams.',
    );

    expect(result).toEqual(['DZ-MA']);
  });
});

describe('the country a trade restriction bears on (review26 #3)', () => {
  it('pairs the country whose agency curbs exports with the country they go to', () => {
    const result = pairsOf(
      'Chip stocks fall',
      'The U.S. Commerce Department tightened curbs on exports of advanced chips to China on Tuesday, officials said.',
    );

    expect(result).toContain('CN-US');
  });

  it('pairs the country lifting a ban with the country its imports come from', () => {
    const result = pairsOf(
      'Japan eases curbs',
      'TOKYO - Japan said on Friday it would lift its ban on beef imports from Brazil after a two-year halt. ' +
        'Japanese officials said inspections had found no new cases.',
    );

    expect(result).toContain('BR-JP');
  });

  it('pairs no country tourists come from when the ban is on something else (read26 F4)', () => {
    const result = pairsOf(
      'Japan lifts bar curfew',
      'TOKYO - Japan lifted its ban on late-night bar openings on Monday, officials said, as sales of cigarettes ' +
        'to tourists from China rose.',
    );

    expect(result).not.toContain('CN-JP');
  });

  it('pairs the country whose export controls bear on goods to another', () => {
    const result = pairsOf(
      'Chip shares slide',
      'The U.S. tightened export controls on advanced chips to China on Tuesday, officials said.',
    );

    expect(result).toContain('CN-US');
  });

  it('pairs no country goods go to without a restriction in the sentence', () => {
    const result = pairsOf(
      'Japanese machinery orders rise',
      "TOKYO - Japan's machinery orders rose 3 percent in March, the Cabinet Office said. Orders from shipbuilders " +
        'doubled as exports of robots to Vietnam recovered. Japanese economists said demand at home was steady, and ' +
        "Japan's central bank kept rates on hold.",
    );

    expect(result).toEqual([]);
  });
});

describe('two events a sentence sets side by side with ", while" (review26 #6)', () => {
  it('pairs no two countries named only on either side of ", while"', () => {
    const result = pairsOf(
      'AI firms court European customers',
      'LONDON - OpenAI chief Sam Altman met British Prime Minister Keir Starmer in London on Tuesday, while ' +
        'Anthropic chief Dario Amodei spoke at a conference in Berlin. Britain wants more AI investment, ' +
        'officials said. German officials have invited both firms to open offices there.',
    );

    expect(result).not.toContain('DE-GB');
  });

  it('still pairs two countries one clause before the ", while" names together', () => {
    const result = pairsOf(
      'Japan, China hold talks',
      'TOKYO - Japan and China held talks on seafood imports on Monday, while markets in Tokyo were closed for a ' +
        'holiday. Japan wants China to lift its ban. China said the talks were useful.',
    );

    expect(result).toContain('CN-JP');
  });
});

describe('the country that only reports what two others agreed (review26 #4)', () => {
  it('ranks the pair of the two that agreed above the speaker country\u2019s pairs', () => {
    const pairs = tagArticle({
      title: 'Armenia and Azerbaijan agree to extend border truce, Kazakhstan says',
      body:
        'ASTANA (Reuters) - Armenia and Azerbaijan agreed to extend a truce on their border by a further month, ' +
        "Kazakhstan's foreign ministry said on Sunday. Armenian officials confirmed the extension. Azerbaijan said " +
        'its troops would respond to any violation. Armenia and Azerbaijan will meet again in Astana next month.',
      language: 'en',
    }).countryPairs;
    const score = (pair: string) => pairs.find((p) => p.pair === pair)?.score ?? 0;

    expect(score('AM-AZ')).toBeGreaterThan(score('AM-KZ'));
    expect(score('AM-AZ')).toBeGreaterThan(score('AZ-KZ'));
  });
});

describe('the country a government urges, presses or warns', () => {
  it('pairs the country whose ministry urged another, named right after the verb', () => {
    const result = pairsOf(
      'Taiwan reports Chinese aircraft near island',
      "TAIPEI (Reuters) - Taiwan's defence ministry said on Monday it had tracked 30 Chinese military aircraft " +
        'near the island. China claims Taiwan as its own territory. The U.S. State Department urged Beijing to ' +
        'stop its military pressure on Taiwan.',
    );

    expect(result).toContain('CN-US');
  });

  it('pairs no country the warning is only about', () => {
    const result = pairsOf(
      'Taiwan reports Chinese aircraft near island',
      "TAIPEI (Reuters) - Taiwan's defence ministry said on Monday it had tracked 30 Chinese military aircraft " +
        'near the island. China claims Taiwan as its own territory. A U.S. think tank warned that the drills ' +
        'were the largest this year.',
    );

    expect(result).not.toContain('CN-US');
  });
});
