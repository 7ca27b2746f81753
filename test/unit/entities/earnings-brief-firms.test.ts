import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

const names = (body: string, title: string) => entitiesOf(body, title).map((e) => `${e.type}:${e.name}`);

// A wire earnings brief names its firm only in the capitals title, before its ticker, over a table whose
// lines open with abbreviations.
describe('an earnings brief', () => {
  it('names the title’s firm, closed by its legal form before the ticker', () => {
    const title = 'HOLLOWAY MILLS INC <HML> 1ST QTR NET';
    const body =
      'Shr 22 cts vs 18 cts\nNet 3,345,000 vs 2,712,000\nRevs 45.6 mln vs 41.2 mln\nAvg shrs 15.1 mln vs 14.9 mln';

    expect(names(body, title)).toEqual(['organization:Holloway Mills Inc']);
  });

  it('makes no entity of the table’s abbreviations', () => {
    const title = 'MOLSON RIDGE RESOURCES LTD <MRR.TO> YEAR NET';
    const body =
      'Oper shr loss 12 cts vs profit 44 cts\nOper net loss 1,200,000 vs profit 4,400,000\nQtr revs 12.1 mln vs 10.3 mln\nDiv 10 cts vs 10 cts';

    expect(names(body, title)).toEqual(['organization:Molson Ridge Resources Ltd']);
  });
});
