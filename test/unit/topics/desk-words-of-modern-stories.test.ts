import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { prepareDocument } from '../../../functions/core/text/document.js';
import { competitionCaseInTitle } from '../../../functions/core/topics/competition-case.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';
import { evidenceOf, firstTopLevel, ids } from './topic-ids.js';

const ELECTION = 'medtop:20000574';
const TRANSPORT = 'medtop:20000337';
const LABOUR_STRIKE = 'medtop:20000530';
const NATURAL_SCIENCE = 'medtop:20000717';
const COUP = 'medtop:20000070';
const DEAL = 'medtop:20000204';
const MUSIC = 'medtop:20000018';
const SOCCER = 'medtop:20001065';
const BASKETBALL = 'medtop:20000851';
const RETAIL = 'medtop:20000252';
const INFLATION = 'medtop:20000370';
const MIGRATION_POLICY = 'medtop:20000634';

describe('desk words of modern stories', () => {
  it('reads a snap election as an election', () => {
    const title = 'Ruling bloc loses majority in Dutch snap election';
    const body =
      "The governing coalition lost its majority in Wednesday's snap election, official results showed on Thursday, after voters turned to a new centrist party. The prime minister called the snap election in June after the coalition collapsed over asylum rules. Turnout was 78 percent.";

    const topics = tagArticle({ title, body }).topics;

    expect(ids(topics)).toContain(ELECTION);
    expect(evidenceOf(topics, ELECTION)).toContain('snap election');
  });

  it('files canal traffic that recovers as storms ease under transport, not weather', () => {
    const title = 'Suez Canal traffic picks up as storms ease in Red Sea';
    const body =
      'Traffic through the Suez Canal rose to 52 ships a day this week, the Suez Canal Authority said on Monday, as storms that had forced cargo ships to wait at anchor eased. Heavy rains and high winds had slowed crossings for ten days. The authority expects transit revenue to recover by the end of the year.';

    const topics = tagArticle({ title, body }).topics;

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.economy);
    expect(evidenceOf(topics, TRANSPORT)).toContain('Suez Canal');
  });

  it('reads workers ending a two-month strike at a fighter jet plant as a labour strike', () => {
    const title = 'Aircraft workers end two-month strike at fighter jet plant';
    const body =
      'About 2,400 workers at the Clydeford aircraft plant, which builds fighter jets and drones for the air force, voted on Tuesday to accept a new pay deal, ending a strike that began in September, their union said. The deal gives workers a 9% raise over two years. Chief executive Ian Moss said the company was glad to have its workers back and that work on the delayed jets would resume next week.';

    const topics = tagArticle({ title, body }).topics;

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.labour);
    expect(evidenceOf(topics, LABOUR_STRIKE)).toEqual(
      expect.arrayContaining(['month strike', 'ending a strike']),
    );
  });

  it('files a Nobel chemistry prize under science first, with the award', () => {
    const title = 'Three share Nobel chemistry prize for porous crystals';
    const body =
      "Mei Tanaka of Japan, Liam Walsh of Ireland and Sara Haddad of Jordan won the Nobel Prize in Chemistry on Wednesday for metal-organic frameworks, porous crystals that can capture carbon dioxide and harvest water from dry air. The Royal Swedish Academy of Sciences said gases and chemicals could flow through the crystals' large inner spaces. The 11 million Swedish crown prize will be shared equally.";

    const topics = tagArticle({ title, body }).topics;

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.science);
    expect(ids(topics)).toContain(NATURAL_SCIENCE);
    expect(ids(topics)).toContain(TOP_LEVEL.humanInterest);
  });
});

