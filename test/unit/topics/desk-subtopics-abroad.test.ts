import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const ARTS = 'medtop:01000000';
const CRIME = 'medtop:02000000';
const ECONOMY = 'medtop:04000000';
const ENVIRONMENT = 'medtop:06000000';
const HEALTH = 'medtop:07000000';
const POLITICS = 'medtop:11000000';
const CONFLICT = 'medtop:16000000';
const INTERNATIONAL_RELATIONS = 'medtop:20000638';
const DIPLOMACY = 'medtop:20000639';
const ECONOMY_NODE = 'medtop:20000344';
const INTERNATIONAL_TRADE = 'medtop:20000373';
const TARIFF = 'medtop:20000384';
const ELECTION = 'medtop:20000574';
const NATIONAL_ELECTIONS = 'medtop:20000579';
const GOVERNMENT = 'medtop:20000593';
const MINISTER = 'medtop:20000613';
const ARMED_CONFLICT = 'medtop:20000056';
const WAR = 'medtop:20000062';
const CRIME_NODE = 'medtop:20000082';
const THEFT = 'medtop:20000104';
const DRUG_CRIME = 'medtop:20000095';
const DRUG_TRAFFICKING = 'medtop:20000096';
const MASS_MEDIA = 'medtop:20000045';
const SOCIAL_MEDIA = 'medtop:20001182';
const ECONOMIC_SECTOR = 'medtop:20000209';
const COMPUTING_SECTOR = 'medtop:20000225';
const SEMICONDUCTORS = 'medtop:20000230';
const MARKETS = 'medtop:20000385';
const STOCKS = 'medtop:20000396';
const ENERGY = 'medtop:20000256';
const OIL_AND_GAS = 'medtop:20001243';
const CLIMATE_CHANGE = 'medtop:20000418';
const GLOBAL_WARMING = 'medtop:20000419';
const DISEASES = 'medtop:20000446';
const COMMUNICABLE_DISEASE = 'medtop:20000448';
const EPIDEMIC = 'medtop:20000449';
const GOVERNMENT_HEALTH_CARE = 'medtop:20000480';
const HEALTH_FACILITY = 'medtop:20000461';

/**
 * One invented modern story per subtopic a news desk files most (topics20, brief item 2): the story's top
 * level comes first, and the first subtopic listed lies on the way down to the desk's subtopic.
 */
