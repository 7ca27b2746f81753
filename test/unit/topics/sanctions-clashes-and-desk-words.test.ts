import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';
import { evidenceOf, firstTopLevel, ids } from './topic-ids.js';

const ECONOMIC_SANCTION = 'medtop:20000642';
const INTERNATIONAL_RELATIONS = 'medtop:20000638';
const ARMED_CONFLICT = 'medtop:20000056';
const SOCIAL_MEDIA = 'medtop:20001182';
const COMPUTING = 'medtop:20000763';
const CLIMATE_CHANGE = 'medtop:20000418';
const DRUG_TRAFFICKING = 'medtop:20000096';
const ELECTION = 'medtop:20000574';

describe('topics26: sanctions and state visits in the headline', () => {
  it('files sanctions on banks and oil named in the headline under international relations first', () => {
    const title = 'EU extends sanctions on Russia for six more months';
    const body =
      "The European Union extended its economic sanctions on Russia for another six months on Monday, keeping in place curbs on Russian banks, an oil price cap and a freeze on central bank assets.\n\nThe measures, first imposed after the invasion of Ukraine, cover trade, finance, energy and technology. EU diplomats said Hungary had dropped its objections after winning exemptions for its oil imports. The Kremlin said the sanctions were illegal and were hurting European companies more than Russia's economy.";

    const topics = tagArticle({ title, body }).topics;

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.politics);
    expect(ids(topics)).toContain(ECONOMIC_SANCTION);
    expect(evidenceOf(topics, ECONOMIC_SANCTION)).toContain('sanctions');
  });

  it("leaves a trade war's punitive tariffs called sanctions with business", () => {
    const title = 'US to impose trade sanctions on Japanese chips';
    const body =
      "The United States will impose 100% tariffs on $300 million of Japanese electronic goods from next month in retaliation for Japan's failure to honour a semiconductor trade pact, the White House said.\n\nThe sanctions will hit televisions, computers and power tools. Japanese exporters said the tariffs would cost them sales, and the trade minister called the move regrettable.";

    const topics = tagArticle({ title, body }).topics;

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.economy);
  });

  it("reads athletes' sanctions for missed doping tests as no economic sanction", () => {
    const title = 'Athletes face sanctions over missed doping tests';
    const body =
      'Three sprinters face sanctions from the Athletics Integrity Unit after missing doping tests, the governing body said on Tuesday.\n\nThe athletes could be banned for up to two years and miss the world championships in Tokyo.';

    const topics = tagArticle({ title, body }).topics;

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.sport);
    expect(ids(topics)).not.toContain(ECONOMIC_SANCTION);
  });

  it('files a state visit in the headline under international relations before the deals signed', () => {
    const title = 'Chinese president begins state visit to France';
    const body =
      "China's president arrived in Paris on Sunday for a three-day state visit, his first to Europe in five years, as the European Union weighs new curbs on Chinese electric cars.\n\nThe French president will host him for talks on trade, the war in Ukraine and climate change. The two leaders are expected to sign agreements on aviation and farm exports.";

    const topics = tagArticle({ title, body }).topics;

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.politics);
    expect(evidenceOf(topics, INTERNATIONAL_RELATIONS)).toContain('state visit');
  });
});

