import { describe, expect, it } from 'vitest';
import { tagStory } from './focus-and-pairs.js';

// read32 F19: a regional bureau's lead opening with "The oil ministry" or "The defence ministry in Moscow" is a
// neighbour's ministry, not the bureau country's government. Invented stories, names changed.
const ranked = (story: Parameters<typeof tagStory>[0]) => tagStory(story).countries.map((c) => c.code);

describe("an unnamed ministry that is another country's", () => {
  it('ranks the country whose own affairs the ministry reports first, under a headline about it', () => {
    const order = ranked({
      title: "Iraq's oil output steady at 4.3 million bpd",
      body:
        "DUBAI, Dec 2 (Reuters) - The oil ministry said on Tuesday that Iraq's crude output held at 4.3 million " +
        'barrels per day in November. Iraqi officials said exports through Basra were unchanged.',
    });

    expect(order[0]).toBe('IQ');
  });

  it('ranks the country of the city the ministry sits in first', () => {
    const order = ranked({
      title: 'Russia claims capture of two villages',
      body:
        'KYIV, Dec 2 (Reuters) - The defence ministry in Moscow said on Tuesday its forces had captured two ' +
        'villages in the east. Kyiv did not comment.',
    });

    expect(order[0]).toBe('RU');
  });

  it("keeps the home ministry first when the headline names the home country's capital", () => {
    const order = ranked({
      title: 'Beijing says Tokyo chip curbs will hurt trade',
      body:
        "BEIJING, Dec 2 (Reuters) - The commerce ministry said on Tuesday that Japan's new curbs on chip tools " +
        'would hurt trade between the two countries and vowed to respond.',
    });

    expect(order[0]).toBe('CN');
  });

  it('keeps the home ministry first when the headline opens with the ministry', () => {
    const order = ranked({
      title: "Ministry says Russia's drone attacks hit power grid",
      body:
        "KYIV, Dec 2 (Reuters) - The energy ministry said on Tuesday that Russia's overnight drone attacks had " +
        'damaged power stations in three regions.',
    });

    expect(order[0]).toBe('UA');
  });
});

// read33 F13: a home ministry reporting what another country did to its country was read as the other's.
describe("an unnamed ministry that is the dateline country's though it speaks of another (read33 F13)", () => {
  it("keeps the dateline country first when the ministry reports another country's strikes on it", () => {
    const order = ranked({
      title: "Russia's strikes damage three power plants",
      body:
        "KYIV, Dec 2 (Reuters) - The energy ministry said on Tuesday that Russia's overnight strikes had damaged " +
        'three thermal power plants and cut heating to tens of thousands of people. Repairs would take weeks.',
    });

    expect(order[0]).toBe('UA');
  });

  it('keeps the dateline country first when the story names it past the dateline', () => {
    const order = ranked({
      title: "China's rare earth rules to hit carmakers",
      body:
        "TOKYO, Dec 2 (Reuters) - The trade ministry said on Tuesday that China's new licensing rules for rare " +
        'earth magnets would hurt Japanese carmakers within weeks. Officials said they had asked for talks.',
    });

    expect(order[0]).toBe('JP');
  });
});
