import { describe, expect, it } from 'vitest';
import { entitiesOf, entityWith, mentionsOf } from './entities-of.js';

describe('a stock index named with its number', () => {
  it('keeps the number in the name and is a market measure', () => {
    // Arrange
    const body =
      "NEW YORK - The S&P 500 fell 0.4 percent. In Europe the FTSE 100 lost 0.3 percent and France's CAC 40 " +
      "slipped, while Japan's Nikkei 225 rose and China's CSI 300 fell. The Russell 2000 index gained 2 percent.";

    // Act
    const found = mentionsOf(body);

    // Assert
    for (const line of [
      'other:s-p-500: S&P 500',
      'other:ftse-100: FTSE 100',
      'other:cac-40: CAC 40',
      'other:nikkei-225: Nikkei 225',
      'other:csi-300: CSI 300',
      'other:russell-2000: Russell 2000',
    ])
      expect(found).toContain(line);
  });

  it('leaves a figure, a year and a score out of the name', () => {
    const body =
      'TOKYO - The Nikkei 22,000 level held. Analysts saw the FTSE 2024 high as a ceiling. Jack Russell made 56 ' +
      'before lunch, and Russell 56 was the top score.';

    const found = mentionsOf(body);

    expect(found.some((line) => line.includes('22'))).toBe(false);
    expect(found.some((line) => line.includes('2024'))).toBe(false);
    expect(found.some((line) => line.includes('56'))).toBe(false);
  });
});

describe('a listed firm whose name runs two words together, written apart', () => {
  it('is the firm with the listed name', () => {
    const body = 'HOUSTON - Exxon Mobil Corp said profit fell. Exxon Mobil shares fell 2 percent.';

    const exxon = entitiesOf(body).find((e) => e.name === 'ExxonMobil');

    expect(exxon?.id).toBe('organization:exxonmobil');
    expect(exxon?.mentions.map((m) => m.text)).toEqual(['Exxon Mobil Corp', 'Exxon Mobil']);
  });
});

describe('"the Bank" after a firm named "X Bank" and a "Bank of X"', () => {
  it('is the central bank', () => {
    const body =
      'FRANKFURT - Deutsche Bank said it expected the Bank of Japan to hold rates. Economists at Deutsche Bank ' +
      'said the Bank would wait until spring.';

    expect(entityWith(body, 'Bank')).toBe('organization:bank-of-japan: Bank of Japan | Bank');
  });

  it('is the firm when the firm opens the story and "the Bank" speaks of its own business (read24 F4)', () => {
    const results =
      'LONDON - Standard Chartered Bank reported higher profit on Tuesday. The Bank said it would pay a larger ' +
      "dividend after passing the Bank of England's stress test.";
    const buyback =
      "FRANKFURT - Deutsche Bank said third-quarter profit rose 20 percent. The Bank of Japan's rate rise helped " +
      'trading income, the Bank said, adding it would buy back 1 billion euros of shares.';

    expect(entityWith(results, 'Bank')).toMatch(/^organization:standard-chartered-bank: /);
    expect(entityWith(buyback, 'Bank')).toMatch(/^organization:deutsche-bank: /);
  });
});

describe("a body's head word alone in a headline in capitals", () => {
  it('is the body the story calls "the Bank"', () => {
    const title = 'BANK RAISES RATES';
    const body =
      'LONDON - The Bank of England raised its key rate on Thursday. The Bank said inflation was too high.';

    const found = mentionsOf(body, title);

    expect(found).toContain('organization:bank-of-england: BANK | Bank of England | Bank');
    expect(found.some((line) => line.startsWith('person:'))).toBe(false);
  });
});

describe('firms named with "and" (review24 ★6)', () => {
  it('are one body each', () => {
    const body =
      'Airbus held talks with General Electric and Pratt and Whitney. Marks and Spencer also reported. ' +
      'Pratt & Whitney said it would deliver. M&S shares rose.';

    const found = mentionsOf(body);

    expect(found).toContain('organization:pratt-and-whitney: Pratt and Whitney | Pratt & Whitney');
    expect(found).toContain('organization:marks-and-spencer: Marks and Spencer | M&S');
    expect(found).toContain('organization:general-electric: General Electric');
  });
});

describe('royal titles and short names the story gives a person (review24 ★4)', () => {
  it('joins "the King" to the person named with the title', () => {
    const body =
      'SYDNEY - King Charles III and Queen Camilla arrived on Monday. Crowds greeted the King, who spoke of the ' +
      "King's affection for Australia.";

    expect(entityWith(body, 'King')).toBe('person:charles-iii: Charles III | King | King');
  });

  it('joins a title and the name after its comma', () => {
    const body =
      'DOHA - At the invitation of the Emir, Sheikh Tamim bin Hamad Al Thani, the delegates met. The Emir spoke ' +
      'first. The Princess of Wales, Catherine, stayed in London.';

    const found = mentionsOf(body);

    expect(found).toContain('person:tamim-bin-hamad-al-thani: Emir | Tamim bin Hamad Al Thani | Emir');
    // The holder's id, as "Princess Catherine" alone gives it (entities26: a style passes from holder to holder).
    expect(found).toContain('person:catherine: Princess of Wales | Catherine');
  });

  it('keeps each royal of a list after the title their own person (read24 F3)', () => {
    const body =
      'LONDON - The Princess of Wales, Prince George and Princess Charlotte watched from the balcony. The ' +
      'Duke of Sussex, Prince Harry, was not there. King Charles III rode in a carriage.';

    const found = mentionsOf(body);

    expect(found.find((line) => line.startsWith('person:princess-of-wales'))).not.toContain('George');
    expect(found.some((line) => /^person:[a-z-]*george/.test(line))).toBe(true);
    expect(found.find((line) => line.includes('Harry'))).toContain('Duke of Sussex');
  });

  it('joins "MBS" to Mohammed bin Salman', () => {
    const said = 'JEDDAH - MBS, as Crown Prince Mohammed bin Salman is known, met the envoy.';
    const initials =
      'RIYADH - Crown Prince Mohammed bin Salman hosted the talks. MBS and Sheikh Tamim spoke.';

    expect(entityWith(said, 'MBS')).toBe('person:mohammed-bin-salman: MBS | Mohammed bin Salman');
    expect(entityWith(initials, 'MBS')).toBe('person:mohammed-bin-salman: Mohammed bin Salman | MBS');
  });

  it('leaves "the King" alone when two kings are named', () => {
    const body = 'AMMAN - King Abdullah II met King Charles III in London. The King thanked his host.';

    expect(entityWith(body, 'Abdullah II')).toBe('person:abdullah-ii: Abdullah II');
  });
});

describe('a given name that is an ordinary word before "and" and a full name (review24 q13)', () => {
  it('shares the surname where it opens a sentence', () => {
    const body =
      'SEATTLE - Bill and Melinda Gates said their foundation would spend more. Later the philanthropists ' +
      'Bill and Melinda Gates met donors.';

    expect(entityWith(body, 'Bill')).toBe('person:bill-gates: Bill | Bill');
  });
});
