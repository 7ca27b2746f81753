import { describe, expect, it } from 'vitest';
import { pairsOf } from './focus-and-pairs.js';

const KENYA_BOND_TALKS =
  'NAIROBI, May 4 - Kenya will open talks with bondholders in London next week to restructure $2 billion of ' +
  'debt, Treasury Secretary Mbadi Otieno said on Monday.\n' +
  "Kenya's negotiators will meet creditors in London on Tuesday, Otieno told reporters, adding that the " +
  'country aimed for a deal by June.\n' +
  "Kenya's shilling firmed 0.3% after the remarks. The Treasury expects growth of 5% this year.";

const CHINA_RETALIATES =
  'BEIJING, May 4 - China said on Monday it would retaliate against new tariffs on its electric vehicles ' +
  'after Washington imposed duties of 100%.\n' +
  'The commerce ministry said Washington has violated trade rules and that China would defend its firms in ' +
  'talks on trade.\n' +
  "Chinese carmakers' shares fell 3%.";

describe('a country named only by its cities, in a story about one or two others', () => {
  it('is where the talks are held, not a party: it pairs with no focus country', () => {
    const result = pairsOf({ title: 'Kenya seeks debt relief as bond talks open', body: KENYA_BOND_TALKS });

    expect(result).toEqual([]);
  });

  it('still pairs when its capital acts as its government ("Washington imposed duties")', () => {
    const result = pairsOf({ title: 'China hits back at tariffs', body: CHINA_RETALIATES });

    expect(result).toEqual(['CN-US']);
  });

  it('still pairs when its capital acts through an organ or by force ("Beijing\'s coast guard fired", "Beijing hit back")', () => {
    const body =
      "HANOI - Vietnam lodged a protest on Monday after Beijing's coast guard fired water cannon at a supply " +
      "boat. Beijing hit back, saying the boat entered its waters. Beijing's ships stayed in the area.";

    const result = pairsOf({ title: 'Vietnam protests water cannon', body });

    expect(result).toEqual(['CN-VN']);
  });
});

const BRAZIL_DEBT =
  "SAO PAULO, May 4 - Brazil's talks with its U.S. creditor banks on a $60 billion debt deal have stalled, " +
  'raising the risk that U.S. banks will write down their loans to Brazil, bankers said.\n' +
  'Brazil halted interest payments in February, and U.S. regulators could force banks to reclassify the ' +
  'loans by the end of the quarter.\n' +
  'Peru, Ecuador, Bolivia, Costa Rica, Honduras, Guatemala, Nicaragua, Paraguay, Uruguay and Panama had all ' +
  'suspended payments before Brazil.\n' +
  "Brazil's finance minister will meet U.S. Treasury officials in Washington next week to seek support for " +
  'the talks.';

describe('a long list of countries in a story about two', () => {
  it('is background to their relation: the listed ones pair with neither', () => {
    const result = pairsOf({
      title: 'Brazil and U.S. creditors race to beat debt deadline',
      body: BRAZIL_DEBT,
    });

    expect(result).toEqual(['BR-US']);
  });
});

const WATER_TALKS = [
  'VIENNA, June 2 (Reuters) - India and Pakistan resumed talks on sharing the Indus waters on Monday, their first meeting since the treaty was suspended, officials from both sides said.',
  "Indian negotiators proposed a new schedule for flow data, while Pakistan's delegation demanded that India restore the treaty in full.",
  'China, which controls the upper reaches of the Indus, said on Sunday it backed Pakistan. China has built dams on the river in Tibet, and Pakistani officials say China shares its flow data.',
  "Afghanistan plans a dam on the Kabul River, a tributary, and Pakistan has asked Afghanistan to share its plans. Afghanistan's Taliban government has not replied.",
  'Diplomats from the United States, Britain, Saudi Arabia, Qatar, Turkey, Iran, Japan, Germany, France and Bangladesh have urged both sides to keep talking.',
  'Pakistan has accused India of building dams that cut its share of the water, a charge India denies.',
].join('\n');

describe('a long list of countries under a headline naming two as themselves', () => {
  it('is no roster: the listed ones pair with none of the countries the story is about', () => {
    const story = { title: 'India and Pakistan resume water talks in Vienna', body: WATER_TALKS };

    const listed = pairsOf(story).filter((pair) => /US|GB|SA|QA|TR|IR|JP|DE|FR|BD/.test(pair));

    expect(listed).toEqual([]);
  });
});
