import { describe, expect, it } from 'vitest';
import type { Topic } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { ids } from './topic-ids.js';

const MERGER_OR_ACQUISITION = 'medtop:20000204';
const CENTRAL_BANK = 'medtop:20000350';
const INTEREST_RATES = 'medtop:20000371';
const BANKING = 'medtop:20000274';

const topicsOf = (title: string, body: string): Topic[] => tagArticle({ title, body }).topics;

describe("a firm's part sold or bought, and central banks' words (topics24, Reuters desk subtopics)", () => {
  it('files a firm selling a division under merger or acquisition without any merger word', () => {
    const topics = topicsOf(
      'HARLOW TOOLS <HTL> TO SELL UNIT TO BRENNER',
      'CHICAGO, May 4 - Harlow Tools Inc said it agreed in principle to sell its Ohio-based Westfield Pumps ' +
        'division to Brenner Corp for undisclosed terms. The division makes industrial pumps and had sales of ' +
        'about 40 mln dlrs last year.\n Reuter',
    );

    expect(ids(topics)).toContain(MERGER_OR_ACQUISITION);
  });

  it('files a stake bought in another firm, told in the lead, under merger or acquisition', () => {
    const topics = topicsOf(
      'Castell Foods expands in Spain',
      'Castell Foods said on Tuesday it had bought a 30 percent interest in Madrid-based snack maker Dulcinea ' +
        'SA from its founding family. Castell makes biscuits and crisps in four countries and employs 6,000 people.',
    );

    expect(ids(topics)).toContain(MERGER_OR_ACQUISITION);
  });

  it('gives no deal to a central bank buying dollars', () => {
    const topics = topicsOf(
      'Central bank buys dollars to stem rise of the won',
      "The Bank of Korea bought dollars on Monday to slow the won's rise, dealers said, after exporters sold " +
        'dollar holdings at the open. The won firmed 0.4 percent against the dollar.',
    );

    expect(ids(topics)).not.toContain(MERGER_OR_ACQUISITION);
    expect(ids(topics)).toContain(CENTRAL_BANK);
  });

  it('reads a central bank named abroad and its discount rate as central bank and interest rates, not banking', () => {
    const topics = topicsOf(
      'Swiss National Bank cuts discount rate',
      'ZURICH, May 4 - The Swiss National Bank cut its discount rate by half a point to 3.5 percent on Monday, ' +
        'the first change since January, and left its lombard rate unchanged, a spokesman said.',
    );

    expect(ids(topics)).toContain(CENTRAL_BANK);
    expect(ids(topics)).toContain(INTEREST_RATES);
    expect(ids(topics)).not.toContain(BANKING);
  });

  it("reads a Fed operation in the money market as the central bank's", () => {
    const topics = topicsOf(
      'Fed adds reserves via customer repurchases',
      'NEW YORK, May 4 - The Federal Reserve entered the government securities market to arrange two billion ' +
        'dlrs of customer repurchase agreements, a spokesman said. Dealers had expected temporary reserves.',
    );

    expect(ids(topics)).toContain(CENTRAL_BANK);
  });
});
