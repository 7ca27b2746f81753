import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

// Invented stories in the house style of Indian papers (session 53, fixE53): initials written without periods.
const typeOf = (body: string, text: string, title = 'Court notice') =>
  entitiesOf(body, title).find((e) => e.mentions.some((m) => m.text === text))?.type;

describe('initials written without periods', () => {
  it('reads letters before a name as the initials of a person', () => {
    const body = 'A bench of Justices R K Varadan and M S Iyengar directed the state to respond.';

    expect(typeOf(body, 'R K Varadan')).toBe('person');
    expect(typeOf(body, 'M S Iyengar')).toBe('person');
  });

  it('reads one initial after a lower-case title as a person', () => {
    const body = 'Former finance minister P Kumaraswamy on Saturday criticised the budget.';

    expect(typeOf(body, 'P Kumaraswamy')).toBe('person');
  });

  it('leaves a label letter before an ordinary word alone', () => {
    const body = 'He bought class B Shares in the firm and later sold them.';

    expect(typeOf(body, 'B Shares')).toBeUndefined();
  });

  it('leaves a compass letter before a place to the place', () => {
    const body = 'Police in N Ireland arrested two men on Tuesday.';

    expect(typeOf(body, 'N Ireland')).toBeUndefined();
  });

  it('leaves the article "A" before a name alone', () => {
    const body = 'A Kenyan court jailed him for ten years.';

    expect(typeOf(body, 'A Kenyan')).toBeUndefined();
  });
});
