import { describe, expect, it } from 'vitest';
import type { Country, Topic } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { prepareDocument } from '../../../functions/core/text/document.js';
import { scoreTopics } from '../../../functions/core/topics/score.js';
import { TAXONOMY } from '../../../functions/core/topics/taxonomy.js';
import { topicIds } from './topic-ids.js';

const ECONOMY = 'medtop:04000000';
const POLITICS = 'medtop:11000000';
const SPORT = 'medtop:15000000';
const CRIME = 'medtop:02000000';
const SCIENCE_TECH = 'medtop:13000000';
const INTERNATIONAL_TRADE = 'medtop:20000373';
const TARIFF = 'medtop:20000384';
const ELECTION = 'medtop:20000574';
const DRUG_TRAFFICKING = 'medtop:20000096';
const INTERNATIONAL_RELATIONS = 'medtop:20000638';

function topicsOf(title: string, body: string, language = 'en', countries: Country[] = []): Topic[] {
  return scoreTopics(prepareDocument({ title, body, language }), [], countries);
}

const ids = (topics: Topic[]) => topics.map((t) => t.id);
const topLevel = (topics: Topic[]) => topics.find((t) => t.level === 1)?.id;

const TRADE_STORY = {
  title: 'US raises tariffs on Chinese steel as trade war deepens',
  body: `The United States will impose new tariffs of 25% on steel imports from China, the trade representative
said on Monday, escalating a trade dispute between the world's two largest economies. Beijing said it would
retaliate with duties on American farm exports and file a complaint at the World Trade Organization.
Exporters warned that the tariffs would raise costs, and economists said the trade deficit was unlikely to narrow.`,
};

const ELECTION_STORY = {
  title: 'Opposition leads in final poll before general election',
  body: `Voters go to the polls on Thursday in a general election that opinion polls suggest will be close.
The opposition party's candidate campaigned in marginal constituencies, while the prime minister urged
supporters to turn out. Turnout is expected to be high, and ballot papers will be counted overnight.`,
};

const FOOTBALL_STORY = {
  title: 'Late penalty gives United victory at Anfield',
  body: `A penalty in stoppage time gave United a 2-1 win over Liverpool in the Premier League on Saturday.
The striker scored from the spot after the goalkeeper brought down the winger. The manager praised his
squad, and the result lifts the club to third in the table with ten matches of the season left.`,
};

const FENTANYL_STORY = {
  title: 'Police seize fentanyl in cross-border trafficking bust',
  body: `Police arrested six people and seized 40 kilograms of fentanyl in a raid on a warehouse used by a
drug cartel, prosecutors said. The drug traffickers had smuggled precursor chemicals across the border.
The suspects were charged with drug trafficking and money laundering and will appear in court next week.`,
};

const SOCIAL_MEDIA_STORY = {
  title: 'Social media platform changes its algorithm for teenage users',
  body: `The social media platform said it would change the algorithm behind its feed after criticism that
young users were shown harmful posts. The company, which runs apps used by millions on their smartphones,
said the software update would roll out worldwide. Rival social networks such as Instagram and YouTube
have made similar changes to their online services.`,
};