describe('topics26: words in another sense where politics leads', () => {
  it('reads ministers who clashed over benefit cuts as no fighting', () => {
    const title = 'Ministers clash over plans to cut benefits';
    const body =
      "Cabinet ministers clashed on Tuesday over the chancellor's plans to cut welfare spending, with the work and pensions secretary warning that the cuts would push thousands of children into poverty.\n\nThe prime minister's spokesman said the government was united. Labour backbenchers have threatened to vote against the bill next month.";

    const topics = tagArticle({ title, body }).topics;

    expect(ids(topics)).not.toContain(TOP_LEVEL.conflict);
    expect(ids(topics)).not.toContain(ARMED_CONFLICT);
  });

  it('keeps troops who clashed with rebels as war news', () => {
    const title = 'Troops clash with rebels near border town';
    const body =
      'Government troops clashed with rebels near the border town of Bunia on Sunday, leaving at least 30 fighters dead, the army said.\n\nThe defence minister told parliament the army had retaken two villages. Residents said the fighting had forced thousands of people to flee.';

    const topics = tagArticle({ title, body }).topics;

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.conflict);
    expect(evidenceOf(topics, ARMED_CONFLICT)).toContain('clash');
  });

  it("reads a governor's bid for his party's nomination as an election, not an award or a central bank", () => {
    const title = 'Governor launches bid for presidential nomination';
    const body =
      "The governor of Pennsylvania announced on Monday that he would seek his party's nomination for president, becoming the third candidate to enter the race.\n\nHe told supporters at a rally in Philadelphia that he would focus on the cost of living. His campaign said it had raised $10 million in the first 24 hours. The first primaries are in January.";

    const topics = tagArticle({ title, body }).topics;

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.politics);
    expect(ids(topics)).toContain(ELECTION);
    expect(ids(topics)).not.toContain(TOP_LEVEL.arts);
    expect(evidenceOf(topics, TOP_LEVEL.economy)).not.toContain('governor');
  });

  it('keeps Oscar nominations as film news', () => {
    const title = 'Oppenheimer leads Oscar nominations';
    const body =
      "Oppenheimer led this year's Oscar nominations with 13, including best picture and best director, the Academy said on Tuesday.\n\nPoor Things received 11 nominations and Killers of the Flower Moon 10. The ceremony will be held in Los Angeles in March.";

    const topics = tagArticle({ title, body }).topics;

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.arts);
    expect(evidenceOf(topics, TOP_LEVEL.arts)).toContain('nominations');
  });
});

describe('topics26: people named by their field', () => {
  it('files a jailed blogger under social media, not computing', () => {
    const title = 'Vietnamese blogger arrested for anti-state posts';
    const body =
      'Police in Vietnam arrested a blogger on Friday for posting articles on Facebook that criticised the Communist Party, state media said.\n\nThe 45-year-old faces up to 12 years in prison if convicted of spreading anti-state propaganda. Rights groups say Hanoi has stepped up a crackdown on dissent online this year.';

    const topics = tagArticle({ title, body }).topics;

    expect(ids(topics)).toContain(SOCIAL_MEDIA);
    expect(evidenceOf(topics, SOCIAL_MEDIA)).toContain('blogger');
    expect(evidenceOf(topics, COMPUTING)).not.toContain('propaganda');
  });

  it('gives a climate scientist elected mayor no climate change subtopic', () => {
    const title = 'Climate scientist elected mayor of Vienna';
    const body =
      "A climate scientist who led protests against a motorway was elected mayor of Vienna on Sunday, beating the incumbent by a narrow margin.\n\nThe 52-year-old, who ran for the Greens, won 51% of the vote in the run-off. She promised to build more cycle lanes and cheaper public transport, and said she would cut the city council's spending on consultants.";

    const topics = tagArticle({ title, body }).topics;

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.politics);
    expect(ids(topics)).not.toContain(CLIMATE_CHANGE);
  });
});

describe('topics26: desk subtopics', () => {
  it('files the hottest year on record, measured against pre-industrial levels, under climate change', () => {
    const title = 'Last year was the hottest on record, scientists confirm';
    const body =
      'Last year was the hottest since records began, with global temperatures 1.55C above pre-industrial levels, the World Meteorological Organization said on Friday.\n\nScientists said greenhouse gas emissions from burning fossil fuels were the main cause, with the El Nino weather pattern adding to the heat. The UN secretary-general called for faster cuts in emissions.';

    const topics = tagArticle({ title, body }).topics;

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.environment);
    expect(evidenceOf(topics, CLIMATE_CHANGE)).toContain('global temperatures');
  });

  it('files an attribution study of wildfires under climate change first', () => {
    const title = 'Climate change made LA wildfires more likely, scientists say';
    const body =
      'Climate change made the hot, dry and windy conditions that fuelled the Los Angeles wildfires about 35% more likely, scientists at World Weather Attribution said on Tuesday.\n\nThe fires destroyed more than 16,000 homes and buildings in January. The researchers said rising global temperatures were lengthening the fire season.';

    const topics = tagArticle({ title, body }).topics;

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.environment);
    expect(ids(topics)).toContain(CLIMATE_CHANGE);
  });

  it('files a heroin smuggling ring under drug trafficking', () => {
    const title = 'Police smash heroin smuggling ring at port';
    const body =
      'Police arrested 12 people and seized 200kg of heroin hidden in a shipment of furniture at the port of Felixstowe, the National Crime Agency said on Thursday.\n\nThe gang is accused of importing class A drugs worth \u00a320 million over two years. Officers also seized cash and firearms in raids across London and Essex.';

    const topics = tagArticle({ title, body }).topics;

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.crime);
    expect(evidenceOf(topics, DRUG_TRAFFICKING)).toContain('heroin smuggling');
  });

  it('reads "in a single day" as no hit single', () => {
    const title = 'Bluesky passes 30 million users as people leave X';
    const body =
      "The social network Bluesky said on Monday it had passed 30 million users, after a surge of sign-ups from people leaving Elon Musk's X.\n\nThe platform, which looks much like Twitter did, added a million users in a single day. Some news organisations and celebrities have moved their accounts.";

    const topics = tagArticle({ title, body }).topics;

    expect(ids(topics)).toContain(SOCIAL_MEDIA);
    expect(evidenceOf(topics, TOP_LEVEL.arts)).not.toContain('single');
  });
});

