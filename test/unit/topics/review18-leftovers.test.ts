import { describe, expect, it } from 'vitest';
import { topicIds } from './topic-ids.js';

const ARTS = 'medtop:01000000';
const CRIME = 'medtop:02000000';
const DISASTER = 'medtop:03000000';
const ECONOMY = 'medtop:04000000';
const POLITICS = 'medtop:11000000';
const JUDICIARY = 'medtop:20000106';
const ELECTION = 'medtop:20000574';
const LEGISLATURE = 'medtop:20000615';
const INTERNATIONAL_BODY = 'medtop:20000644';
const MIGRATION_POLICY = 'medtop:20000634';
const AUTOMOTIVE = 'medtop:20000296';

describe('words of another story: votes, cars, privacy cases, deportations (topics19, review18 leftovers)', () => {
  it('reads a chamber passing a bill by a vote as a legislature, not an election', () => {
    const topics = topicIds(
      'Lawmakers pass farm subsidy bill after late-night vote',
      'The lower house of parliament passed the farm subsidy bill by 212 votes to 180 late on Wednesday after ' +
        'a debate that ran past midnight. Opposition members voted against the measure, which now goes to the ' +
        'senate. The agriculture minister said the vote showed broad support for farmers hit by the drought.',
    );

    expect(topics[0]).toBe(POLITICS);
    expect(topics).toContain(LEGISLATURE);
    expect(topics).not.toContain(ELECTION);
  });

  it('reads the General Assembly voting on a resolution as an international body, not an election', () => {
    const topics = topicIds(
      'Security Council vote on aid corridor delayed',
      'The UN Security Council postponed a vote on a resolution that would open an aid corridor into the ' +
        'besieged city, diplomats said. Two permanent members have threatened to veto the draft. The General ' +
        'Assembly voted last month to demand humanitarian access.',
    );

    expect(topics).toContain(INTERNATIONAL_BODY);
    expect(topics).not.toContain(ELECTION);
  });

  it('keeps the election of a polling day whose voters vote', () => {
    const topics = topicIds(
      'Counting under way after local vote',
      'Counting began on Thursday night after a local vote in which turnout fell to 31 per cent. Candidates ' +
        'from twelve parties stood for 400 council seats, and the first results are expected by morning.',
    );

    expect(topics).toContain(ELECTION);
  });

  it('reads a stolen car in a police report as no car industry', () => {
    const topics = topicIds(
      'Man arrested after stolen Honda found in river',
      'Police arrested a 22-year-old man on Saturday after a stolen Honda Civic was pulled from the river ' +
        'near the old mill. Officers said the car had been taken from a driveway on Friday night. The man was ' +
        'charged with theft and driving without a licence.',
    );

    expect(topics[0]).toBe(CRIME);
    expect(topics).not.toContain(ECONOMY);
  });

  it('reads the make of a car in a fatal crash as no business story', () => {
    const topics = topicIds(
      'Two killed as Ford pickup hits bus shelter',
      'Two people were killed when a Ford pickup truck mounted the pavement and hit a bus shelter on Saturday ' +
        'evening, police said. The driver, a 58-year-old man, was taken to hospital. The crash closed the road ' +
        'for six hours.',
    );

    expect(topics[0]).toBe(DISASTER);
    expect(topics).not.toContain(ECONOMY);
  });

  it("keeps a carmaker's recall as car industry news", () => {
    const topics = topicIds(
      'Toyota recalls 1 million cars over faulty airbags',
      'Toyota is recalling about one million vehicles worldwide because of airbag sensors that may fail in a ' +
        'crash, the carmaker said on Thursday. The recall covers several models made between 2020 and 2022. ' +
        'Shares of Toyota fell 1 per cent in Tokyo.',
    );

    expect(topics[0]).toBe(ECONOMY);
    expect(topics).toContain(AUTOMOTIVE);
  });

  it("reads a celebrity's privacy case against a magazine as a court case, not politics", () => {
    const topics = topicIds(
      'Singer wins privacy case against magazine',
      'A pop singer has won her High Court privacy case against a celebrity magazine that published ' +
        'photographs of her wedding. The judge awarded her damages of 60,000 pounds, saying the magazine had ' +
        'misused private information. Her lawyer said the ruling was a warning to the paparazzi.',
    );

    expect(topics).toContain(JUDICIARY);
    expect(topics).not.toContain(POLITICS);
  });

  it('reads a reality star who campaigns and wins a privacy case against a tabloid as court and media news', () => {
    const topics = topicIds(
      'Reality TV star wins privacy case against tabloid',
      'A reality TV star has won her privacy case against a tabloid that printed claims about her private ' +
        'life, the High Court ruled on Friday. Her lawyer said damages would be assessed later. The star ' +
        'campaigns on online abuse with a charity.',
    );

    expect(topics.slice(0, 2)).toEqual(expect.arrayContaining([ARTS, CRIME]));
    expect(topics).toContain(JUDICIARY);
    expect(topics).not.toContain(POLITICS);
  });

  it('reads the deportation of children as a war crime, not migration policy', () => {
    const topics = topicIds(
      'Court issues warrant over deportation of children from occupied region',
      'An international court on Friday issued an arrest warrant for a general, accusing him of the war crime ' +
        'of unlawfully deporting hundreds of children during the war. The court said his troops took the ' +
        'children from orphanages in the occupied region.',
    );

    expect(topics).not.toContain(MIGRATION_POLICY);
  });

  it('keeps the deportation of asylum seekers as migration policy, in court too', () => {
    const topics = topicIds(
      'Court halts deportation flight',
      'A court has blocked the first deportation flight carrying asylum seekers abroad, hours before it was ' +
        "due to take off. The judge said the government's policy might breach the asylum seekers' rights. The " +
        'home secretary said she would appeal.',
    );

    expect(topics).toContain(MIGRATION_POLICY);
  });
});

describe('a labour office is no Labour Party (topics19, BBC error analysis)', () => {
  const PARTIES = 'medtop:20000651';
  const LABOUR = 'medtop:09000000';

  it("reads a federal labour agency's jobless figures as labour news, not party politics", () => {
    const topics = topicIds(
      'Jobless total rises again',
      'The Federal Labour Agency said on Wednesday that the number of people out of work rose by 40,000 in ' +
        'March to 3.1 million, taking the jobless rate to 6.8%. Economists had expected a smaller rise.',
    );

    expect(topics).toContain(LABOUR);
    expect(topics).not.toContain(PARTIES);
    expect(topics).not.toContain(POLITICS);
  });

  it('reads a Labour Minister who speaks on hiring as a labour minister, not the party', () => {
    const topics = topicIds(
      'Firms told to hire more nationals',
      'Labour Minister Ahmed Saleh said on Sunday that private firms must raise the share of nationals on ' +
        'their staff to 30% by next year. Companies that miss the target will face fines, the Labour Ministry ' +
        'said in a statement.',
    );

    expect(topics).toContain(LABOUR);
    expect(topics).not.toContain(PARTIES);
  });
});

describe('devolved governments and their members (topics19, BBC error analysis)', () => {
  it('reads the Scottish Executive and MSPs as government, not a company executive', () => {
    const topics = topicIds(
      'Ministers reject call for ferry subsidy',
      'The Scottish Executive has rejected calls from MSPs for a new subsidy for island ferry routes. A ' +
        'spokesman said the executive had already committed £20m to the service this year. MSPs on the ' +
        'transport committee said islanders were being let down.',
    );

    expect(topics[0]).toBe(POLITICS);
    expect(topics).toContain('medtop:20000612');
  });
});
