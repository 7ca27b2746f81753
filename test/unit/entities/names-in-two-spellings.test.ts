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

  it("stays apart from a unit named by the word and an ordinary word or a body's head", () => {
    const names = mentionsOf(
      'Sony launches its PlayStation Portable in Europe in March, Sony said. Sony is also releasing films from its own studio, Sony Pictures.',
    );
    const ec = mentionsOf(
      "The EC said on Monday it would act on steel. The EC added that talks would go on. The EC's Monetary Committee met in Brussels.",
    );

    expect(names).toContain('organization:sony: Sony | Sony | Sony');
    expect(names).toContain('organization:sony-pictures: Sony Pictures');
    expect(ec).toContain('organization:ec: EC | EC');
  });

  it('takes the headline word in capitals along', () => {
    const firm = entityWith(
      'Shearson said on Monday it would cut 2,000 jobs. Shearson shares fell. The notes were sold through Shearson Lehman Hutton Inc.',
      'SHEARSON',
      'SHEARSON TO CUT 2,000 JOBS',
    );

    expect(firm?.split(': ')[1]).toBe('SHEARSON | Shearson | Shearson | Shearson Lehman Hutton Inc.');
  });
});

describe('initials in capitals and the same word in mixed case', () => {
  it('are the one body the initials spell', () => {
    const adnoc = mentionsOf(
      'The Abu Dhabi National Oil Company (ADNOC) said on Monday it would raise output. Adnoc said the field would start next year.',
    );

    expect(adnoc).toContain(
      'organization:abu-dhabi-national-oil: Abu Dhabi National Oil Company | ADNOC | Adnoc',
    );
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

  it("gives a region's people's word and its members one nationality, as German and Germans share one", () => {
    const europeans = mentionsOf(
      'European leaders met in Brussels on Monday. Many Europeans fear higher energy bills this winter.',
    );

    expect(europeans.filter((l) => l.includes('european'))).toEqual([
      'nationality:european: European | Europeans',
    ]);
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

  it("leaves a given name's possessive to what follows it", () => {
    const film = entityWith(
      "Ray star Jamie Foxx is favourite for best actor, level with Ray's Taylor Hackford at the bookmakers.",
      'Ray',
    );

    expect(film?.startsWith('organization:')).toBe(false);
  });
});

describe('a name opening with the Māori article', () => {
  it('is a body, not a person', () => {
    const party = entityWith(
      'Te Pāti Māori said on Monday it would oppose the bill in Parliament.',
      'Te Pāti Māori',
    );
    const agency = entityWith(
      'Te Whatu Ora said on Tuesday that hospitals in Auckland were full. Te Whatu Ora chief Margie Apa resigned.',
      'Te Whatu Ora',
    );

    expect(party).toBe('organization:te-pati-maori: Te Pāti Māori');
    expect(agency).toBe('organization:te-whatu-ora: Te Whatu Ora | Te Whatu Ora');
  });
});

describe("a firm's name before a surname, where the article names the firm alone before it", () => {
  it("is the firm's product, or its unit in a place, not a person", () => {
    const car = entityWith(
      'Mini said on Monday that sales rose 10 percent. The new Mini Cooper went on sale in March. A used Cooper S costs 12,000 pounds.',
      'Mini Cooper',
    );
    const unit = entityWith(
      'Nintendo said sales rose. Nintendo Europe said the DS sold well in Britain before Christmas.',
      'Nintendo Europe',
    );

    expect(car).toBe('other:mini-cooper: Mini Cooper');
    expect(unit).toBe('organization:nintendo-europe: Nintendo Europe');
  });
});

describe("a surname's particle written with a capital", () => {
  it('is the person named in full with the particle in lower case, in the body and in a headline', () => {
    const names = mentionsOf(
      'Eugene de Kock was convicted on Monday. De Kock, dubbed Prime Evil, faces life in jail. He implicated former President F.W. de Klerk. De Klerk, now leader of the National Party, denied it.',
      'DE KOCK CONVICTED OF MURDER',
    );

    expect(names).toContain('person:eugene-de-kock: DE KOCK | Eugene de Kock | De Kock');
    expect(names).toContain('person:fw-de-klerk: F.W. de Klerk | De Klerk');
  });
});

describe("a firm's short name after its full name in a headline's capitals and in the body", () => {
  it('is the parent named first, not a unit named later', () => {
    const alcatel = entityWith(
      'Shares in Alcatel Alsthom SA fell 6.8 percent on Thursday. Alcatel closed at 418.20 francs. Its cable unit Alcatel Cable SA was expected to do better.',
      'Alcatel',
      'ALCATEL ALSTHOM SA SHARES SLIDE ON PROFIT WARNING',
    );

    expect(alcatel).toBe('organization:alcatel-alsthom: ALCATEL ALSTHOM SA | Alcatel Alsthom SA | Alcatel');
  });

  it('is spelled by the initials of the name without its legal form', () => {
    const bp = entityWith(
      'The British Petroleum Co Plc said it would offer 70 dlrs a share for Standard Oil. BP chairman Sir Peter Walters said the offer would give BP full control.',
      'BP',
    );

    expect(bp).toBe('organization:british-petroleum: British Petroleum Co Plc | BP | BP');
  });
});