describe('scoreTopics', () => {
  it('tags a trade story with the economy, international trade and tariff, each with its ancestors', () => {
    const topics = topicsOf(TRADE_STORY.title, TRADE_STORY.body);

    expect(topLevel(topics)).toBe(ECONOMY);
    expect(ids(topics)).toEqual(expect.arrayContaining([INTERNATIONAL_TRADE, TARIFF, 'medtop:20000344']));
    expect(topics.find((t) => t.id === TARIFF)?.evidence).toContain('tariffs');
  });

  it('tags an election story with politics and election', () => {
    const topics = topicsOf(ELECTION_STORY.title, ELECTION_STORY.body);

    expect(topLevel(topics)).toBe(POLITICS);
    expect(ids(topics)).toContain(ELECTION);
  });

  it('tags a football match report with sport', () => {
    const topics = topicsOf(FOOTBALL_STORY.title, FOOTBALL_STORY.body);

    expect(topLevel(topics)).toBe(SPORT);
    expect(ids(topics)).toContain('medtop:20001065');
  });

  it('tags a fentanyl trafficking story with crime and drug trafficking', () => {
    const topics = topicsOf(FENTANYL_STORY.title, FENTANYL_STORY.body);

    expect(topLevel(topics)).toBe(CRIME);
    expect(ids(topics)).toContain(DRUG_TRAFFICKING);
  });

  it('tags a social media platform story with science and technology', () => {
    const topics = topicsOf(SOCIAL_MEDIA_STORY.title, SOCIAL_MEDIA_STORY.body);

    expect(ids(topics)).toContain(SCIENCE_TECH);
    expect(ids(topics)).toContain('medtop:20001182');
  });

  it('weighs international relations up when the article is about two countries', () => {
    const body = `The foreign minister met the ambassador for talks on the border dispute and bilateral ties.`;
    const country = (code: string, name: string): Country => ({
      code,
      name,
      salience: 0.8,
      focus: true,
      mentions: [],
    });

    const alone = topicsOf('', body);
    const between = topicsOf('', body, 'en', [country('CN', 'China'), country('US', 'United States')]);

    const relations = (topics: Topic[]) => topics.find((t) => t.id === INTERNATIONAL_RELATIONS);
    expect(relations(between)?.score).toBeGreaterThan(relations(alone)?.score ?? 0);
    expect(relations(between)?.evidence?.some((e) => e.startsWith('countries:'))).toBe(true);
  });

  it('counts crime words said about a government bill toward government policy', () => {
    const crimeWords = 'judges could jail offenders and police could detain suspects for longer.';
    const asPolicy = topicsOf('', `The home secretary told MPs the bill meant ${crimeWords}`);
    const asReport = topicsOf('', `In court on Monday it emerged that ${crimeWords}`);

    const policy = (topics: Topic[]) => topics.find((t) => t.id === 'medtop:20000621')?.score ?? 0;
    expect(policy(asPolicy)).toBeGreaterThan(0);
    expect(policy(asReport)).toBe(0);
  });

  it('lets a government actor frame the sentence after it too, as "he" or "she" continues the story', () => {
    const policy = (topics: Topic[]) => topics.find((t) => t.id === 'medtop:20000621')?.score ?? 0;
    const crime = 'Judges could jail offenders and police could detain suspects for longer.';
    const next = topicsOf('', `The home secretary spoke to MPs on Monday. ${crime}`);
    const later = topicsOf('', `The home secretary spoke to MPs on Monday. It rained. ${crime}`);

    expect(policy(next)).toBeGreaterThan(policy(later));
  });

  it('counts crime said of a performer toward arts and entertainment, and of a company toward business', () => {
    const scoreOf = (topics: Topic[], id: string) => topics.find((t) => t.id === id)?.score ?? 0;
    const crime = 'was jailed for assault and fraud after a court heard the evidence';
    const together = (actor: string) => topicsOf('', `Police said the ${actor} ${crime}. Nobody else spoke.`);
    const apart = (actor: string) => topicsOf('', `Police said the man ${crime}. The ${actor} spoke.`);

    expect(scoreOf(together('rapper'), 'medtop:20000002')).toBeGreaterThan(
      scoreOf(apart('rapper'), 'medtop:20000002'),
    );
    expect(scoreOf(together('company'), 'medtop:20000170')).toBeGreaterThan(
      scoreOf(apart('company'), 'medtop:20000170'),
    );
  });

  it('counts business words said of computing products toward information technology', () => {
    const scoreOf = (topics: Topic[]) => topics.find((t) => t.id === 'medtop:20000763')?.score ?? 0;
    const money = 'profits rose as sales and revenues beat analysts forecasts';
    const together = topicsOf('', `Its ${money} for software and broadband. The weather was fine.`);
    const apart = topicsOf('', `Its ${money}. The software and broadband worked.`);

    expect(scoreOf(together)).toBeGreaterThan(scoreOf(apart));
  });

  it('lists the whole ancestor chain of every subtopic it reports', () => {
    const parentOf = new Map(TAXONOMY.map(([id, , parent]) => [id, parent]));
    for (const story of [TRADE_STORY, ELECTION_STORY, FOOTBALL_STORY, FENTANYL_STORY, SOCIAL_MEDIA_STORY]) {
      const topics = topicsOf(story.title, story.body);
      const listed = new Set(ids(topics));
      for (const topic of topics) {
        const parent = parentOf.get(topic.id);
        if (parent) expect(listed.has(parent), `${topic.id} without ${parent}`).toBe(true);
      }
    }
  });

  it('sorts topics by score, highest first, with scores in 0..1 and levels matching the taxonomy', () => {
    const levelOf = new Map(TAXONOMY.map(([id, , , level]) => [id, level]));
    const topics = topicsOf(TRADE_STORY.title, `${TRADE_STORY.body}\n${ELECTION_STORY.body}`);

    expect(topics.length).toBeGreaterThan(3);
    for (let i = 1; i < topics.length; i++) {
      expect(topics[i - 1]?.score).toBeGreaterThanOrEqual(topics[i]?.score ?? 0);
    }
    for (const topic of topics) {
      expect(topic.score).toBeGreaterThanOrEqual(0);
      expect(topic.score).toBeLessThanOrEqual(1);
      expect(topic.level).toBe(levelOf.get(topic.id));
    }
  });

  it('returns no topics for an empty article', () => {
    expect(topicsOf('', '')).toEqual([]);
  });

  it("reads an article labelled as another language with that language's words only: top levels, no English subtopics", () => {
    const topics = topicsOf(ELECTION_STORY.title, ELECTION_STORY.body, 'de');

    // The German lists read "opposition" and "minister" in it; the English lexicon's subtopics never come.
    expect(topics.map((t) => [t.id, t.level])).toEqual([['medtop:11000000', 1]]);
    expect(topics.flatMap((t) => t.evidence ?? [])).not.toContain('election');
  });

  it('does not read the pronoun "us" or a capitalised sentence start as the acronyms it resembles', () => {
    const topics = topicsOf('', 'It was raining. Give us a call. It rained again.');

    expect(ids(topics)).not.toContain('medtop:20000763');
  });

  it('reads "strikes" as attacks in a war story and as a walkout in a labour story', () => {
    const LABOUR = 'medtop:09000000';
    const war = topicsOf(
      'Strikes hit border towns',
      'Air strikes hit two towns on Monday, killing 20 people. The army said the strikes targeted militants.',
    );
    const walkout = topicsOf(
      'Rail strikes to go ahead',
      'Rail workers will strike on Monday after pay talks collapsed, the union said. The strikes will hit commuters.',
    );

    expect(ids(war)).toContain('medtop:16000000');
    expect(ids(war)).not.toContain(LABOUR);
    expect(ids(walkout)).toContain(LABOUR);
    expect(ids(walkout)).toContain('medtop:20000530');
  });
});

