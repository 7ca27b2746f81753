import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { topicIds } from './topic-ids.js';

const ARTS = 'medtop:01000000';
const CRIME = 'medtop:02000000';
const ECONOMY = 'medtop:04000000';
const EDUCATION = 'medtop:05000000';
const HEALTH = 'medtop:07000000';
const POLITICS = 'medtop:11000000';
const SCIENCE = 'medtop:13000000';
const CONFLICT = 'medtop:16000000';
const WEATHER = 'medtop:17000000';
const ASTRONOMY = 'medtop:20000718';
const REGULATION = 'medtop:20000636';
const LAW = 'medtop:20000121';
const BUSINESS_INFORMATION = 'medtop:20000170';
const HEALTHCARE_POLICY = 'medtop:20000479';

const levelOnes = (ids: readonly string[]): string[] => ids.filter((id) => /^medtop:\d\d000000$/.test(id));

describe('words a story takes in another sense (topics18, review18)', () => {
  it('files a ruling that a search giant monopolized a market as competition law, technology not first', () => {
    const topics = topicIds(
      'Judge rules search giant illegally monopolized online advertising market',
      'A federal judge ruled on Thursday that Google illegally maintained a monopoly in online advertising ' +
        'technology, violating the Sherman Act. The Justice Department said it would seek a breakup of the ' +
        'business. Google said it would appeal.',
    );

    expect(topics[0]).not.toBe(SCIENCE);
    expect(topics).toContain(REGULATION);
    expect(topics).toContain(LAW);
  });

  it('reads a minister who hailed a probe reaching orbit as no hail, and the solar wind as astronomy', () => {
    const topics = topicIds(
      'Probe reaches orbit to study the solar wind',
      'The space agency said its probe had reached its orbit around the Sun, where it will study the solar ' +
        'wind and solar flares for five years. The prime minister hailed the achievement.',
    );

    expect(topics).not.toContain(WEATHER);
    expect(topics).toContain(ASTRONOMY);
  });

  it('reads no word of the story in its dateline', () => {
    const topics = topicIds(
      'Migrants cross jungle route in record numbers',
      'MEXICO CITY — More than 2,000 migrants crossed the jungle border in a single day, the migration ' +
        'service said, as families fleeing poverty head north.',
    );

    expect(topics).not.toContain(ECONOMY);
  });

  it('reads the defence of a murder trial as counsel, not the ministry', () => {
    const topics = topicIds(
      'Man sentenced to life for murder of neighbour',
      'A jury convicted the 41-year-old of murdering his neighbour, and the judge sentenced him to life in ' +
        'prison. The defense said it would appeal to the Supreme Court.',
    );

    expect(topics[0]).toBe(CRIME);
    expect(topics).not.toContain(POLITICS);
  });

  it('reads a backbench revolt as parliament, not unrest', () => {
    const topics = topicIds(
      'Prime minister faces backbench revolt over asylum bill',
      'The prime minister faces a backbench revolt as dozens of MPs threatened to vote against the asylum ' +
        'bill in the Commons on Tuesday.',
    );

    expect(topics[0]).toBe(POLITICS);
    expect(topics).not.toContain(CONFLICT);
  });

  it('reads soldiers searching a flooded town as rescuers, not war', () => {
    const topics = topicIds(
      'Floods kill 60 as rescuers search for missing',
      'Flash floods killed at least 60 people in the region, and soldiers and rescue workers searched ' +
        'flooded homes on Wednesday. The government sent 2,000 more troops to help the emergency services.',
    );

    expect(topics).not.toContain(CONFLICT);
  });

  it('reads pounds of drugs as weight, not money', () => {
    const topics = topicIds(
      'Police arrest man with drugs after traffic stop',
      'Police arrested a man after finding 3 pounds of methamphetamine and a stolen handgun in his car ' +
        'during a traffic stop, the sheriff said.',
    );

    expect(topics).not.toContain(ECONOMY);
  });

  it('reads collapsed houses and a town market in an earthquake as no business', () => {
    const topics = topicIds(
      'Earthquake kills 30 in coastal towns',
      'A magnitude 7.1 earthquake killed at least 30 people, officials said. Hundreds of houses collapsed ' +
        'and a fire destroyed the morning market in the old town. Rescuers searched the rubble.',
    );

    expect(topics).not.toContain(BUSINESS_INFORMATION);
  });

  it('reads critics and the ceremony of a swearing-in as politics, not the arts', () => {
    const topics = topicIds(
      'New president sworn in',
      'The new president was sworn in at a ceremony in parliament on Sunday. Critics say the court ruling ' +
        'that allowed his candidacy undermined the constitution.',
    );

    expect(topics).not.toContain(ARTS);
  });

  it('reads university researchers in a health study as no education story', () => {
    const topics = topicIds(
      'Microplastics found in human arteries',
      'Researchers at the University of Naples found microplastics in the arteries of more than half the ' +
        'patients they studied, and those patients had a higher risk of heart attack, the study said.',
    );

    expect(topics).not.toContain(EDUCATION);
  });

  it('files a social network’s share debut as markets, with no media topic from its name', () => {
    const { topics } = tagArticle({
      title: "Reddit's shares soar in stock market debut",
      body:
        "Reddit's shares rose 48% in their debut on the New York Stock Exchange on Thursday, valuing the " +
        'company at $6.4 billion. Investors bought the shares at the top of the marketed range.',
    });
    const ids = topics.map((t) => t.id);

    expect(ids[0]).toBe(ECONOMY);
    expect(ids).not.toContain(ARTS);
  });

  it('files the repeal of a smokefree law as health policy above its tax revenue', () => {
    const topics = topicIds(
      'Government repeals smokefree generation law',
      'The government repealed a law that would have banned tobacco sales to anyone born after 2008, saying ' +
        'it would use the tax revenue to fund tax cuts. Health groups said the smokefree generation law would ' +
        'have saved billions in health costs.',
    );
    const tops = levelOnes(topics);

    expect(topics).toContain(HEALTHCARE_POLICY);
    expect(tops.indexOf(HEALTH)).toBeLessThan(tops.indexOf(ECONOMY) < 0 ? 99 : tops.indexOf(ECONOMY));
  });
});
