import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { topicIds } from './topic-ids.js';

const CRIME = 'medtop:02000000';
const ECONOMY = 'medtop:04000000';
const CONFLICT = 'medtop:16000000';
const ARMED_CONFLICT = 'medtop:20000056';

describe('armed forces that take ships, and armed groups named "Group"', () => {
  it('files a Revolutionary Guards seizure of an oil tanker as armed conflict before the oil business', () => {
    const { topics } = tagArticle({
      title: "Iran's Revolutionary Guards seize oil tanker in Strait of Hormuz",
      body:
        "Iran's Islamic Revolutionary Guard Corps seized a foreign oil tanker in the Strait of Hormuz on " +
        'Friday, accusing it of smuggling fuel, state media reported. IRGC naval forces boarded the vessel, ' +
        'which was carrying two million barrels of crude oil to Singapore. The United States condemned the ' +
        'seizure as a violation of international law. Oil prices rose 2% after the news.',
    });

    const subtopics = topics.filter((t) => t.level > 1);
    expect(topics[0]?.id).toBe(CONFLICT);
    expect(subtopics[0]?.id).toBe(ARMED_CONFLICT);
    expect(topics.map((t) => t.id)).toContain(ECONOMY);
  });

  it('files a navy seizing a tanker in the headline as armed conflict, with the headline words as evidence', () => {
    const { topics } = tagArticle({
      title: 'Iranian navy seizes Greek-owned tanker in Gulf of Oman',
      body:
        "Iran's navy seized a Greek-owned oil tanker in the Gulf of Oman on Thursday. Commandos descended " +
        'from a helicopter onto the deck of the vessel, which was carrying 1 million barrels of oil to ' +
        "Turkey, according to the ship's operator.",
    });

    expect(topics[0]?.id).toBe(CONFLICT);
    expect(topics.find((t) => t.id === ARMED_CONFLICT)?.evidence).toEqual(
      expect.arrayContaining(['navy', 'seizes', 'tanker']),
    );
  });

  it('leaves a coast guard drug seizure on a vessel to crime', () => {
    const topics = topicIds(
      'Coast guard seizes cocaine worth $200m from vessel off Colombia',
      'The US Coast Guard seized more than 6 tonnes of cocaine worth $200m from a semi-submersible vessel in ' +
        'the eastern Pacific, officials said. Three suspected smugglers were arrested.',
    );

    expect(topics[0]).toBe(CRIME);
  });

  it('files a navy ordering warships as business, with no armed conflict', () => {
    const topics = topicIds(
      'Navy orders six new frigates from BAE Systems in £4bn deal',
      'The Royal Navy has ordered six warships from BAE Systems in a contract worth £4bn, securing 2,000 ' +
        "jobs at the company's shipyards on the Clyde, the defence secretary said. Shares in BAE rose 2%.",
    );

    expect(topics[0]).toBe(ECONOMY);
    expect(topics).not.toContain(ARMED_CONFLICT);
  });

  it('reads the Wagner Group as mercenaries, not a company group', () => {
    const topics = topicIds(
      'Wagner Group accused of executions in Central African Republic',
      'United Nations investigators said on Tuesday that Wagner Group mercenaries had executed dozens of ' +
        'civilians in the Central African Republic. The Wagner Group has operated in the country since 2018, ' +
        'guarding the president and mines. The Kremlin denies links to the Wagner Group.',
    );

    expect(topics[0]).toBe(CONFLICT);
    expect(topics).toContain(ARMED_CONFLICT);
  });
});