describe('words of another sense', () => {
  it('does not read a ceasefire "brokered" by mediators as market news', () => {
    const topics = topicsOf(
      'Ceasefire agreed in border war',
      'The two sides agreed to a ceasefire brokered by neighbouring governments after weeks of fighting, ' +
        'mediators said. Troops will withdraw from the border and prisoners will be exchanged.',
    );

    expect(ids(topics)).not.toContain('medtop:20000385');
  });

  it('reads a river that burst its banks as a natural disaster, not banking', () => {
    const topics = topicsOf(
      'Floods force thousands from homes',
      'Heavy rain caused the river to burst its banks on Friday, flooding villages and forcing thousands ' +
        'to leave their homes. Rescue teams used boats to reach people trapped on roofs.',
    );

    expect(ids(topics)).toContain('medtop:20000151');
    expect(ids(topics)).not.toContain('medtop:20000274');
  });
});

describe('ordinary words inside names of people and places', () => {
  const BANKING = 'medtop:20000274';
  const LIFESTYLE = 'medtop:10000000';

  it('does not read the West Bank as a bank or Tim Cook as cooking', () => {
    const ids = topicIds(
      'Settlers attack village',
      'Israeli settlers attacked a Palestinian village in the occupied West Bank on Sunday, witnesses said. ' +
        'Separately, Tim Cook, the chief executive of Apple, visited the company’s new office in Ramallah.',
    );

    expect(ids).not.toContain(BANKING);
    expect(ids).not.toContain(LIFESTYLE);
  });

  it('reads the last word of a facility’s name as what the place is', () => {
    const evidence = tagArticle({
      title: 'Inmates riot over conditions',
      body: 'Inmates at Belmarsh Prison in south London rioted on Monday over overcrowding, the justice ministry said.',
    }).topics.flatMap((t) => t.evidence ?? []);

    expect(evidence).toContain('prison');
  });

  it('still reads the word where it stands alone', () => {
    const ids = topicIds(
      'Bank raises fees',
      'The bank said on Monday it would raise account fees for its customers, and other banks may follow.',
    );

    expect(ids).toContain(BANKING);
  });
});