describe('topics26: review26 words in another sense', () => {
  it('reads the defenders of a besieged city as no football defenders', () => {
    const title = 'Kyiv and Moscow exchange 300 prisoners of war';
    const body =
      'Ukraine and Russia exchanged 150 prisoners of war each on Friday, with the freed soldiers including defenders of the besieged port city, officials said. The swap was mediated by the United Arab Emirates.';

    const topics = tagArticle({ title, body }).topics;

    expect(ids(topics)).not.toContain(TOP_LEVEL.sport);
  });

  it('reads a Formula One sprint as motor racing, not athletics', () => {
    const title = 'Norris wins sprint in Austin';
    const body =
      'Lando Norris won the sprint race at the United States Grand Prix on Saturday, holding off Max Verstappen of Red Bull, as McLaren extended their lead in the Formula One constructors standings.';

    const topics = tagArticle({ title, body }).topics;

    expect(ids(topics)).toContain('medtop:20000991');
    expect(ids(topics)).not.toContain('medtop:20000827');
  });

  it("reads a film festival's Grand Prix and jury as film news, not motor racing or a court", () => {
    const title = 'Festival jury gives Grand Prix to Norwegian drama';
    const body =
      "The jury of the Cannes film festival gave its Grand Prix to a Norwegian director's family drama on Saturday, and the best actress award to a French actress for her role in a thriller.";

    const topics = tagArticle({ title, body }).topics;

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.arts);
    expect(ids(topics)).not.toContain(TOP_LEVEL.sport);
    expect(ids(topics)).not.toContain(TOP_LEVEL.crime);
  });

  it('reads a royal academy and a prize in crowns as no royalty where science leads', () => {
    const title = 'Nobel Prize in physics goes to quantum researchers';
    const body =
      'The Royal Swedish Academy of Sciences awarded the Nobel Prize in physics on Tuesday to three scientists for experiments in quantum mechanics. The prize is worth 11 million Swedish crowns and is shared by the three researchers.';

    const topics = tagArticle({ title, body }).topics;

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.science);
    expect(ids(topics)).not.toContain('medtop:20000506');
  });

  it('reads imports that would flood the market as no flood', () => {
    const title = 'Farmers protest against trade deal';
    const body =
      'Thousands of farmers drove tractors into the capital on Monday to protest against a free trade agreement which they say would flood the market with cheap beef and poultry.';

    const topics = tagArticle({ title, body }).topics;

    expect(ids(topics)).not.toContain(TOP_LEVEL.disaster);
  });

  it('files a travel ban on the citizens of several countries under migration policy', () => {
    const title = 'US widens travel ban to seven more countries';
    const body =
      'The White House widened its travel ban on Wednesday, barring citizens of seven more countries from entering the United States and suspending most visas for them. Rights groups said the order would split families.';

    const topics = tagArticle({ title, body }).topics;

    expect(evidenceOf(topics, 'medtop:20000634')).toContain('travel ban');
  });

  it('files housing costs under construction and property', () => {
    const title = 'Housing costs outpace wages across rich countries';
    const body =
      'Housing costs have risen far faster than wages in most rich countries over the past decade, the OECD said on Thursday, urging governments to loosen planning rules and build more homes.';

    const topics = tagArticle({ title, body }).topics;

    expect(evidenceOf(topics, 'medtop:20000235')).toContain('housing costs');
  });
});
