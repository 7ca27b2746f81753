import { describe, expect, it } from 'vitest';
import type { TagResult } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';

// Session 38 (mendT38): wild38a ★4 and wild38b ★7, words of one desk read in another's sense. Stories are the
// probers' own invented texts or variants written here.
const topIds = (result: TagResult) => result.topics.filter((t) => t.level === 1).map((t) => t.id);
const ids = (result: TagResult) => result.topics.map((t) => t.id);
const evidenceOf = (result: TagResult, id: string) => result.topics.find((t) => t.id === id)?.evidence ?? [];
const TARIFF = 'medtop:20000384';
const ENERGY = 'medtop:20000256';
const BUSINESS_INFORMATION = 'medtop:20000170';
const BANKING = 'medtop:20000274';
const INSURANCE = 'medtop:20000279';
const TRANSPORT = 'medtop:20000337';
const CRIME = 'medtop:20000082';
const INTERNATIONAL_RELATIONS = 'medtop:20000638';
const FLOOD = 'medtop:20000154';
const DEFENCE = 'medtop:20000598';

describe("a utility's tariff", () => {
  it('a regulator approving a power company’s tariff increase lists no trade tariff', () => {
    const result = tagArticle({
      title: 'Eskom tariff hike approved by regulator',
      body:
        "PRETORIA - South Africa's energy regulator Nersa approved a 12% tariff increase for Eskom on Monday. Eskom " +
        'had asked for 36%. Eskom said the decision would hurt its finances.',
    });

    expect(topIds(result)[0]).toBe(TOP_LEVEL.economy);
    expect(ids(result)).not.toContain(TARIFF);
  });

  it('electricity tariffs are energy, not trade', () => {
    const result = tagArticle({
      title: 'Kenya Power raises electricity tariffs',
      body:
        'NAIROBI - The Energy and Petroleum Regulatory Authority approved new electricity tariffs for Kenya Power on ' +
        'Tuesday, raising the cost of power for households by 8 percent.',
    });

    expect(ids(result)).toContain(ENERGY);
    expect(evidenceOf(result, ENERGY)).toContain('electricity tariffs');
    expect(ids(result)).not.toContain(TARIFF);
  });

  it('keeps duties on imported electric vehicles and solar panels as tariffs', () => {
    const vehicles = tagArticle({
      title: 'EU imposes tariffs on Chinese electric vehicles',
      body:
        'BRUSSELS - The European Union imposed tariffs of up to 35% on electric vehicles made in China on Tuesday, ' +
        "saying Beijing's subsidies were unfair.",
    });
    const panels = tagArticle({
      title: 'Tariffs on Chinese solar panels raise power costs',
      body:
        'WASHINGTON - The new tariffs on imports of Chinese solar panels will raise electricity costs for ' +
        'utilities and their customers, analysts said.',
    });

    expect(ids(vehicles)).toContain(TARIFF);
    expect(ids(panels)).toContain(TARIFF);
  });
});

describe("a party's or a committee's chairman", () => {
  it('the arrest of a party chairman lists no business information', () => {
    const result = tagArticle({
      title: 'Party chairman arrested in Lahore',
      body:
        'LAHORE - Police arrested the provincial chairman of the Pakistan Tehreek-e-Insaf party on Monday, accusing ' +
        "him of inciting violence during protests. The party's chairman said the arrest was illegal.",
    });

    expect(ids(result)).not.toContain(BUSINESS_INFORMATION);
  });

  it("a House committee's chairman is no company's", () => {
    const result = tagArticle({
      title: 'House panel chairman subpoenas Pentagon over boat strikes',
      body:
        'WASHINGTON - The chairman of the House Armed Services Committee, Mike Rogers, subpoenaed Pentagon records ' +
        'on Tuesday over strikes on alleged drug boats off Venezuela. Defense Secretary Pete Hegseth said the ' +
        'strikes were legal.',
    });

    expect(topIds(result)).not.toContain(TOP_LEVEL.economy);
  });

  it("keeps a company chairman's departure in business", () => {
    const result = tagArticle({
      title: 'Unilever chairman steps down',
      body:
        'Unilever said on Monday its chairman would step down next year after shareholders voted against his pay ' +
        'package.',
    });

    expect(topIds(result)[0]).toBe(TOP_LEVEL.economy);
    expect(evidenceOf(result, TOP_LEVEL.economy)).toContain('chairman');
  });
});