describe('modern media and market idioms', () => {
  const TELEVISION = 'medtop:20000051';
  const LIFESTYLE = 'medtop:10000000';
  const ARTS = 'medtop:01000000';

  it('reads streaming services as television, not only as company results', () => {
    const topics = topicIds(
      'Netflix loses subscribers as rivals cut prices',
      'Netflix lost two million subscribers in the spring as Hulu and Prime Video cut prices and bundled ' +
        'their streaming services with mobile phone plans. Its shares fell 6% on Wednesday.',
    );

    expect(topics).toContain(TELEVISION);
  });

  it('does not read investors who "bet on" a rate cut as gambling', () => {
    const topics = topicIds(
      'Bond yields fall as investors bet on rate cuts',
      'Government bond yields fell on Tuesday as investors bet that the central bank would cut interest ' +
        'rates twice this year. Traders said inflation figures due on Friday would test that view.',
    );

    expect(topics).not.toContain(LIFESTYLE);
  });

  it('does not read a best-selling aircraft as literature', () => {
    const topics = topicIds(
      'Planemaker resumes deliveries of its best-selling jet',
      'The planemaker said production of its best-selling jet would restart next week after regulators ' +
        'approved changes to the wiring. Airlines have waited months for the aircraft.',
    );

    expect(topics).not.toContain(ARTS);
  });
});

describe('military words that share a stem or a sense with other topics', () => {
  const DISASTER = 'medtop:03000000';
  const OIL_AND_GAS = 'medtop:20001243';
  const LIFESTYLE = 'medtop:10000000';
  const CONFLICT = 'medtop:16000000';

  it('reads troops that exchanged fire and a missile fired as conflict, not a blaze', () => {
    const topics = topicIds(
      'Border troops exchange fire after missile launch',
      'Soldiers on both sides of the border exchanged heavy fire overnight after the army fired a missile ' +
        'at what it called militant positions. The defence ministry said two soldiers were wounded.',
    );

    expect(topics).toContain(CONFLICT);
    expect(topics).not.toContain(DISASTER);
  });

  it('still reads a house fire as a disaster', () => {
    const topics = topicIds(
      'Family rescued from house fire',
      'A fire swept through a terraced house on Sunday night. Neighbours raised the alarm and the family ' +
        'escaped before the fire spread to the roof, the local fire service said.',
    );

    expect(topics).toContain(DISASTER);
  });

  it('does not read naval drills and military exercises as oil drilling or fitness', () => {
    const topics = topicIds(
      'Warships hold drills near disputed islands',
      'The navy began three days of drills near the disputed islands on Monday, with warships and fighter ' +
        'jets taking part in live-fire exercises. Neighbouring governments urged it to exercise restraint.',
    );

    expect(topics).not.toContain(OIL_AND_GAS);
    expect(topics).not.toContain(LIFESTYLE);
  });
});

describe('hiking is leisure, a rate hike is economy', () => {
  it('reads a walking guide as lifestyle and leisure, not interest rates', () => {
    const topics = topicIds(
      'The best hiking trails for a winter weekend',
      'Winter is a great time for hiking in the hills, with fewer crowds. Our writer picks ten trails ' +
        'within two hours of the city, from gentle woodland walks to steep ridge climbs.',
    );

    expect(topics[0]).toBe('medtop:10000000');
    expect(topics).not.toContain('medtop:20000371');
  });

  it('still reads a rate hike as interest rates', () => {
    const topics = topicIds(
      'Central bank hikes rates again',
      'The central bank hiked interest rates by half a point on Thursday, its fifth hike this year.',
    );

    expect(topics).toContain('medtop:20000371');
  });
});

describe('retaliation in a war story', () => {
  it('reads air strikes "in retaliation" as conflict, not a trade dispute', () => {
    const topics = topicIds(
      'Warplanes strike air defences in retaliation for missile attack',
      'Warplanes struck air defence systems and missile factories early on Saturday in retaliation for a ' +
        'missile attack this month, the military said. Four soldiers were killed.',
    );

    expect(topics[0]).toBe('medtop:16000000');
    expect(topics).not.toContain('medtop:20000376');
  });

  it('still reads retaliatory tariffs as a trade dispute', () => {
    const topics = topicIds(
      'Beijing vows to retaliate against new tariffs',
      'The commerce ministry said it would impose retaliatory tariffs on imports of soybeans and pork ' +
        'in retaliation for duties announced last week, deepening the trade dispute.',
    );

    expect(topics).toContain('medtop:20000376');
  });
});

describe('attacks on economic targets', () => {
  it('reads drones striking an oil refinery as war news first', () => {
    const topics = tagArticle({
      title: 'Drones hit oil refinery in overnight attack',
      body:
        'Drones struck an oil refinery overnight, starting a blaze and halting fuel production, the regional ' +
        'governor said. Air defences destroyed 42 drones over seven regions, the defence ministry said, and ' +
        'the attack was part of a campaign to cut fuel supplies to the army.',
    }).topics.filter((t) => t.level === 1);

    expect(topics[0]?.id).toBe('medtop:16000000');
  });
});
