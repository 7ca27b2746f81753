import { describe, expect, it } from 'vitest';
import { tagStory } from './focus-and-pairs.js';

const read = (title: string, body: string) => {
  const result = tagStory({ title, body });
  return {
    dateline: result.dateline?.countryCode,
    focus: result.countries.filter((c) => c.focus).map((c) => c.code),
  };
};

// Invented local stories (session 56, focus56): a bare dateline whose town has a namesake abroad.
describe("a bare dateline town the lead places in its namesake's country", () => {
  it("files the story in the namesake's state or province the lead names", () => {
    // Arrange
    const body =
      "BIRMINGHAM — Alabama's governor on Monday announced a $2 billion steel plant near Birmingham, the largest investment in the state's history.";

    // Act
    const tagged = read('Steel plant', body);

    // Assert
    expect(tagged).toEqual({ dateline: 'US', focus: ['US'] });
  });

  it('reads a province named with its town or a state written short', () => {
    expect(
      read(
        'Bus crash',
        'HYDERABAD — A bus crash near Hyderabad in Sindh province killed 14 people on Sunday.',
      ),
    ).toEqual({ dateline: 'PK', focus: ['PK'] });
    expect(
      read(
        'Coal exports fall',
        'NEWCASTLE — The port of Newcastle in NSW said coal exports fell 8% in November.',
      ),
    ).toEqual({ dateline: 'AU', focus: ['AU'] });
  });

  it('reads a big namesake by its people named beside the town', () => {
    expect(
      read(
        'Clashes in northern city',
        'TRIPOLI — Lebanese soldiers clashed with gunmen in the northern city of Tripoli on Sunday, the army said.',
      ),
    ).toEqual({ dateline: 'LB', focus: ['LB'] });
  });
});

describe('a bare dateline town the lead does not place abroad', () => {
  it("keeps London's story in Britain when the lead names Canadians beside London", () => {
    expect(
      read(
        'Fund buys stake',
        'LONDON — Canadian pension fund Maple Capital said on Tuesday it would open a London office, its first in Europe.',
      ).dateline,
    ).toBe('GB');
  });

  it("reads no province named in another sentence as the town's", () => {
    expect(
      read(
        'Province issues bond',
        'LONDON — The Province of Ontario is issuing a 100 million dollar bond, its lead manager said. The bonds will be listed in London.',
      ).dateline,
    ).toBe('GB');
  });

  it("reads no city of a far smaller namesake's country as the town's", () => {
    expect(
      read(
        'Port deal',
        'ROTTERDAM — The city of Rotterdam signed a deal with its twin port of Seattle on Monday.',
      ).dateline,
    ).toBe('NL');
  });

  it("keeps the town's own country when the lead names it too", () => {
    expect(
      read(
        'Steel plant',
        'BIRMINGHAM — A British steel maker will build a plant near Birmingham, it said, after talks with Alabama investors.',
      ).dateline,
    ).toBe('GB');
  });

  it("does not read a firm's seat abroad as where the town is", () => {
    expect(
      read(
        'Fund buys stake',
        'LONDON — A Toronto-based pension fund said on Tuesday it would buy a toll road.',
      ).dateline,
    ).toBe('GB');
  });
});
