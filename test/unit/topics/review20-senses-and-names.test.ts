import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { topicIds } from './topic-ids.js';

const ARTS = 'medtop:01000000';
const CRIME = 'medtop:02000000';
const CONFLICT = 'medtop:16000000';
const CIVIL_UNREST = 'medtop:20000065';
const BUSINESS_INFORMATION = 'medtop:20000170';
const GOVERNMENT_POLICY = 'medtop:20000621';
const AGRICULTURE = 'medtop:20000210';
const OIL_AND_GAS = 'medtop:20001243';
const TRANSPORT = 'medtop:20000337';
const AIR_TRANSPORT = 'medtop:20000338';
const SOCIAL_MEDIA = 'medtop:20001182';
const IT = 'medtop:20000763';

describe('senses and names from the twentieth review (topics20, review20 ★9 ★10)', () => {
  it('reads a news agency and a television station quoted as sources as no media story', () => {
    const topics = topicIds(
      'Lebanese and Syrian leaders agree to resume border talks',
      'The presidents of Lebanon and Syria agreed on Sunday to resume talks on their border, the official ' +
        'National News Agency said. The two leaders spoke by telephone, and the prime minister said the ' +
        'committees would meet in Damascus next week, according to a statement read on state television.',
    );

    expect(topics).not.toContain(ARTS);
  });

  it('reads a party that won on a platform of tax cuts, as a news agency reported, as no media story', () => {
    const topics = topicIds(
      'Centre-right wins Norway election on tax-cut platform',
      'The centre-right opposition won a majority in parliament in Norway’s general election on Monday, after ' +
        'campaigning on a platform of lower taxes and cheaper electricity. The prime minister conceded defeat. ' +
        'Analysts said the party’s platform had appealed to voters outside the cities, the NTB news agency reported.',
    );

    expect(topics).not.toContain(ARTS);
    expect(topics).not.toContain(SOCIAL_MEDIA);
    expect(topics).not.toContain(IT);
  });

  it('reads coalition partners who revolt over a tax rise as politics, not civil unrest', () => {
    const topics = topicIds(
      'Finance minister drops fuel tax rise after coalition partners revolt',
      'The finance minister withdrew a planned rise in fuel tax on Wednesday after two coalition partners ' +
        'threatened to vote against the budget in parliament. The government will instead cut spending on ' +
        'consultants, the treasury said.',
    );

    expect(topics).not.toContain(CIVIL_UNREST);
    expect(topics).not.toContain(CONFLICT);
  });

  it('reads an army’s attack on a town that its allies seized as war, not a crime', () => {
    const topics = topicIds(
      'Warplanes hit rebel positions after assault on northern town',
      'Government warplanes and artillery struck rebel positions on Tuesday in response to an attack on the ' +
        'northern town of Tessit, the army said. Rebel fighters helped by a militia seized the town on Saturday ' +
        'from government troops. Britain backed the strikes, and the UN urged both sides to respect the ceasefire.',
    );

    expect(topics).toContain(CONFLICT);
    expect(topics).not.toContain(CRIME);
    expect(topics).not.toContain(GOVERNMENT_POLICY);
  });

  it('files palm oil exports under agriculture, not oil and gas', () => {
    const topics = topicIds(
      'Indonesian palm oil exports rise in March',
      'Indonesia’s exports of crude palm oil rose 12% in March to 2.1 million tonnes, the statistics agency said, ' +
        'as buyers in India and China stocked up before a festival. Crude palm oil output also rose, and ' +
        'stocks of the vegetable oil at plantations fell.',
    );

    expect(topics).toContain(AGRICULTURE);
    expect(topics).not.toContain(OIL_AND_GAS);
  });

  it('reads a subsidy war between trading blocs as no armed conflict', () => {
    const topics = topicIds(
      'Farm exporters press EU and US to end subsidy war',
      'Farm exporting countries urged the European Union and the United States on Thursday to end the subsidy ' +
        'war that has depressed world grain prices, at trade talks in Geneva. They want export subsidies cut ' +
        'and tariffs on farm goods lowered.',
    );

    expect(topics).not.toContain(CONFLICT);
  });

  it('reads a minister’s surname and a deal that will "HOLD" as no gallery and no holding company', () => {
    const topics = topicIds(
      'MALAYSIA: MINISTER SAYS FERRY DEAL WILL HOLD',
      'Transport Minister Chee Hong Tat said on Monday the ferry agreement with Indonesia would stand, despite ' +
        'complaints from operators about the schedule. Tat told reporters the two governments would review it ' +
        'next year.',
    );

    expect(topics).not.toContain(ARTS);
    expect(topics).not.toContain(BUSINESS_INFORMATION);
  });

  it('files the passengers and fares of a cross-border rail link as transport, not air transport', () => {
    const topics = topicIds(
      'Cross-border rail link to open next year',
      'The rail link between the two cities will carry up to 10,000 passengers an hour when it opens next year, ' +
        'the operator said. Fares have not been set, and customs checks will be carried out at both stations.',
    );

    expect(topics).toContain(TRANSPORT);
    expect(topics).not.toContain(AIR_TRANSPORT);
  });

  it('reads a city that Russia "pounds" with drones as no currency', () => {
    const evidence = tagArticle({
      title: 'Russia pounds Kyiv with drones overnight',
      body:
        'Russia pounded Kyiv with more than 400 drones and 40 missiles overnight, killing six people and damaging ' +
        'power plants, Ukrainian officials said. Air defences shot down most of them.',
    }).topics.flatMap((t) => t.evidence ?? []);

    expect(evidence).not.toContain('pounds');
    expect(evidence).not.toContain('pounded');
  });
});
