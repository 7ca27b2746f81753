import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { detectDateline } from '../../../functions/core/text/dateline.js';

// A slug ("SOCCER -") over a capitals headline is no dateline, but an agency's credit says the capitals
// before the dash are a place; and CoNLL-style copy may open with the ISO dateline itself.
describe('datelines the slug rule must not hide', () => {
  it('reads a credited dateline even when a capitals line follows the dash', () => {
    const body =
      'LONDON (Reuters) - UK GDP UP 0.3 PCT IN SECOND QUARTER\nBritain’s economy grew 0.3 percent in the second quarter , official figures showed .';

    const dateline = detectDateline(body);

    expect(dateline?.place).toBe('LONDON');
  });

  it('reads no dateline in a title run into the body before a dated dateline', () => {
    const body =
      'TARVEN SEEKS FASTER PROFIT GROWTH LONDON, April 8 - TARVEN\nPlc said it aimed to lift its margins over the next three years .';

    expect(detectDateline(body)).toBeUndefined();
  });

  it('still reads no dateline in a slug over a capitals headline', () => {
    const body = 'CYCLING - ZABEL WINS STAGE IN SPRINT .\nErik Zabel won the sixth stage on Friday .';

    expect(detectDateline(body)).toBeUndefined();
  });

  it('reads a place and ISO date on the first line as the dateline when no headline is above it', () => {
    const body =
      'AMSTERDAM 1996-09-15\nAjax Amsterdam beat Willem II 3-0 in the Dutch first division on Sunday .';

    const dateline = detectDateline(body);

    expect(dateline?.place).toBe('AMSTERDAM');
    expect(body.slice(dateline?.start, dateline?.end)).toBe('AMSTERDAM 1996-09-15\n');
  });

  it('reads a first-line ISO dateline with its country after the town', () => {
    const body = 'NORTHAMPTON , England 1996-06-07\nNorthamptonshire beat Kent by six wickets on Friday .';

    expect(detectDateline(body)?.place).toBe('NORTHAMPTON , England');
  });

  it('gives the tagged story the first-line dateline and the country after its town', () => {
    const body =
      'SESTRIERE , Italy 1996-07-09\nBjarne Riis kept the yellow jersey after the ninth stage of the Tour de France on Tuesday .';

    const result = tagArticle({ body });

    expect(result.dateline?.place).toBe('SESTRIERE , Italy');
    expect(result.countries.find((c) => c.code === 'IT')).toBeDefined();
  });

  // Web pages set the dateline apart in its own paragraph (<p class="dateline">PARIS, Oct 19</p>), no dash after it.
  it('reads a place and a written date alone on the first line as the dateline', () => {
    const body = 'PARIS, Oct 19\n\nThieves stole eight pieces of jewellery from the Louvre on Sunday.';
    const withRegion = 'LAGOS, Nigeria, 3 March 2026\n\nThe central bank held its rate.';

    const dateline = detectDateline(body);

    expect(dateline?.place).toBe('PARIS');
    expect(body.slice(dateline?.start, dateline?.end)).toBe('PARIS, Oct 19\n');
    expect(detectDateline(withRegion)?.place).toBe('LAGOS, Nigeria');
  });

  it('reads no first-line dateline in a weekday and date, or in a first line that runs on', () => {
    const weekday = 'Sunday, Oct 19\n\nThieves stole eight pieces of jewellery from the Louvre.';
    const sentence = 'PARIS, Oct 19 was the day the Louvre closed.\nThieves stole jewellery.';

    expect(detectDateline(weekday)).toBeUndefined();
    expect(detectDateline(sentence)).toBeUndefined();
  });
});
