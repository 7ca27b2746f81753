import { describe, expect, it } from 'vitest';
import { tagStory } from './focus-and-pairs.js';

// review32 ★C1: the country a story is filed from and names as the subject of its headline or lead ranks first,
// though the body names the counterpart (the U.S., China, France) more often. Invented stories, names changed.
const ranked = (story: Parameters<typeof tagStory>[0]) => tagStory(story).countries.map((c) => c.code);

describe('the filed-from country the headline or lead names as its subject ranks first', () => {
  it('ranks the country whose leader heads the headline above the partner the body names more', () => {
    const order = ranked({
      title: "Costa Rica's Mora agrees to take more US deportees",
      body:
        'SAN JOSE, Dec 2 (Reuters) - President Elena Mora said on Tuesday that the United States would fly ' +
        'deportees of other nationalities to a shelter near the border. The U.S. sent 130 migrants in February. ' +
        'Washington pays for their stay, and U.S. officials visited the shelter.',
    });

    expect(order.slice(0, 2)).toEqual(['CR', 'US']);
  });

  it('ranks the country that "takes over" above the one whose troops the lead has leaving', () => {
    const order = ranked({
      title: 'Gabon takes over last French military base',
      body:
        'LIBREVILLE, Dec 2 (AFP) - France handed over its last military base in the country on Tuesday, ending ' +
        'a French military presence of six decades. About 300 French soldiers left, and France kept a liaison team.',
    });

    expect(order.slice(0, 2)).toEqual(['GA', 'FR']);
  });

  it('ranks a speaker first when what he says is of his own government', () => {
    const order = ranked({
      title: '',
      body:
        'TEGUCIGALPA (Reuters) - Honduran President Rafael Ochoa said his government would end military ' +
        'cooperation with the United States if the U.S. deports more Hondurans. The U.S. keeps troops at a base.',
    });

    expect(order[0]).toBe('HN');
  });

  it('reads "Panama President" before a name as Panama, not a person\u2019s name', () => {
    const order = ranked({
      title: '',
      body:
        'PANAMA CITY (Reuters) - Panama President Luis Arrocha said his country would not give U.S. warships free ' +
        'passage through the canal. U.S. officials said Washington expected free passage.',
    });

    expect(order[0]).toBe('PA');
  });

  it('leaves first the country a headline reports the filed-from country speaking of', () => {
    const order = ranked({
      title: 'U.S. says North Korea fired ballistic missile into sea',
      body:
        'WASHINGTON, Dec 2 (Reuters) - U.S. officials said on Tuesday that North Korea fired a ballistic missile ' +
        'into the sea. North Korea has fired ten missiles this year, and North Korean state media said more would follow.',
    });

    expect(order[0]).toBe('KP');
  });

  it('leaves first the country a speaker gives his view of', () => {
    const order = ranked({
      title: '',
      body:
        'WASHINGTON (Reuters) - U.S. Treasury Secretary Tom Garrow said he believes Argentina will repay its swap ' +
        "line. Argentina's peso rose, and Argentina's central bank said its reserves rose.",
    });

    expect(order[0]).toBe('AR');
  });
});

// read33 leftover: "Petro vows to fight U.S. sanctions" (BOGOTA) ranked the US first.
describe('the home leader a headline opens with', () => {
  it("ranks the dateline country first when the body gives the leader that country's office", () => {
    const order = ranked({
      title: 'Petro vows to fight U.S. sanctions',
      body:
        'BOGOTA (Reuters) - Colombian President Gustavo Petro said on Saturday that U.S. sanctions imposed on him ' +
        "and his family were an attack on Colombia's sovereignty, and vowed to challenge them in U.S. courts. The " +
        'U.S. Treasury sanctioned Petro on Friday, accusing him of failing to curb cocaine production.',
    });

    expect(order[0]).toBe('CO');
  });

  it('leaves a visiting leader to the host: "Macron presses Xi" from BEIJING', () => {
    const order = ranked({
      title: 'Macron presses Xi on trade imbalance',
      body:
        'BEIJING (Reuters) - French President Emmanuel Macron pressed Chinese President Xi Jinping on Thursday to ' +
        "cut China's trade surplus with Europe, during a state visit. China agreed to buy more French farm goods.",
    });

    expect(order[0]).toBe('CN');
  });
});