const STORIES: readonly [what: string, title: string, body: string, top: string, first: readonly string[]][] =
  [
    [
      'diplomacy',
      'Indonesia and Australia agree to restore ambassadors after spying row',
      'Indonesia and Australia agreed on Thursday to send their ambassadors back to each other\'s capitals, ending a five-month diplomatic freeze over claims that Australian agencies had monitored the phones of Indonesian officials.\n\nForeign Minister Sugiono and his Australian counterpart Penny Wong announced the step after talks in Jakarta, saying both governments wanted to rebuild trust. "We have turned a page," Wong told reporters.\n\nThe two neighbours will also resume joint patrols and a dialogue on counter-terrorism that Jakarta suspended in May.',
      POLITICS,
      [INTERNATIONAL_RELATIONS, DIPLOMACY],
    ],
    [
      'international trade',
      'EU imposes tariffs of up to 35% on Chinese electric cars',
      'The European Union will impose tariffs of up to 35.3% on electric vehicles imported from China from Wednesday, after member states failed to block the duties, the European Commission said.\n\nThe commission says Chinese makers benefit from unfair subsidies. Beijing called the move protectionist and said it would take measures to defend its companies, including a complaint at the World Trade Organization.\n\nChina has already opened anti-dumping investigations into European brandy, pork and dairy products.',
      ECONOMY,
      [ECONOMY_NODE, INTERNATIONAL_TRADE, TARIFF],
    ],
    [
      'an election',
      'Ghana opposition leader Mahama wins presidential election',
      "Former president John Mahama won Ghana's presidential election with 56.5% of the vote, the electoral commission said on Monday, after Vice President Mahamudu Bawumia conceded defeat.\n\nTurnout was about 60% in the vote on Saturday, which observers from the African Union called peaceful and credible. Mahama's National Democratic Congress also won a large majority in parliament.\n\nHe will be sworn in on January 7 and has promised to tackle a cost-of-living crisis.",
      POLITICS,
      [ELECTION, NATIONAL_ELECTIONS],
    ],
    [
      'government',
      "Nigeria's president sacks five ministers in cabinet shake-up",
      "Nigerian President Bola Tinubu dismissed five ministers on Wednesday and created a new ministry of livestock development, his office said in a statement.\n\nThe ministers of education, tourism, women affairs, youth development and humanitarian affairs were removed. Ten new nominees will be sent to the Senate for confirmation.\n\nThe presidency said the changes would strengthen the government's delivery on its reform agenda.",
      POLITICS,
      [GOVERNMENT, MINISTER],
    ],
    [
      'armed conflict',
      'Sudan army and RSF clash for control of El Obeid',
      "Fighting between Sudan's army and the paramilitary Rapid Support Forces spread to the outskirts of El Obeid on Sunday, residents said, as the RSF pushed towards the city with artillery and drones.\n\nThe army said its troops had repelled an attack from the west and killed dozens of fighters. Aid groups said thousands of families had fled towards Kosti.\n\nThe war, now in its third year, has killed tens of thousands of people.",
      CONFLICT,
      [ARMED_CONFLICT, WAR],
    ],
    [
      'crime',
      'Man charged with stealing 1,200 bikes in Amsterdam theft ring',
      'Dutch prosecutors have charged a 41-year-old man with running a ring that stole more than 1,200 bicycles in Amsterdam and sold them in Poland and Romania.\n\nPolice found 300 bikes in a warehouse in Zaandam during a raid in March. Four other suspects were arrested at the time and remain in custody.\n\nThe trial is due to open in February.',
      CRIME,
      [CRIME_NODE, THEFT],
    ],
    [
      'drug trafficking',
      'Ecuador seizes 8 tonnes of cocaine bound for Belgium',
      "Ecuadorean police seized eight tonnes of cocaine hidden in a shipment of bananas at the port of Guayaquil, bound for Antwerp, the interior minister said on Sunday.\n\nTwo port workers and a customs agent were arrested. Officials said the drugs belonged to a gang linked to Mexico's Sinaloa cartel.\n\nEcuador has become a major transit route for cocaine smuggled from Colombia and Peru to Europe.",
      CRIME,
      [CRIME_NODE, DRUG_CRIME, DRUG_TRAFFICKING],
    ],
    [
      'social media',
      'Australia bans social media for children under 16',
      "Australia's ban on social media accounts for children under 16 came into force on Wednesday, requiring platforms including TikTok, Instagram, Snapchat and YouTube to remove young users or face fines of up to A$49.5 million.\n\nThe eSafety Commissioner said companies must take reasonable steps to verify users' ages. Meta said it had already begun closing accounts of teenagers it believed were under 16.\n\nCritics say the law will push young people to less regulated corners of the internet.",
      ARTS,
      [MASS_MEDIA, SOCIAL_MEDIA],
    ],
    [
      'the computing industry',
      'Samsung to invest $17 billion in new Texas chip plant',
      "Samsung Electronics will invest $17 billion in a new semiconductor factory in Taylor, Texas, the South Korean company said, as chipmakers expand production in the United States.\n\nThe plant will make advanced chips for smartphones and data centres and is due to start production in 2026. Samsung said it would create 2,000 jobs.\n\nThe company competes with Taiwan's TSMC and Intel for orders from customers such as Nvidia and Apple.",
      ECONOMY,
      [ECONOMIC_SECTOR, COMPUTING_SECTOR, SEMICONDUCTORS],
    ],
    [
      'markets',
      'Wall Street falls as bond yields climb',
      'US stocks fell on Tuesday as Treasury yields rose to their highest in four months, weighing on technology shares.\n\nThe S&P 500 lost 1.1% and the Nasdaq Composite 1.6%. The Dow Jones Industrial Average fell 0.7%. The yield on the 10-year Treasury note rose to 4.6%.\n\nInvestors sold shares of chipmakers and other growth companies, whose valuations are most sensitive to interest rates.',
      ECONOMY,
      [MARKETS, STOCKS],
    ],
    [
      'energy',
      'Norway approves new gas field development in North Sea',
      "Norway's energy ministry approved a plan by Equinor and its partners to develop a new gas field in the North Sea, with production due to start in 2028.\n\nThe field holds an estimated 100 million barrels of oil equivalent, mostly natural gas, which will be exported to Europe by pipeline. The investment is about 20 billion crowns.\n\nNorway has become Europe's largest supplier of gas since Russia cut deliveries in 2022.",
      ECONOMY,
      [ECONOMIC_SECTOR, ENERGY, OIL_AND_GAS],
    ],
    [
      'climate change',
      'World on track for 2.6C of warming, UN report warns',
      'The world is heading for global warming of 2.6C this century under current policies, far above the goals of the Paris Agreement, the United Nations Environment Programme said on Thursday.\n\nGreenhouse gas emissions rose 1.3% last year to a record, the agency said in its annual emissions gap report. Limiting warming to 1.5C would require emissions to fall 42% by 2030.\n\nThe report comes two weeks before the COP30 climate summit in Belem, Brazil.',
      ENVIRONMENT,
      [CLIMATE_CHANGE, GLOBAL_WARMING],
    ],
    [
      'disease',
      'Marburg virus outbreak declared in Ethiopia',
      "Ethiopia's health ministry declared an outbreak of Marburg virus disease on Friday after nine cases were confirmed in the south of the country, the World Health Organization said.\n\nMarburg, a relative of Ebola, causes fever and bleeding and kills up to 88% of those infected. Health workers are tracing more than 200 contacts.\n\nThe WHO said it was sending experts and supplies to help contain the virus.",
      HEALTH,
      [DISEASES, COMMUNICABLE_DISEASE, EPIDEMIC],
    ],
    [
      'health care',
      'NHS waiting list falls for third month in England',
      'The waiting list for hospital treatment in England fell for the third month in a row to 7.39 million, NHS England figures showed on Thursday.\n\nThe number of patients waiting more than 18 weeks also fell, though the health service is still far from its target. A&E departments saw 2.3 million patients in October.\n\nThe health secretary said the figures showed progress but that hospitals faced a difficult winter.',
      HEALTH,
      [GOVERNMENT_HEALTH_CARE, HEALTH_FACILITY],
    ],
  ];

describe('the subtopics a news desk files most, on stories from many countries (topics20)', () => {
  it.each(STORIES)(
    'files a story on %s under its top level and subtopic',
    (_what, title, body, top, first) => {
      const topics = tagArticle({ title, body }).topics;

      expect(topics.find((t) => t.level === 1)?.id).toBe(top);
      expect(first).toContain(topics.find((t) => t.level > 1)?.id);
    },
  );
});
