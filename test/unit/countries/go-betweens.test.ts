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

describe('two countries coordinated as hosts, or as the side acting on a third', () => {
  it('does not pair two earlier hosts of talks', () => {
    const pairs = tagArticle({
      title: 'Saudi, Iranian foreign ministers meet in Riyadh as ties thaw',
      body:
        "RIYADH — Iran's foreign minister held talks with his Saudi counterpart in Riyadh on Wednesday.\n\n" +
        'Saudi Arabia and Iran cut ties in 2016. Oman and Iraq hosted earlier rounds of talks.',
    }).countryPairs.map((p) => p.pair);

    expect(pairs).toContain('IR-SA');
    expect(pairs).not.toContain('IQ-OM');
  });

  it('links each of two countries that cut ties with a third to it, not to each other', () => {
    const pairs = tagArticle({
      title: 'UN Security Council fails to extend Mali sanctions after Russian veto',
      body:
        'UNITED NATIONS — Russia on Wednesday vetoed a resolution that would have renewed sanctions on Mali.\n\n' +
        'The UN mission in Mali is withdrawing at the junta’s request. Niger and Burkina Faso have also cut ties ' +
        'with France.',
    }).countryPairs.map((p) => p.pair);

    expect(pairs).toEqual(expect.arrayContaining(['BF-FR', 'FR-NE']));
    expect(pairs).not.toContain('BF-NE');
  });

  it('finds the third country after the two in a long story that names many countries before them', () => {
    const earlier =
      'Ghana and Senegal said on Tuesday they would hold talks on fishing rights with Mauritania in Dakar.\n\n'.repeat(
        40,
      );
    const pairs = tagArticle({
      title: 'West African states review ties',
      body: `${earlier}Niger and Burkina Faso have also cut ties with France, officials in Niamey said.`,
    }).countryPairs.map((p) => p.pair);

    expect(pairs).toEqual(expect.arrayContaining(['BF-FR', 'FR-NE']));
    expect(pairs).not.toContain('BF-NE');
  });
});

describe('names of bodies and treaties that hold a place word', () => {
  it('reads no United States in the Organization of American States, no Italy in the Rome Statute', () => {
    const codes = tagArticle({
      title: 'ICC issues arrest warrant',
      body:
        'THE HAGUE — Russia is not a party to the Rome Statute. Brazil condemned the attempt, as did the ' +
        'Organization of American States.',
    }).countries.map((c) => c.code);

    expect(codes).not.toContain('US');
    expect(codes).not.toContain('IT');
  });
});
