import { describe, expect, it } from 'vitest';
import type { TagResult } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';

// Session 39 (mendT39): wild39a ★5 and ★6 — an acronym read by a brand's stem, words of one desk read in another's
// sense, and evidence that did not show the topic's reason. Stories are the probers' invented texts or variants.
const ids = (result: TagResult) => result.topics.map((t) => t.id);
const evidenceOf = (result: TagResult, id: string) => result.topics.find((t) => t.id === id)?.evidence ?? [];
const AEROSPACE = 'medtop:20000295';
const CENTRAL_BANK = 'medtop:20000350';
const BUSINESS_INFORMATION = 'medtop:20000170';
const COMPUTING = 'medtop:20000763';
const COMMUNICABLE_DISEASE = 'medtop:20000448';

describe('an acronym is spelled, not stemmed (★5)', () => {
  it('"BoE" is the Bank of England, no Boeing', () => {
    const result = tagArticle({ title: 'BoE holds rates', body: 'LONDON - The BoE held rates on Thursday.' });

    expect(ids(result)).toContain(CENTRAL_BANK);
    expect(ids(result)).not.toContain(AEROSPACE);
  });

  it('"BOE" in a capitals headline and "BoE\'s" in the body are the central bank', () => {
    const result = tagArticle({
      title: 'BOE SEEN CUTTING IN NOVEMBER',
      body: "Traders now price a quarter-point cut at the BoE's November meeting, a Reuters poll showed.",
    });

    expect(evidenceOf(result, CENTRAL_BANK)).toContain('BoE');
    expect(ids(result)).not.toContain(AEROSPACE);
  });

  it('the BoJ and the PBoC written in mixed case are central banks', () => {
    const result = tagArticle({
      title: 'PBoC cuts reserve ratio',
      body: 'BEIJING - The PBoC cut the reserve ratio for banks on Monday, while the BoJ held.',
    });

    expect(evidenceOf(result, CENTRAL_BANK)).toEqual(expect.arrayContaining(['PBoC', 'BoJ']));
  });

  it('a name is not matched by its stem: Boe the biathlete is no Boeing', () => {
    const result = tagArticle({
      title: 'Boe wins Oberhof sprint',
      body: 'Johannes Thingnes Boe won the biathlon sprint in Oberhof on Friday.',
    });

    expect(ids(result)).not.toContain(AEROSPACE);
    expect(result.topics[0]?.id).toBe(TOP_LEVEL.sport);
  });

  it('"SAR" is no SARS, and a "CIT" ticker no CITES', () => {
    const hongKong = tagArticle({
      title: 'Hong Kong SAR government raises stamp duty',
      body: 'The Hong Kong SAR government raised stamp duty on luxury homes on Wednesday.',
    });
    const cit = tagArticle({
      title: 'CIT Group posts profit',
      body: 'CIT Group said quarterly profit rose 8%, helped by lower credit losses.',
    });

    expect(ids(hongKong)).not.toContain(TOP_LEVEL.health);
    expect(ids(cit)).not.toContain(TOP_LEVEL.environment);
  });

  it('keeps Boeing in a capitals headline, "MPs", "MEP" and "Tories" (guard)', () => {
    const boeing = tagArticle({
      title: 'BOEING WINS AIR INDIA ORDER',
      body: 'Air India ordered 30 more jets, the planemaker said.',
    });
    const tories = tagArticle({
      title: 'Tories pick new leader',
      body: 'The Tories named a new leader after a ballot of party members. A Green MEP and Labour MPs criticised her.',
    });

    expect(evidenceOf(boeing, AEROSPACE)).toContain('Boeing');
    expect(evidenceOf(tories, TOP_LEVEL.politics)).toEqual(expect.arrayContaining(['Tories', 'MEP', 'MPs']));
  });
});

