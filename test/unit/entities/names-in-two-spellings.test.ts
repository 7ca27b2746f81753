import { describe, expect, it } from 'vitest';
import { entityWith, mentionsOf } from './entities-of.js';

describe('a one-word name used twice before a longer name opening with it', () => {
  it('joins the longer name when its next word is a name too (a player, a firm named in full)', () => {
    const player = entityWith(
      'Juninho scored twice for Celtic on Saturday, and Juninho was later replaced by Maloney. ' +
        'Celtic: Douglas, Balde, Varga, Juninho Paulista, Thompson, Lennon.',
      'Juninho Paulista',
    );
    const firm = entityWith(
      'Shearson said on Monday it would cut 2,000 jobs. Shearson shares fell 3 percent. ' +
        'The notes will be sold through underwriters managed by Shearson Lehman Hutton Inc.',
      'Shearson Lehman Hutton Inc.',
    );

    expect(player?.split(': ')[1]).toBe('Juninho | Juninho | Juninho Paulista');
    expect(firm?.split(': ')[1]).toBe('Shearson | Shearson | Shearson Lehman Hutton Inc.');
  });

  it('stays apart from a unit named by the word and an ordinary word', () => {
    const names = mentionsOf(
      'Sony launches its PlayStation Portable in Europe in March, Sony said. Sony is also releasing films from its own studio, Sony Pictures.',
    );

    expect(names).toContain('organization:sony: Sony | Sony | Sony');
    expect(names).toContain('organization:sony-pictures: Sony Pictures');
  });
});

describe("a product's plural", () => {
  it('is the product named in the singular', () => {
    const iphone = entityWith(
      'Apple sold more iPhones in China in the quarter. The iPhone maker said iPad sales fell. Analysts expect iPhone demand to recover.',
      'iPhones',
    );
    const ipod = entityWith(
      'The firm sold 4.5 million iPods in the last three months of the year. The iPod now accounts for 65% of the market.',
      'iPod',
    );

    expect(iphone).toBe('other:iphone: iPhones | iPhone | iPhone');
    expect(ipod).toBe('other:ipod: iPods | iPod');
  });
});

describe("a firm's name written run together and with a space", () => {
  it('is one firm, also when the spaced name alone reads as a thing', () => {
    const timeWarner = mentionsOf(
      'Ad sales boost Time Warner profit. Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn. ' +
        'TimeWarner said sales rose 2%. Time Warner said on Friday that it now owns 8% of Google.',
    );

    expect(timeWarner).toContain(
      'organization:time-warner: Time Warner | TimeWarner | TimeWarner | Time Warner',
    );
  });
});

describe("Apple's device and its model", () => {
  it('is a thing, not a firm', () => {
    const ipadPro = entityWith(
      'Apple unveiled a new iPad Pro on Tuesday in Cupertino. Sales of iPad Pro tablets rose 10 percent.',
      'iPad Pro',
    );

    expect(ipadPro).toBe('other:ipad-pro: iPad Pro | iPad Pro');
  });
});

describe("a firm's initials and a word it writes in lower case", () => {
  it('is the one firm a list names by the two words', () => {
    const hynix = entityWith(
      'Shares of SK hynix rose 3 percent on Thursday. SK hynix said demand for memory chips from Nvidia was strong.',
      'SK hynix',
    );

    expect(hynix).toBe('organization:sk-hynix: SK hynix | SK hynix');
  });
});

describe("a brand named by an ordinary word, in the possessive at a sentence's start", () => {
  it('is the firm before what a firm has or makes', () => {
    const profit = entityWith("Apple's profit rose 5 percent in the quarter, helped by services.", 'Apple');
    const product = entityWith(
      "Apple's iPod mini has sold out in many British shops. The firm sold 4.5 million players.",
      'Apple',
    );

    expect(profit).toBe('organization:apple: Apple');
    expect(product).toBe('organization:apple: Apple');
  });
});