describe('words in another sense', () => {
  it('reads a military takeover as a coup and no company takeover', () => {
    const title = 'Junta extends curfew after military takeover';
    const body =
      'The junta that seized power in a military takeover last week extended a night-time curfew on Sunday and said elections would be held within two years. Soldiers patrolled the capital and the ousted president remained under house arrest.';

    const topics = tagArticle({ title, body }).topics;

    expect(ids(topics)).toContain(COUP);
    expect(ids(topics)).not.toContain(DEAL);
  });

  it('gives rock lobster exports no music', () => {
    const title = 'China lifts ban on Australian rock lobster';
    const body =
      "China will resume imports of Australian rock lobster from next month, ending a four-year ban, Australia's trade minister said on Friday. Exporters said the trade had been worth A$700 million a year before the ban.";

    const topics = tagArticle({ title, body }).topics;

    expect(ids(topics)).not.toContain(MUSIC);
    expect(ids(topics)).not.toContain(TOP_LEVEL.arts);
  });

  it('gives a crypto sell-off no merger or acquisition', () => {
    const title = 'Bitcoin slides below $90,000 in crypto sell-off';
    const body =
      'Bitcoin fell below $90,000 on Tuesday for the first time since April as a broad sell-off in cryptocurrencies deepened, with traders pulling money from crypto funds. Ether dropped 6%. Analysts said investors were turning away from risky assets.';

    const topics = tagArticle({ title, body }).topics;

    expect(ids(topics)).not.toContain(DEAL);
  });

  it('gives the San Antonio Spurs in a basketball report no football', () => {
    const title = "Spurs beat Celtics behind rookie's 30 points";
    const body =
      'The San Antonio Spurs beat the Boston Celtics 118-109 on Sunday as their rookie guard scored 30 points and grabbed eight rebounds. The Spurs have won five NBA games in a row.';

    const topics = tagArticle({ title, body }).topics;

    expect(ids(topics)).toContain(BASKETBALL);
    expect(ids(topics)).not.toContain(SOCCER);
  });

  it('reads retail inflation as inflation, not as retail', () => {
    const title = 'Central bank holds rates as retail inflation cools';
    const body =
      'The central bank kept its main interest rate at 5.5% on Thursday after retail inflation eased to 3.1% in October, its lowest level in two years. The governor said the bank would watch food prices closely.';

    const topics = tagArticle({ title, body }).topics;

    expect(ids(topics)).toContain(INFLATION);
    expect(ids(topics)).not.toContain(RETAIL);
  });
});

describe('the desk named in the headline', () => {
  it('reads a headline that a platform did not illegally monopolise its market as a competition case', () => {
    const doc = prepareDocument({
      title: 'Judge rules Chirper did not illegally monopolise social networking',
      body: 'A judge ruled on Tuesday that Chirper did not break the law by buying two rival apps.',
      language: 'en',
    });

    const competition = competitionCaseInTitle(doc, 0);

    expect(competition).toBe(true);
  });

  it('reads a headline fine with no competition law named as no competition case', () => {
    const doc = prepareDocument({
      title: "Regulator fines video app over children's data",
      body: 'The data protection regulator fined the app 345 million euros on Friday.',
      language: 'en',
    });

    const competition = competitionCaseInTitle(doc, 0);

    expect(competition).toBe(false);
  });

  it('files a Nobel chemistry prize under science even when its uses are fuel, farms and energy', () => {
    const title = 'Two share Nobel chemistry prize for catalysts that turn farm waste into fuel';
    const body =
      'Lena Forsberg of Sweden and Raj Mehta of India won the Nobel Prize in Chemistry on Wednesday for metal-organic catalysts that turn farm waste into fuel, the Royal Swedish Academy of Sciences said. The catalysts let plants harvest more energy from organic matter and cut the use of chemicals. The 11 million Swedish crown prize will be shared equally.';

    const topics = tagArticle({ title, body }).topics;

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.science);
    expect(ids(topics)).toContain(NATURAL_SCIENCE);
  });

  it('leaves a chemicals maker whose shares rose after a Nobel prize with business', () => {
    const title = 'Chemicals maker shares jump after Nobel chemistry prize';
    const body =
      'Shares of the chemicals maker Norvale rose 12% on Thursday after two of its former researchers won the Nobel Prize in Chemistry. Analysts said the company could license the catalysts to refiners and raised their profit forecasts.';

    const topics = tagArticle({ title, body }).topics;

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.economy);
  });
});

describe('small boats across the Channel', () => {
  it('reads migrants who cross the Channel in small boats as migration, with no TV channel', () => {
    const title = 'Record 900 migrants cross Channel in small boats';
    const body =
      'More than 900 people crossed the Channel in small boats on Sunday, the highest number on one day this year, government figures showed. Ministers said a returns deal with France would start next month.';

    const topics = tagArticle({ title, body }).topics;

    expect(ids(topics)).toContain(MIGRATION_POLICY);
    expect(ids(topics)).not.toContain(TOP_LEVEL.arts);
  });
});