describe('an acronym among words in lower case names no ordinary word (★5 kind)', () => {
  it('"ICE agents" bring no weather, "ACE inhibitors" no tennis, the "CAS" no epidemic cases', () => {
    const ice = tagArticle({
      title: 'ICE agents detain hundreds in Chicago',
      body: 'ICE agents detained more than 300 people in Chicago raids on Tuesday, officials said.',
    });
    const ace = tagArticle({
      title: 'ACE inhibitors linked to lower dementia risk',
      body: 'Patients taking ACE inhibitors had a lower risk of dementia, a study of 200,000 people found.',
    });
    const cas = tagArticle({
      title: 'Sprinter loses doping appeal',
      body: 'The sprinter lost his appeal against a four-year ban after the CAS upheld the decision on Monday.',
    });

    expect(ids(ice)).not.toContain(TOP_LEVEL.weather);
    expect(ids(ace)).not.toContain(TOP_LEVEL.sport);
    expect(ids(cas)).not.toContain(TOP_LEVEL.health);
  });

  it('keeps the words of a headline line in capitals inside a body (guard)', () => {
    const result = tagArticle({
      title: 'Premier League results',
      body: 'SOCCER - LEEDS BEAT CHELSEA. Leeds beat Chelsea 2-1 on Saturday.',
    });

    expect(result.topics[0]?.id).toBe(TOP_LEVEL.sport);
  });
});

describe('words of one desk in another sense (★6)', () => {
  it('a coast guard that fires warning shots and water cannon starts no blaze; police tear gas is unrest', () => {
    const shots = tagArticle({
      title: 'China fires warning shots at Philippine vessel',
      body: 'Chinese coast guard ships fired water cannon at a Philippine vessel near Scarborough Shoal, Manila said.',
    });
    const gas = tagArticle({
      title: 'Police fire tear gas at protesters',
      body: 'Police fired tear gas and rubber bullets at protesters in Nairobi on Tuesday.',
    });

    expect(ids(shots)).not.toContain(TOP_LEVEL.disaster);
    expect(shots.topics[0]?.id).toBe(TOP_LEVEL.conflict);
    expect(ids(gas)).not.toContain(TOP_LEVEL.disaster);
  });

  it('a firm betting its future on a product gambles at no casino', () => {
    const result = tagArticle({
      title: 'Tesla bets on robotaxis',
      body: 'Tesla is betting its future on robotaxis, Elon Musk told shareholders at the annual meeting.',
    });

    expect(ids(result)).not.toContain(TOP_LEVEL.lifestyle);
  });

  it('a player beating another in sets commits no assault', () => {
    const result = tagArticle({
      title: 'Alcaraz wins U.S. Open',
      body: 'NEW YORK - Carlos Alcaraz won the U.S. Open on Sunday, beating Sinner in four sets.',
    });

    expect(ids(result)).not.toContain(TOP_LEVEL.crime);
  });

  it('a president who attacked the Fed in words fights no war and commits no crime', () => {
    const result = tagArticle({
      title: 'Trump renews attack on Fed chief',
      body: 'President Donald Trump on Monday again attacked the Fed and its chairman, Jay Powell, calling for sharp cuts.',
    });

    expect(ids(result)).not.toContain(TOP_LEVEL.conflict);
    expect(ids(result)).not.toContain(TOP_LEVEL.crime);
  });

  it('an attack on a power grid or by gunmen keeps its war (guard)', () => {
    const grid = tagArticle({
      title: "Russia launches massive attack on Ukraine's power grid",
      body: "Russia launched a massive attack on Ukraine's power grid overnight, officials in Kyiv said on Sunday.",
    });
    const bus = tagArticle({
      title: 'Gunmen attack bus in Pakistan',
      body: 'Gunmen attacked a passenger bus on Friday, killing 12 people, police said.',
    });

    expect(ids(grid)).toContain(TOP_LEVEL.conflict);
    expect(ids(bus)).toContain(TOP_LEVEL.conflict);
  });

  it('a politician jailed pending trial is in no scientific trial; a drug trial still is (guard)', () => {
    const jailed = tagArticle({
      title: 'Imamoglu jailed pending trial',
      body: 'ISTANBUL - A court ordered Ekrem Imamoglu jailed pending trial on Sunday.',
    });
    const drug = tagArticle({
      title: 'Cancer vaccine shows promise in early trial',
      body: 'A personalised cancer vaccine cut the risk of relapse by half in an early trial, researchers said.',
    });

    expect(ids(jailed)).not.toContain(TOP_LEVEL.science);
    expect(ids(drug)).toContain(TOP_LEVEL.science);
  });

  it('a minerals agreement signed by a president is no environment story', () => {
    const result = tagArticle({
      title: 'Zelenskyy signs mineral deal',
      body: 'Volodymyr Zelenskyy signed the minerals agreement on Wednesday, the presidential office said.',
    });

    expect(ids(result)).not.toContain(TOP_LEVEL.environment);
  });

  it('a military academy is no school, a police academy the police', () => {
    const military = tagArticle({
      title: 'Sisi warns against displacement of Palestinians',
      body: 'CAIRO - President Abdel Fattah el-Sisi said Egypt would never accept it. He spoke at a military academy.',
    });
    const police = tagArticle({
      title: 'Police academy graduates first class',
      body: "The city's new police academy graduated its first class of 40 officers on Friday.",
    });

    expect(ids(military)).not.toContain(TOP_LEVEL.education);
    expect(police.topics[0]?.id).toBe(TOP_LEVEL.crime);
  });

  it('the rule of law is politics, not "law" and "rule" of crime', () => {
    const result = tagArticle({
      title: 'Brussels warns Budapest over rule of law',
      body: 'Brussels warned Hungary on Monday that it could lose billions of euros in funding.',
    });

    expect(evidenceOf(result, TOP_LEVEL.politics)).toContain('rule of law');
    expect(ids(result)).not.toContain(TOP_LEVEL.crime);
  });

  it("the IMF's managing director is no company's officer; a company's still is (guard)", () => {
    const imf = tagArticle({
      title: 'Georgieva warns of debt risks',
      body:
        "The IMF's Managing Director Kristalina Georgieva warned on Thursday of debt risks. The Fund said 60% of " +
        'low-income countries were in distress.',
    });
    const shell = tagArticle({
      title: 'Shell names new managing director',
      body: 'Shell named a new managing director for its UK upstream business, the company said on Monday.',
    });

    expect(ids(imf)).not.toContain(BUSINESS_INFORMATION);
    expect(ids(shell)).toContain(BUSINESS_INFORMATION);
  });
});

