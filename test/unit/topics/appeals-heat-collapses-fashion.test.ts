import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { topicIds } from './topic-ids.js';

const ARTS = 'medtop:01000000';
const CRIME = 'medtop:02000000';
const DISASTER = 'medtop:03000000';
const ECONOMY = 'medtop:04000000';
const RELIGION = 'medtop:12000000';
const SCIENCE = 'medtop:13000000';
const SPORT = 'medtop:15000000';
const ACCIDENT = 'medtop:20000139';
const NATURAL_DISASTER = 'medtop:20000151';
const FOREIGN_AID = 'medtop:20000643';
const FASHION = 'medtop:20000011';
const RETAIL = 'medtop:20000252';
const MARKETS = 'medtop:20000385';

const levelOnes = (ids: readonly string[]): string[] => ids.filter((id) => /^medtop:\d\d000000$/.test(id));

describe('appeals, heat deaths, collapsed stands, fashion columns and wealth funds (topics18)', () => {
  it('reads a UN appeal for funds against a famine as aid and disaster, not a court appeal or business', () => {
    const topics = topicIds(
      'UN appeals for funds as drought pushes Somalia towards famine',
      'The United Nations launched an urgent appeal on Tuesday for $1.5 billion in funds to help millions of ' +
        'Somalis facing hunger after a fourth failed rainy season.\n\nAid agencies warned that parts of the ' +
        'country could slide into famine within weeks unless donors act quickly. Families have walked for days ' +
        'to reach camps near Mogadishu, where children are being treated for severe malnutrition.\n\nThe World ' +
        'Food Programme said it had been forced to cut rations because of a shortfall in funding.',
    );

    expect(topics).toContain(FOREIGN_AID);
    expect(topics).toContain(NATURAL_DISASTER);
    expect(topics).not.toContain(CRIME);
    expect(levelOnes(topics).indexOf(ECONOMY)).not.toBe(0);
  });

  it('files a charities’ drought appeal as aid and a disaster, not business', () => {
    const topics = topicIds(
      'Charities launch joint appeal for East Africa drought',
      'Fourteen British charities launched a joint appeal on Thursday to raise funds for people hit by ' +
        'drought in Kenya, Ethiopia and Somalia, where more than 20 million people need food aid.\n\nThe ' +
        'charities said the money would pay for food, clean water and treatment for malnourished children.',
    );

    expect(topics).toContain(FOREIGN_AID);
    expect(topics).toContain(NATURAL_DISASTER);
    expect(topics).not.toContain(CRIME);
    expect(levelOnes(topics).indexOf(ECONOMY)).not.toBe(0);
  });

  it('keeps an appeal against a conviction in the courts', () => {
    const topics = topicIds(
      'Former minister appeals against fraud conviction',
      'A former minister jailed for fraud has lodged an appeal against his conviction, his lawyers said. ' +
        'The appeal court will hear the case in March.',
    );

    expect(topics[0]).toBe(CRIME);
  });

  it('lists heat deaths at a pilgrimage as a disaster beside religion', () => {
    const topics = topicIds(
      'Heat deaths at Hajj rise as pilgrims collapse on road to Mount Arafat',
      'Saudi officials said on Monday that scores of pilgrims had died of heatstroke during the Hajj, as ' +
        'worshippers walked for hours in temperatures close to 50C.\n\nWitnesses described people collapsing ' +
        "by the roadside near Mount Arafat, where pilgrims gather to pray. The kingdom's health ministry said " +
        'it had treated thousands of cases of heat exhaustion.\n\nThe pilgrimage to Mecca is a duty for every ' +
        'Muslim who can afford it.',
    );

    expect(topics[0]).toBe(RELIGION);
    expect(levelOnes(topics)[1]).toBe(DISASTER);
    expect(topics).toContain(NATURAL_DISASTER);
  });

  it('adds an accident to a match where a stand collapsed, with no deaths', () => {
    const topics = topicIds(
      'Dozens injured as stand collapses at football stadium',
      'Dozens of fans were injured when part of a temporary stand collapsed during a league match in ' +
        'Algiers on Saturday, officials said.\n\nThe stand gave way shortly before half-time as supporters ' +
        'celebrated a goal by the home side. Ambulances took 37 people to hospital, the civil protection ' +
        'service said.\n\nThe match was abandoned.',
    );

    expect(topics[0]).toBe(SPORT);
    expect(topics).toContain(DISASTER);
    expect(topics).toContain(ACCIDENT);
  });

  it('files a fashion column on what to wear as fashion, not retail', () => {
    const topics = topicIds(
      "The blazer is back: how to wear this autumn's key jacket",
      'Every autumn one piece of clothing takes over the high street, and this year it is the blazer.\n\n' +
        'Designers sent oversized, softly tailored blazers down the catwalk in Milan and Paris, and the shops ' +
        'have followed. Wear yours with wide-leg trousers and loafers for the office, or over a slip dress at ' +
        'the weekend.\n\nYou do not need to spend much. Several high street chains have good versions for ' +
        'under £80, and vintage shops are full of them.',
    );

    expect(topics[0]).toBe(ARTS);
    expect(topics).toContain(FASHION);
    expect(topics).not.toContain(RETAIL);
  });

  it("keeps a retailer's sales on the high street business news", () => {
    const topics = topicIds(
      'High street chains report weak Christmas sales',
      'Britain’s biggest high street chains reported weak Christmas trading on Thursday, as shoppers cut ' +
        'back on clothing and gifts. Like-for-like sales at the fashion retailer fell 3%, and its shares ' +
        'dropped 6%.',
    );

    expect(topics[0]).toBe(ECONOMY);
    expect(topics).toContain(RETAIL);
  });

  it("files a wealth fund's profit on technology shares as finance, with technology not a top level", () => {
    const result = tagArticle({
      title: "Norway's wealth fund posts record profit on tech stocks",
      body:
        "Norway's $1.8 trillion sovereign wealth fund made a record profit of 2.5 trillion crowns, driven by " +
        'gains in technology shares such as Nvidia, Apple and Microsoft, its manager said on Wednesday.\n\n' +
        "The fund, the world's largest, returned 13.1%. Equities made up 71% of its portfolio. In Helsinki, " +
        'Nokia was flat.',
    });
    const topics = result.topics.map((t) => t.id);

    expect(topics[0]).toBe(ECONOMY);
    expect(topics).toContain(MARKETS);
    expect(topics).not.toContain(SCIENCE);
  });

  it('files a wealth fund investing in AI data centres as business first, technology second', () => {
    const topics = topicIds(
      'Saudi wealth fund invests $5 billion in AI data centres',
      "Saudi Arabia's Public Investment Fund said on Monday it would invest $5 billion in a joint venture to " +
        'build artificial intelligence data centres in the kingdom, as the sovereign wealth fund seeks to ' +
        'diversify the economy away from oil.\n\nThe fund will hold a 60 percent stake in the venture with a ' +
        'US cloud computing company.',
    );

    expect(topics[0]).toBe(ECONOMY);
    expect(levelOnes(topics)[1]).toBe(SCIENCE);
  });
});
