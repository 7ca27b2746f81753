import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const SPORT = 'medtop:15000000';
const VIDEO_GAME = 'medtop:20000548';
const CRIME = 'medtop:02000000';
const ECONOMY = 'medtop:04000000';
const WEATHER = 'medtop:17000000';
const HUMAN_INTEREST = 'medtop:08000000';
const AWARD = 'medtop:20000498';
const POLITICS = 'medtop:11000000';
const ARTS = 'medtop:01000000';
const HEALTH = 'medtop:07000000';
const DISASTER = 'medtop:03000000';
const LABOUR = 'medtop:09000000';
const SCIENCE = 'medtop:13000000';
const MERGER = 'medtop:20000204';
const CONFLICT = 'medtop:16000000';
const BIOMEDICAL = 'medtop:20000710';
const MINING = 'medtop:20000320';

const topicsOf = (title: string, body: string) => tagArticle({ title, body }).topics.map((t) => t.id);

describe('words that news uses in a sense other than the lexicon topic', () => {
  it('reads the Winter "Games" as sport, and games for a console as video games', () => {
    const olympics = topicsOf(
      'Winter Games set to open',
      'The Winter Games open in Milan in February. Organisers said the Games would be sustainable and that ' +
        'athletes from 90 nations would compete in the mountains.',
    );
    const console = topicsOf(
      'Nintendo sales rise',
      'Nintendo said players bought more games for its new console over the holidays, and the games ' +
        'industry expects a strong year.',
    );

    expect(olympics[0]).toBe(SPORT);
    expect(olympics).not.toContain(VIDEO_GAME);
    expect(console).toContain(VIDEO_GAME);
  });

  it('reads the "death penalty" as a court matter, not a penalty kick', () => {
    const topics = topicsOf(
      'Prosecutors to seek death penalty',
      'Prosecutors said on Tuesday they would seek the death penalty for the man charged with murder after ' +
        'the shooting at a shopping centre.',
    );

    expect(topics[0]).toBe(CRIME);
    expect(topics).not.toContain(SPORT);
  });

  it('does not read smog over "the capital" as money', () => {
    const topics = topicsOf(
      'Smog chokes city',
      'Thick smog blanketed the capital on Monday and schools moved classes online as pollution levels ' +
        'soared, officials said.',
    );

    expect(topics).not.toContain(ECONOMY);
  });

  it('does not read protesters who "storm" a palace as weather, but keeps a storm with rain and wind', () => {
    const protest = topicsOf(
      'Protests turn violent',
      'Protesters tried to storm the presidential palace on Sunday as police fired tear gas, and the ' +
        'opposition leader called for new elections.',
    );
    const storm = topicsOf(
      'Storm hits coast',
      'A storm brought heavy rain and strong winds to the coast overnight, and forecasters warned of more ' +
        'flooding.',
    );

    expect(protest).not.toContain(WEATHER);
    expect(storm[0]).toBe(WEATHER);
  });

  it('does not read a ruling "Crown Prince" in talks on a war as society news', () => {
    const topics = topicsOf(
      'Saudi crown prince meets envoy',
      'Crown Prince Mohammed bin Salman met the U.S. envoy in Riyadh on Monday to discuss the war in Gaza ' +
        'and a possible ceasefire.',
    );

    expect(topics).not.toContain(HUMAN_INTEREST);
  });

  it("does not read Germany's Chancellor as economics", () => {
    const { topics } = tagArticle({
      title: 'Merz wins vote',
      body:
        'Chancellor Friedrich Merz won a confidence vote in parliament on Tuesday after his coalition agreed ' +
        'to cut taxes for companies, and the opposition said the government had failed.',
    });
    const economy = topics.find((t) => t.id === ECONOMY);

    expect(topics[0]?.id).toBe(POLITICS);
    expect(economy?.evidence ?? []).not.toContain('chancellor');
  });

  it('reads the Presidential Medal of Freedom as an award, not a sports medal', () => {
    const topics = topicsOf(
      'Singer honoured at White House',
      'The singer was awarded the Presidential Medal of Freedom at a ceremony at the White House on Thursday.',
    );

    expect(topics).toContain(AWARD);
    expect(topics).not.toContain(SPORT);
  });

  it('does not read a three-match "series" or the Ryder Cup "singles" as the arts', () => {
    const cricket = topicsOf(
      'England clinch series',
      "England beat India by 22 runs at Lord's on Monday to clinch the three-match series 2-1. Ben Stokes " +
        'took three wickets on the final day.',
    );
    const golf = topicsOf(
      'Europe win Ryder Cup',
      'Europe held off a fightback in the singles on Sunday to win the Ryder Cup. The captain said it was ' +
        'the hardest Ryder Cup of his career.',
    );
    const drama = topicsOf(
      'Streaming drama renewed',
      'The streaming service renewed the drama series for a third season after record audiences, and its ' +
        'director said filming would begin in spring.',
    );

    expect(cricket).not.toContain(ARTS);
    expect(golf).not.toContain(ARTS);
    expect(drama[0]).toBe(ARTS);
  });

  it('does not read a government\'s "treatment" of farmers as medical care', () => {
    const politics = topicsOf(
      'Trump presses Ramaphosa on farmers',
      "President Donald Trump criticised South Africa's treatment of white farmers on Wednesday as he met " +
        'President Cyril Ramaphosa at the White House. Ramaphosa said land reform was lawful.',
    );
    const medicine = topicsOf(
      'New cancer treatment approved',
      'Regulators approved a new treatment for breast cancer on Tuesday after trials showed patients lived ' +
        'longer, doctors said.',
    );

    expect(politics[0]).toBe(POLITICS);
    expect(politics).not.toContain(HEALTH);
    expect(medicine[0]).toBe(HEALTH);
  });
});