describe('shipping names and claims', () => {
  it('Hapag-Lloyd and Lloyd’s List are shipping, no bank', () => {
    const result = tagArticle({
      title: 'Hapag-Lloyd resumes some Suez transits',
      body:
        "HAMBURG (Lloyd's List) - Hapag-Lloyd said on Monday it would resume some transits through the Suez Canal " +
        'and the Bab el-Mandeb strait. MSC and CMA CGM are still routing vessels via the Cape of Good Hope.',
    });

    expect(ids(result)).toContain(TRANSPORT);
    expect(ids(result)).not.toContain(BANKING);
    expect(ids(result)).not.toContain(INSURANCE);
  });

  it('keeps Lloyds the bank in banking', () => {
    const result = tagArticle({
      title: 'Lloyds profits rise',
      body: 'Lloyds Banking Group said on Wednesday profits rose 10 percent as mortgage lending grew.',
    });

    expect(evidenceOf(result, BANKING)).toContain('Lloyds');
  });

  it('militants who claim an attack on a bulk carrier file no insurance claim', () => {
    const result = tagArticle({
      title: 'Houthis claim attack on bulk carrier in Red Sea',
      body:
        "Yemen's Houthis claimed an attack on a Liberian-flagged bulk carrier in the Red Sea on Monday. The group's " +
        'spokesman said the claim covered two drone strikes; the crew abandoned ship.',
    });

    expect(ids(result)).not.toContain(INSURANCE);
    expect(evidenceOf(result, TRANSPORT)).toContain('bulk carrier');
  });

  it("keeps insurers' claims after floods in insurance", () => {
    const result = tagArticle({
      title: 'Insurers face claims after floods',
      body: 'Insurers face claims of more than 2 billion euros after floods in Valencia, the industry association said.',
    });

    expect(evidenceOf(result, INSURANCE)).toContain('claims');
  });
});

describe('a ticker after its exchange', () => {
  it('Snowflake (NYSE: SNOW) is no snow, and a raised forecast no weather', () => {
    const result = tagArticle({
      title: 'Palantir jumps after raising forecast',
      body:
        'Palantir Technologies (PLTR) rose 9% in premarket trading on Tuesday after raising its annual forecast. ' +
        'Rival C3.ai (AI) fell 3%, while Snowflake (NYSE: SNOW) gained 2%.',
    });

    expect(topIds(result)).not.toContain(TOP_LEVEL.weather);
  });

  it("keeps a crop story's forecast in the weather where it names rain", () => {
    const result = tagArticle({
      title: 'Kenyan coffee needs rain, traders say',
      body:
        "NAIROBI - Kenya's coffee crop needs rain within weeks, traders said on Monday, after exporters cut their " +
        'forecast for the main harvest and auction prices rose 5 percent.',
    });

    expect(evidenceOf(result, TOP_LEVEL.weather)).toContain('forecast');
  });

  it('keeps a forecast of snow in the weather', () => {
    const result = tagArticle({
      title: 'Heavy snow forecast for Scotland',
      body: 'Forecasters said up to 20cm of snow could fall on high ground in Scotland on Friday.',
    });

    expect(topIds(result)[0]).toBe(TOP_LEVEL.weather);
  });
});

describe("a river's banks", () => {
  it('villages on the banks of the Ganges are flooded, not banked', () => {
    const result = tagArticle({
      title: 'Ganges floods villages in Bihar',
      body:
        'PATNA - Thousands of people were evacuated from villages on the banks of the Ganges on Tuesday after the ' +
        'river burst its banks following days of heavy monsoon rain, officials said.',
    });

    expect(ids(result)).toContain(FLOOD);
    expect(topIds(result)).not.toContain(TOP_LEVEL.economy);
    expect(ids(result)).not.toContain(CRIME);
  });

  it("lamps along a river's banks are no banking", () => {
    const result = tagArticle({
      title: 'Diwali lights up Ayodhya',
      body:
        'Devotees lit millions of oil lamps along the banks of the Sarayu river in Ayodhya on Sunday. The ' +
        "river's banks were crowded until midnight.",
    });

    expect(topIds(result)).not.toContain(TOP_LEVEL.economy);
  });

  it('keeps pressure on the banks of the euro zone in banking', () => {
    const result = tagArticle({
      title: 'Euro zone lenders under pressure',
      body: 'Pressure on the banks of the euro zone grew on Tuesday as bond yields rose and their shares fell.',
    });

    expect(evidenceOf(result, BANKING)).toContain('banks');
  });
});

describe('a state recognised', () => {
  it('a state that will recognise Palestine is international relations', () => {
    const result = tagArticle({
      title: 'Portugal to recognize Palestine',
      body: 'Portugal would recognize the State of Palestine on Sunday, joining Britain, Canada and Australia.',
    });

    expect(ids(result)).toContain(INTERNATIONAL_RELATIONS);
  });
});

describe('a column on defence', () => {
  it('spending more on defence and buying F-35s are defence words', () => {
    const result = tagArticle({
      title: 'Opinion: Europe cannot keep outsourcing its security to Washington',
      body:
        'The question is not whether Germany, France and Poland spend more on defence, but whether they can do it ' +
        'together. Poland already spends more than 4 per cent of GDP. Europe still buys American Patriots and ' +
        'F-35s because it has no alternative.',
    });

    expect(evidenceOf(result, DEFENCE)).toEqual(expect.arrayContaining(['on defence', 'F-35s']));
  });

  it("keeps a gang's robbery in crime", () => {
    const result = tagArticle({
      title: 'Gang robs jewellers in Birmingham',
      body: 'A gang armed with hammers robbed a jewellers in Birmingham on Saturday, police said.',
    });

    expect(ids(result)).toContain(CRIME);
  });
});
