import { describe, expect, it } from 'vitest';
import type { TagResult } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';

// Session 44 (mendT44): words one desk borrows from another, found by wild44. Stories are invented.
const ids = (result: TagResult) => result.topics.map((t) => t.id);
const ROBBERY_AND_THEFT = 'medtop:20000104';

describe('an election said to be stolen is no theft (wild44 ★6)', () => {
  it('gives an opposition that says the vote had been stolen no crime', () => {
    // Arrange
    const story = {
      title: 'Opposition rejects count in Moldova vote',
      body:
        "CHISINAU - Moldova's main opposition bloc refused on Monday to recognise the parliamentary election " +
        'result, saying the vote had been stolen by the ruling party through ballot stuffing. Its leader called ' +
        'supporters to a rally in the capital.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expect(ids(result)).not.toContain(TOP_LEVEL.crime);
    expect(ids(result)).toContain(TOP_LEVEL.politics);
  });

  it('gives a candidate who says officials stole the election, and a march against a stolen mandate, no theft', () => {
    // Arrange
    const stories = [
      {
        title: 'Candidate claims victory was stolen',
        body:
          'The defeated presidential candidate told thousands of supporters that officials stole the election ' +
          'from him, and vowed to challenge the count in the constitutional court.',
      },
      {
        title: "Rally against 'stolen mandate'",
        body:
          'Tens of thousands marched in the capital on Saturday against what protesters called a stolen mandate, ' +
          "accusing the governing party of rigging last month's local polls.",
      },
    ];

    // Act
    const results = stories.map((story) => tagArticle(story));

    // Assert
    for (const result of results) expect(ids(result)).not.toContain(ROBBERY_AND_THEFT);
  });

  it('keeps the theft of ballot boxes and voting machines', () => {
    // Arrange
    const stories = [
      {
        title: 'Ballot boxes stolen from polling station',
        body:
          'Armed men stole three ballot boxes from a polling station in the north on election day, police said, ' +
          'and the vote there will be held again on Sunday.',
      },
      {
        title: 'Thieves steal voting machines',
        body:
          'Thieves broke into a council warehouse and stole 40 electronic voting machines a week before the ' +
          'election, police said on Tuesday. Two men were arrested.',
      },
    ];

    // Act
    const results = stories.map((story) => tagArticle(story));

    // Assert
    for (const result of results) expect(ids(result)).toContain(ROBBERY_AND_THEFT);
  });

  it('keeps the theft of exam results, a result that names no election (read44)', () => {
    // Arrange
    const story = {
      title: 'Exam marks taken in school hack',
      body:
        'Hackers stole the exam results of 8,000 pupils from a county school server, officials said, and demanded a ' +
        'ransom.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expect(ids(result)).toContain(ROBBERY_AND_THEFT);
  });

  it("keeps the theft of an election's records, and of a ballot box that 'had been stolen' on election day", () => {
    // Arrange
    const stories = [
      {
        title: 'Thieves take laptops from council',
        body:
          'Thieves broke into the town hall and stole the election records of 40,000 voters along with six laptops, ' +
          'police said on Monday.',
      },
      {
        title: 'Ballot box missing',
        body:
          'An official reported a ballot box missing on election day and said it had been stolen from his car, police ' +
          'said. A man was arrested.',
      },
    ];

    // Act
    const results = stories.map((story) => tagArticle(story));

    // Assert
    for (const result of results) expect(ids(result)).toContain(ROBBERY_AND_THEFT);
  });
});

describe('a European Championship named Euro and its year is football, not the currency (wild44 ★7)', () => {
  const CURRENCY = 'medtop:20000355';
  const SOCCER = 'medtop:20001065';

  it('leads a Euro 2028 match report with sport and lists no currency', () => {
    // Arrange
    const story = {
      title: 'Italy stun hosts in Euro 2028 opener',
      body:
        'Italy beat the Republic of Ireland 2-0 in Dublin on Friday in the opening match of Euro 2028, with goals ' +
        'either side of half-time.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expect(result.topics[0]?.id).toBe(TOP_LEVEL.sport);
    expect(ids(result)).toContain(SOCCER);
    expect(ids(result)).not.toContain(CURRENCY);
  });

  it('files Euro 96 veterans, Euro qualifiers and a place at the Euros under football', () => {
    // Arrange
    const stories = [
      {
        title: 'Manager names Euro 96 veterans as coaches',
        body:
          'The new England manager has named two members of the Euro 96 squad to his coaching staff ahead of the ' +
          'Euro qualifiers in the autumn.',
      },
      {
        title: 'Wales book place at the Euros',
        body: 'Wales reached the Euros for the third time in a row after a 1-1 draw in Cardiff on Tuesday night.',
      },
    ];

    // Act
    const results = stories.map((story) => tagArticle(story));

    // Assert
    for (const result of results) {
      expect(ids(result)).toContain(SOCCER);
      expect(ids(result)).not.toContain(CURRENCY);
    }
  });

  it('keeps the currency where the euro itself moves', () => {
    // Arrange
    const story = {
      title: 'Euro hits two-year high',
      body: 'Euro hits two-year high as ECB signals more rate rises. The single currency rose to $1.12 in London trading.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expect(ids(result)).toContain(CURRENCY);
  });
});

describe('hackers who claimed responsibility are no terrorists (wild44 ★9)', () => {
  const ACT_OF_TERROR = 'medtop:20000053';

  it('gives a ransomware group that claimed responsibility for a cyber attack no act of terror', () => {
    // Arrange
    const stories = [
      {
        title: 'Council systems down after cyber attack',
        body:
          'A ransomware group claimed responsibility on Friday for a cyber attack that shut down the computer ' +
          "systems of a London council, and threatened to publish residents' data unless a ransom was paid.",
      },
      {
        title: 'Hackers leak airline customer data',
        body:
          'Hackers who broke into the booking systems of a Scandinavian airline leaked the passport details of ' +
          '90,000 customers on Monday.\n\nA group calling itself NightSpider, which claimed responsibility, ' +
          'demanded $2 million in bitcoin.',
      },
    ];

    // Act
    const results = stories.map((story) => tagArticle(story));

    // Assert
    for (const result of results) {
      expect(ids(result)).not.toContain(ACT_OF_TERROR);
      expect(ids(result)).not.toContain(TOP_LEVEL.conflict);
    }
  });

  it('keeps the terror of a group whose hackers are named where it claimed the killings', () => {
    // Arrange
    const story = {
      title: 'Militants claim checkpoint attack',
      body:
        'Militants stormed a checkpoint and killed four soldiers. The group, whose hackers later defaced a ministry ' +
        'website, claimed responsibility for the killings.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expect(ids(result)).toContain(ACT_OF_TERROR);
  });
});

describe('travel disrupted by weather or a strike is no tourism (wild44 item 11)', () => {
  const TRAVEL_AND_TOURISM = 'medtop:20000563';

  it('gives ice that disrupted travel and a storm that made drivers avoid all but essential travel no tourism', () => {
    // Arrange
    const stories = [
      {
        title: 'Ice warning as temperatures plunge',
        body:
          'Freezing fog and black ice disrupted travel across the Midlands on Wednesday morning, with dozens of ' +
          'crashes reported on the M6 and several schools closed.',
      },
      {
        title: 'Storm Ciara: travel chaos as winds reach 90mph',
        body:
          'Travel was severely disrupted across Wales on Sunday as Storm Ciara brought gusts of 90mph. Police urged ' +
          'drivers to avoid all but essential travel, and several bridges were closed.',
      },
      {
        title: 'Rail strike to disrupt travel',
        body:
          'A 48-hour strike by train drivers will disrupt travel for millions of commuters next week, the union ' +
          'said, after pay talks collapsed.',
      },
    ];

    // Act
    const results = stories.map((story) => tagArticle(story));

    // Assert
    for (const result of results) {
      expect(ids(result)).not.toContain(TRAVEL_AND_TOURISM);
      expect(ids(result)).not.toContain(TOP_LEVEL.lifestyle);
    }
  });

  it("keeps a holiday's travel", () => {
    // Arrange
    const story = {
      title: 'Travel to Spain booms',
      body:
        'Travel to Spain rose 12% this summer as holidaymakers returned to the Costa del Sol, tour operators said. ' +
        'Hotels in Malaga were fully booked in August.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expect(ids(result)).toContain(TRAVEL_AND_TOURISM);
  });
});

describe("a fact check's verdict is no court's (wild44 item 13)", () => {
  const JUDICIARY = 'medtop:20000106';

  it('gives a fact check labelled Verdict: Fabricated, or Verdict: Misleading, no judiciary', () => {
    // Arrange
    const stories = [
      {
        title: 'Posts on vaccine chips',
        body:
          'Verdict: Fabricated. No vaccine contains a microchip, health authorities and independent fact checkers ' +
          'have said repeatedly.',
      },
      {
        title: 'Fact check: Quote about farm subsidies is made up',
        body:
          'Verdict: Misleading. The quote attributed to the agriculture minister does not appear in any speech or ' +
          'interview, and her office said she never said it.',
      },
    ];

    // Act
    const results = stories.map((story) => tagArticle(story));

    // Assert
    for (const result of results) {
      expect(ids(result)).not.toContain(JUDICIARY);
      expect(ids(result)).not.toContain(TOP_LEVEL.crime);
    }
  });

  it("keeps a jury's verdict in a court", () => {
    // Arrange
    const story = {
      title: 'Jury reaches verdict in fraud trial',
      body:
        'The jury returned a guilty verdict on Tuesday against a former bank manager accused of stealing from ' +
        'elderly customers. He will be sentenced next month.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expect(ids(result)).toContain(JUDICIARY);
  });
});

describe("a model's or a flight's designation names no desk (wild44 item 17)", () => {
  const SOCCER = 'medtop:20001065';
  const ARTIFICIAL_INTELLIGENCE = 'medtop:20001298';

  it('gives FA-50 combat aircraft no football and flight AI-171 no artificial intelligence', () => {
    // Arrange
    const jets = {
      title: 'Malaysia picks Korean FA-50 for air force',
      body:
        'Malaysia has chosen 18 FA-50 light combat aircraft from Korea Aerospace Industries to replace its ageing ' +
        'fleet, the defence ministry said on Thursday.',
    };
    const flight = {
      title: 'Air India flight AI-171 crash report due',
      body:
        'Investigators will publish their preliminary report into the crash of Air India flight AI-171 next week, ' +
        'the aviation ministry said.',
    };

    // Act
    const jetsResult = tagArticle(jets);
    const flightResult = tagArticle(flight);

    // Assert
    expect(ids(jetsResult)).not.toContain(TOP_LEVEL.sport);
    expect(ids(jetsResult)).not.toContain(SOCCER);
    expect(ids(flightResult)).not.toContain(ARTIFICIAL_INTELLIGENCE);
  });

  it("keeps a virus's strain, HIV-1, in health (read44)", () => {
    // Arrange
    const story = {
      title: 'HIV-1 vaccine shows promise',
      body:
        'An experimental vaccine against HIV-1 produced antibodies in most volunteers of an early trial, researchers ' +
        'said on Tuesday. HIV-1 causes most infections worldwide.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expect(ids(result)).toContain('medtop:20000448');
  });

  it('keeps the FA that fines a club, COVID-19 and GLP-1 drugs', () => {
    // Arrange
    const fine = {
      title: 'FA fines club over crowd trouble',
      body: 'The FA fined Millwall 50,000 pounds on Monday after crowd trouble at the FA Cup tie against Leeds.',
    };
    const covid = {
      title: 'COVID-19 cases rise',
      body: 'COVID-19 cases rose for a third week, health officials said, as hospitals reported more admissions.',
    };
    const drugs = {
      title: 'Weight-loss jab maker raises forecast',
      body: 'Demand for GLP-1 drugs kept rising in the third quarter, the drugmaker said, as doctors prescribed more of them.',
    };

    // Act
    const fineResult = tagArticle(fine);
    const covidResult = tagArticle(covid);
    const drugsResult = tagArticle(drugs);

    // Assert
    expect(ids(fineResult)).toContain(SOCCER);
    expect(ids(covidResult)).toContain(TOP_LEVEL.health);
    expect(drugsResult.topics.some((t) => (t.evidence ?? []).includes('GLP-1'))).toBe(true);
  });
});

describe('Turkish articles get their desks (wild44 item 16)', () => {
  it('files a Turkish earthquake report under disaster and a court sentence under crime', () => {
    // Arrange
    const quake = {
      title: "Malatya'da 5,6 büyüklüğünde deprem",
      body:
        "MALATYA - Malatya'da sabah saatlerinde 5,6 büyüklüğünde deprem meydana geldi. AFAD, enkaz altında kalan iki " +
        'kişinin kurtarıldığını ve arama kurtarma çalışmalarının sürdüğünü açıkladı.',
    };
    const court = {
      title: 'Eski belediye başkanına hapis cezası',
      body:
        'ISTANBUL - Mahkeme, yolsuzluk davasında yargılanan eski belediye başkanına 8 yıl hapis cezası verdi. ' +
        'Savcılık karara itiraz edeceğini açıkladı.',
    };

    // Act
    const quakeResult = tagArticle(quake);
    const courtResult = tagArticle(court);

    // Assert
    expect(quakeResult.language).toBe('tr');
    expect(quakeResult.topics[0]?.id).toBe(TOP_LEVEL.disaster);
    expect(courtResult.topics[0]?.id).toBe(TOP_LEVEL.crime);
  });

  it('files a Turkish rate decision under economy', () => {
    // Arrange
    const story = {
      title: 'Merkez Bankası politika faizini sabit tuttu',
      body:
        'ANKARA - Merkez Bankası politika faizini yüzde 45 seviyesinde sabit bıraktı. Banka, yıllık enflasyonun ' +
        'düşmeye devam ettiğini ve piyasa beklentilerinin iyileştiğini açıkladı.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expect(result.topics[0]?.id).toBe(TOP_LEVEL.economy);
  });
});