describe('words whose sense the leading topic decides', () => {
  it('does not read a minister "under fire" as a blaze, but keeps a fire that killed residents', () => {
    const row = topicsOf(
      'Reeves under fire as budget leak row grows',
      'Chancellor Rachel Reeves came under fire from MPs on Thursday after details of the budget leaked a day ' +
        'early. The Conservatives called for an inquiry.',
    );
    const blaze = topicsOf(
      'Fire at tower block kills three',
      'A fire swept through a tower block overnight, killing three people, the fire brigade said. ' +
        'Firefighters rescued 20 residents.',
    );

    expect(row[0]).toBe(POLITICS);
    expect(row).not.toContain('medtop:20000150');
    expect(blaze[0]).toBe(DISASTER);
  });

  it('reads a drug trial in patients as medicine, and a doctor on trial for murder as a court case', () => {
    const drug = topicsOf(
      'Weight-loss drug cuts heart attacks',
      'A weight-loss drug cut the risk of heart attacks by 20% in a trial of 17,000 patients published in a ' +
        'medical journal on Saturday, researchers said. The trial ran for three years.',
    );
    const court = topicsOf(
      'Doctor on trial for murder',
      'A doctor went on trial on Monday accused of murdering two patients, prosecutors told the jury. The ' +
        'trial is expected to last six weeks.',
    );

    expect(drug[0]).toBe(HEALTH);
    expect(drug).not.toContain(CRIME);
    expect(court[0]).toBe(CRIME);
  });

  it('reads the ICC as the criminal court outside a cricket story, and as cricket in one', () => {
    const court = topicsOf(
      'ICC issues warrant',
      'The International Criminal Court (ICC) issued an arrest warrant on Thursday for a former militia ' +
        'leader accused of war crimes. The ICC said the suspect should be handed over.',
    );
    const cricket = topicsOf(
      'ICC confirms schedule',
      'The ICC confirmed the schedule for the Champions Trophy on Tuesday, with India to play Pakistan in ' +
        'Dubai. The cricket board welcomed the decision.',
    );

    expect(court).not.toContain(SPORT);
    expect(cricket[0]).toBe(SPORT);
  });

  it('does not read provinces that merge as a company merger, but keeps banks that merge', () => {
    const provinces = topicsOf(
      'Vietnam to merge provinces',
      "Vietnam's National Assembly voted on Thursday to merge its 63 provinces into 34, part of a drive by " +
        'the Communist Party to streamline the state. Lawmakers also approved a constitutional amendment.',
    );
    const banks = topicsOf(
      'Banks agree to merge',
      'Two regional lenders agreed to merge in an all-share deal worth $4 billion, the companies said on ' +
        'Monday. Shareholders will vote in March.',
    );

    expect(provinces).not.toContain(ECONOMY);
    expect(banks).toContain(MERGER);
  });

  it('does not read an asteroid that could strike the Moon as a walkout, but keeps a rail strike', () => {
    const asteroid = topicsOf(
      'Asteroid could hit Moon',
      'Astronomers said on Tuesday that the asteroid has a 4% chance of striking the Moon in 2032, according ' +
        'to new observations from the space telescope. A strike would create a crater.',
    );
    const rail = topicsOf(
      'Rail workers strike',
      'Rail workers walked out on Monday in a strike over pay, halting trains across the country, the union ' +
        'said.',
    );

    expect(asteroid[0]).toBe(SCIENCE);
    expect(asteroid).not.toContain(LABOUR);
    expect(rail[0]).toBe(LABOUR);
  });

  it('reads drones shot down over a city as war news first, and a drone maker as technology', () => {
    const war = topicsOf(
      'Russia says it downed 40 Ukrainian drones',
      'Russia said it shot down 40 Ukrainian drones overnight. Kyiv said Russian strikes hit two cities. A ' +
        'Kremlin spokesman declined to comment.',
    );
    const maker = topicsOf(
      'Drone maker raises funds',
      'A start-up that builds delivery drones raised $40 million from investors to expand its fleet of ' +
        'drones, the company said.',
    );

    expect(war[0]).toBe(CONFLICT);
    expect(maker).toContain(SCIENCE);
  });

  it("puts a storm's power cuts and cancelled flights under the weather, not business", () => {
    const storm = topicsOf(
      'Storm brings power cuts and travel disruption',
      'Tens of thousands of homes were left without power after the storm brought gusts of 90mph. Flights ' +
        'were cancelled at the airport and a man died when a tree fell on his car.',
    );
    const airline = topicsOf(
      'Airline adds flights',
      'The airline said it would add 40 flights a week from the airport next summer as bookings rose, ' +
        'lifting its shares 4%.',
    );

    expect(storm[0]).toBe(WEATHER);
    expect(storm).not.toContain(ECONOMY);
    expect(airline[0]).toBe(ECONOMY);
  });

  it('does not read "Gen Z" or "Gen." as genetics, and keeps genes', () => {
    const protest = topicsOf(
      'Gen Z protesters march',
      'Gen Z protesters marched through the capital on Tuesday, and Gen. Ali Hassan said the army would not ' +
        'fire on them. Police used tear gas.',
    );
    const genetics = topicsOf(
      'Gene therapy approved',
      'Regulators approved a gene therapy that edits the genes behind sickle cell disease, the biotech ' +
        'company said.',
    );

    expect(protest).not.toContain(BIOMEDICAL);
    expect(genetics).toContain(BIOMEDICAL);
  });

  it('does not read "min" (minutes) as a mine, and keeps the mines', () => {
    const race = tagArticle({
      title: 'Rider wins stage',
      body: 'The rider won the mountain stage in 4hrs 12min 35sec, two min ahead of his rival, to take the leader’s jersey.',
    }).topics.flatMap((t) => t.evidence ?? []);
    const mines = tagArticle({
      title: 'Copper mines halt output',
      body: 'Two copper mines halted output after a landslide, the mining company said.',
    }).topics.map((t) => t.id);

    expect(race).not.toContain('min');
    expect(mines).toContain(MINING);
  });
});
