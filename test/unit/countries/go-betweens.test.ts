import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

describe('two countries coordinated as the go-betweens of others’ talks', () => {
  it('does not pair two guarantors named once with each other', () => {
    const result = tagArticle({
      title: "Colombia's Petro suspends talks with ELN after attack",
      body:
        'BOGOTA, Jan 17 - Colombian President Gustavo Petro suspended peace talks with the National Liberation ' +
        'Army (ELN) on Friday after the guerrilla group killed at least 80 people near the border with ' +
        'Venezuela.\n\nPetro accused the ELN of "war crimes". Cuba and Norway, guarantors of the talks, called ' +
        'for restraint.\n\nDefence Minister Ivan Velasquez sent 5,000 troops to the area.',
    });

    expect(result.countries.map((c) => c.code)).toEqual(expect.arrayContaining(['CU', 'NO']));
    expect(result.countryPairs.map((p) => p.pair)).not.toContain('CU-NO');
  });

  it('ranks two mediators below each mediator with the parties they bring together', () => {
    const pairs = tagArticle({
      title: "Sudan's warring sides agree truce in talks mediated by Saudi Arabia and the United States",
      body:
        "JEDDAH, May 20 - Sudan's army and the paramilitary Rapid Support Forces agreed to a seven-day " +
        'ceasefire on Monday in talks mediated by Saudi Arabia and the United States, the mediators said in a ' +
        'joint statement.\n\nFighting in Khartoum has killed hundreds since April.',
    }).countryPairs;
    const score = (pair: string) => pairs.find((p) => p.pair === pair)?.score ?? 0;

    expect(score('SA-US')).toBeLessThan(score('SA-SD'));
    expect(score('SA-US')).toBeLessThan(score('SD-US'));
  });
});