describe("a topic's evidence is its own words (★6)", () => {
  it("Apple's tariffs and analysts are no reason for information technology", () => {
    const result = tagArticle({
      title: 'Cook says iPhone sales strong',
      body: 'Tim Cook told analysts iPhone sales were strong. Mr. Cook said tariffs would cost Apple $1 billion.',
    });

    expect(evidenceOf(result, COMPUTING)).not.toContain('tariffs');
    expect(evidenceOf(result, COMPUTING)).not.toContain('analysts');
    expect(evidenceOf(result, COMPUTING)).toContain('iphone');
  });

  it("a tech deal's Corp and partnership are the business's reasons, not technology's", () => {
    const result = tagArticle({
      title: 'Microsoft and OpenAI renegotiate deal',
      body: 'Microsoft Corp and OpenAI are renegotiating their partnership, people familiar said.',
    });

    expect(evidenceOf(result, TOP_LEVEL.science)).not.toContain('partnership');
    expect(evidenceOf(result, BUSINESS_INFORMATION)).toContain('partnership');
  });

  it('farm words are no evidence of bird flu, which names itself', () => {
    const result = tagArticle({
      title: 'Bird flu found in dairy herds',
      body: 'Bird flu was found in dairy cattle on three more farms, the agriculture ministry said.',
    });

    expect(evidenceOf(result, COMMUNICABLE_DISEASE)).toEqual(['bird flu']);
  });
});
