import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const MERGER = 'medtop:20000204';
const LAYOFFS = 'medtop:20000189';
const TRAVEL = 'medtop:20000563';
const LIFESTYLE = 'medtop:10000000';
const ARTS = 'medtop:01000000';
const MUSIC = 'medtop:20000018';
const ELECTION = 'medtop:20000574';
const TREATY = 'medtop:20000641';
const HUMAN_INTEREST = 'medtop:08000000';
const ECONOMY = 'medtop:04000000';

const topicsOf = (title: string, body: string) => tagArticle({ title, body }).topics;
const idsOf = (title: string, body: string) => topicsOf(title, body).map((t) => t.id);

describe('a firm bought with the verbs of buying (topics49, wild49 T1)', () => {
  it('files a firm bought for a sum as a merger or acquisition', () => {
    const ids = idsOf('', 'The conglomerate bought Zentrix Chemicals for $9.7 billion, the companies said.');

    expect(ids).toContain(MERGER);
  });

  it('files "agreed to purchase" a named firm as a merger or acquisition', () => {
    const ids = idsOf(
      '',
      'Halvorsen Group agreed to purchase Meridian Pharma for about $10 billion on Monday.',
    );

    expect(ids).toContain(MERGER);
  });

  it('files a completed purchase of a firm and a bidding war for one as deals', () => {
    expect(idsOf('', 'Nordic Steel completed its purchase of Baltic Steel Works on Friday.')).toContain(
      MERGER,
    );
    expect(idsOf('', 'The bidding war for Harbour Studios heated up on Tuesday.')).toContain(MERGER);
  });

  it('files a firm taken private and a business spun off as deals', () => {
    expect(idsOf('', 'The games publisher agreed to be taken private by a consortium.')).toContain(MERGER);
    expect(idsOf('', 'The food group will spin off its ice cream business next year.')).toContain(MERGER);
  });

  it('gives shares bought back, jets bought from a maker and goods bought from a bank no deal', () => {
    expect(idsOf('', 'The company will buy back shares worth $5 billion.')).not.toContain(MERGER);
    expect(idsOf('', 'Ryanair will buy 150 Boeing jets in a deal worth $30 billion.')).not.toContain(MERGER);
    expect(idsOf('', 'The fund bought notes from Mellon Bank for $50 million.')).not.toContain(MERGER);
  });
});

describe('jobs cut with their number (topics49, wild49 T7)', () => {
  it.each([
    'Nestle said it would cut 16,000 jobs over two years.',
    'The carmaker will axe 35,000 jobs in Germany by 2030.',
    'The parcel firm eliminated 48,000 positions this year.',
    'The retailer said it would cut about 14,000 corporate roles.',
    'The software maker will slash 4% of its workforce.',
    'The bank said about 2,000 staff would be made redundant.',
    'The carmaker will close seven plants worldwide.',
  ])('files "%s" under layoffs and downsizing', (body) => {
    expect(idsOf('', body)).toContain(LAYOFFS);
  });

  it("gives an economy's jobs report and jobs created no layoffs", () => {
    expect(idsOf('', 'US employers cut 32,000 jobs in October, payroll data showed.')).not.toContain(LAYOFFS);
    expect(idsOf('', 'The company plans to create 2,000 jobs at its new factory.')).not.toContain(LAYOFFS);
  });
});

describe("an office-holder's travel and tour (topics49, wild49 T2, T2b)", () => {
  it("gives a chancellor's trip no travel and tourism", () => {
    const ids = idsOf('', 'German Chancellor Friedrich Merz travels to India next month.');

    expect(ids).not.toContain(TRAVEL);
    expect(ids).not.toContain(LIFESTYLE);
  });

  it("gives a leader's Asia tour no concert", () => {
    const ids = idsOf('', 'Trump wrapped up his Asia tour in Seoul.');

    expect(ids).not.toContain(ARTS);
  });

  it("keeps holidaymakers' travel and a band's tour", () => {
    expect(
      idsOf('', 'Travel to Spain rose 10% this summer as British holidaymakers flocked to the beaches.'),
    ).toContain(TRAVEL);
    expect(idsOf('', 'The band announced a world tour with 40 dates in Europe and North America.')).toContain(
      MUSIC,
    );
  });
});

describe('a recount that is a story told (topics49, wild49 T3)', () => {
  it('gives refugees who recounted a shooting no election', () => {
    expect(idsOf('', 'Refugees recounted how gunmen shot their relatives in the city.')).not.toContain(
      ELECTION,
    );
  });

  it('gives survivors who recount killings in a headline no election', () => {
    const ids = idsOf(
      'Survivors recount killings as militia seizes town',
      'Survivors said fighters went house to house.',
    );

    expect(ids).not.toContain(ELECTION);
  });

  it("keeps a vote's recount and ballots recounted an election", () => {
    expect(
      idsOf(
        '',
        'Officials ordered a recount of the Senate race after the margin fell below 0.5 percent of votes.',
      ),
    ).toContain(ELECTION);
    expect(
      idsOf('', 'In Pennsylvania, ballots were recounted by hand after the result was challenged.'),
    ).toContain(ELECTION);
  });
});

describe('words inside names (topics49, wild49 T6)', () => {
  it('reads the Windsor Framework as a treaty, not royalty', () => {
    const ids = idsOf('', 'Anglo-Irish relations improved after the Windsor Framework.');

    expect(ids).toContain(TREATY);
    expect(ids).not.toContain(HUMAN_INTEREST);
  });

  it('reads the Economic Community of West African States as no economy', () => {
    const ids = idsOf('', 'The Economic Community of West African States suspended Mali after the coup.');

    expect(ids).not.toContain(ECONOMY);
  });

  it('reads the Band-Aid brand as no music', () => {
    expect(idsOf('', 'The consumer health group makes Band-Aid bandages.')).not.toContain(MUSIC);
  });
});
