import { describe, expect, it } from 'vitest';
import { figurativeWords } from '../../../functions/core/topics/figurative-words.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';
import { topicIds } from './topic-ids.js';

const FLOOD = 'medtop:20000154';

describe('review31 T5: words of a disaster that business news borrows are no disaster', () => {
  it('reads goods that flood a market as no flood', () => {
    const ids = topicIds(
      'Cheap solar panels flood Indian market as prices tumble',
      'NEW DELHI - A glut of cheap solar modules from overseas makers has flooded the Indian market, cutting prices by a third and squeezing local manufacturers, industry officials said.',
    );

    expect(ids).not.toContain(TOP_LEVEL.disaster);
  });

  it('reads investors who flood into a market as no flood', () => {
    const ids = topicIds(
      'Buyers flood into government bonds as stocks slide',
      'NEW YORK - Investors flooded into government bonds on Monday, pushing yields to a three-month low, as shares fell on worries about the economy.',
    );

    expect(ids).not.toContain(FLOOD);
  });

  it('reads orders that flooded in as no flood', () => {
    const ids = topicIds(
      'Phone maker cuts prices',
      'Orders flooded in after the phone maker cut prices, the company said, and its shares rose 6 percent.',
    );

    expect(ids).not.toContain(TOP_LEVEL.disaster);
  });

  it('reads results an analyst called a disaster, and shares that sank 20%, as no disaster', () => {
    const ids = topicIds(
      'Streaming firm loses subscribers',
      "The streaming firm's quarterly earnings were a disaster, analysts said, and its shares sank 20% after it lost 2 million subscribers.",
    );

    expect(ids).not.toContain(TOP_LEVEL.disaster);
  });

  it("reads a retailer's 'disaster' in quotation marks as a judgement", () => {
    const ids = topicIds(
      "Retailer's Christmas sales a 'disaster', says chief executive",
      'LONDON - The fashion chain said like-for-like sales fell 12 percent over Christmas and warned that full-year profit would miss forecasts.',
    );

    expect(ids).not.toContain(TOP_LEVEL.disaster);
  });

  it('keeps floods that halt factories as a flood', () => {
    const ids = topicIds(
      'Floods halt output at hard-drive factories',
      'BANGKOK - Severe flooding has halted production at several hard-drive factories north of the capital, the makers said, raising fears of a global shortage and pushing up prices.',
    );

    expect(ids).toContain(FLOOD);
  });

  it('keeps water that flooded into a mine as a disaster', () => {
    const ids = topicIds(
      'Twelve miners trapped in flooded pit',
      'Water flooded into a coal mine on Sunday, trapping 12 workers underground, state media said. Rescuers were pumping out water.',
    );

    expect(ids).toContain(TOP_LEVEL.disaster);
  });

  it('keeps a mine disaster the managers are charged over as a disaster', () => {
    const ids = topicIds(
      "Mine managers charged over last year's disaster",
      "JOHANNESBURG - Seven managers at a gold mine were charged with culpable homicide on Monday over last year's disaster, in which 30 miners died. The mining company said it would cooperate.",
    );

    expect(ids).toContain(TOP_LEVEL.disaster);
  });
});

describe('figurativeWords', () => {
  it('spans only the borrowed verb', () => {
    const text = 'Cheap steel floods European market as orders flooded in, and shares sank 20%.';

    const words = figurativeWords(text).map(([start, end]) => text.slice(start, end));

    expect(words).toEqual(['floods', 'flooded', 'sank']);
  });

  it('leaves water, a ship and floods that hit a market town alone', () => {
    const text =
      'Water flooded into the mine. The ferry sank to the bottom. Floods hit the market town. Homes flooded in the storm.';

    expect(figurativeWords(text)).toEqual([]);
  });
});
