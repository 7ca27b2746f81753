import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

// Invented 2025-2026 stories (session 39, entities39, second landing): a body's honorary role after "a", a
// nickname in capitals, a ticker after an owner's possessive, a match report's lead with its score, a regulator
// of a place, a brand another firm deals with, a name reporting results.
const typeOf = (body: string, text: string, title?: string) =>
  entitiesOf(body, title).find((e) => e.mentions.some((m) => m.text === text))?.type;
const names = (body: string, title: string) => entitiesOf(body, title).map((e) => `${e.name}[${e.type}]`);

describe("a body's honorary role after an indefinite article", () => {
  it('names the body alone', () => {
    const body =
      'Actor Michael Douglas was named a United Nations Messenger of Peace on Friday. Priyanka Chopra, a ' +
      'UNICEF Goodwill Ambassador, visited Kenya.';

    const found = names(body, 'UN names actor');

    expect(found).toContain('United Nations[organization]');
    expect(found).toContain('UNICEF[organization]');
    expect(found.filter((n) => /Messenger|Ambassador/.test(n))).toEqual([]);
  });

  it("keeps a product's name before a noun", () => {
    const body = 'A Facebook Messenger outage hit millions of users on Tuesday.';

    expect(names(body, 'Outage')).toContain('Facebook Messenger[organization]');
  });
});

describe('a nickname in capitals after "known as"', () => {
  it("is the person's other name", () => {
    const body =
      'Binance founder Changpeng Zhao, known as CZ, was pardoned in October. CZ said on X he was grateful.';

    expect(typeOf(body, 'CZ', 'Pardon')).toBe('person');
  });
});

describe("a ticker after an owner's possessive and a fund's name", () => {
  it("is the fund's code, no body of its own", () => {
    const body = "BlackRock's iShares Bitcoin Trust (IBIT) took in $1.2 billion on Monday.";

    expect(names(body, 'Bitcoin ETF').filter((n) => n.startsWith('IBIT'))).toEqual([]);
  });
});

describe("a match report's lead with a result and its score", () => {
  it('makes a sports page, where towns that play are clubs', () => {
    const body =
      'Cole Palmer scored twice as Chelsea beat Newcastle United 2-1 at Stamford Bridge on Saturday to move ' +
      'up to third. Enzo Maresca said his side had shown character. Newcastle play Liverpool on Wednesday.';

    expect(typeOf(body, 'Liverpool', 'Chelsea climb to third')).toBe('organization');
  });
});

describe('a regulator named with its place', () => {
  it('goes on through "of" to the place, one body', () => {
    const body =
      "The National Energy Regulator of South Africa said the increase balanced the utility's needs.";

    expect(typeOf(body, 'National Energy Regulator of South Africa', 'Tariffs')).toBe('organization');
  });
});

describe('a brand another firm deals with', () => {
  it('is a firm after what one firm does to another', () => {
    const body = 'Google pays Apple billions of dollars a year to be the default search engine on iPhones.';

    expect(typeOf(body, 'Apple', 'Search deal')).toBe('organization');
  });

  it('stays the word after what anyone does', () => {
    const body = 'Farmers bought Apple harvests at the market.';

    expect(typeOf(body, 'Apple', 'Harvest')).toBeUndefined();
  });
});

describe("a name no list knows reporting a firm's results", () => {
  it('is the firm, opening a sentence', () => {
    const body = 'Safaricom reported a 12% rise in half-year profit on Thursday.';

    expect(typeOf(body, 'Safaricom', 'Results')).toBe('organization');
  });

  it('stays a person reporting a loss of his own', () => {
    const body = 'Kamau reported a loss of his cattle to the police.';

    expect(typeOf(body, 'Kamau', 'Theft')).toBe('person');
  });
});
