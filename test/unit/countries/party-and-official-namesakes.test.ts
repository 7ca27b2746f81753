import { describe, expect, it } from 'vitest';
import { tagStory } from './focus-and-pairs.js';

const codes = (story: Parameters<typeof tagStory>[0]) => tagStory(story).countries.map((c) => c.code);

describe('a party named like a town abroad names no country', () => {
  it("reads the ruling party's name as the party, not as the Indian town", () => {
    // Arrange
    const story = {
      title: "Mexico's ruling party sweeps state votes",
      body:
        "MEXICO CITY, June 3 - Candidates backed by Mexico's ruling party Morena won most seats in Sunday's " +
        'state elections, preliminary results showed. Turnout was below 40%, the electoral institute said.',
    };

    // Act / Assert
    expect(codes(story)).toEqual(['MX']);
  });

  it('reads every mention of a name an apposition calls a party as the party', () => {
    const story = {
      title: 'Opposition candidate concedes',
      body:
        'MEXICO CITY, June 3 - The opposition candidate conceded on Monday. Morena, the party founded by a ' +
        'former president, won two governorships, and Morena leaders said turnout had been low.',
    };

    expect(codes(story)).toEqual(['MX']);
  });

  it('keeps the town where nothing says it is a party', () => {
    const story = {
      title: 'Heatwave grips central India',
      body:
        'NEW DELHI, May 20 - Temperatures passed 47C in Morena and Gwalior on Tuesday, the weather office ' +
        'said, as a heatwave gripped central India.',
    };

    expect(codes(story)).toContain('IN');
  });

  it("keeps a capital an apposition calls a bloc's member, not the bloc", () => {
    // Arrange
    const story = {
      title: 'Allies fail to agree on drone purchase',
      body:
        'BRUSSELS, March 4 - Defence ministers failed to agree on a joint drone order on Wednesday after ' +
        'objections from Ankara, a NATO alliance member since 1952, over the choice of makers. Ankara wants ' +
        'its own drones included.',
    };

    // Act / Assert
    expect(codes(story)).toContain('TR');
  });

  it('keeps a capital an apposition calls "a member of the bloc"', () => {
    // Arrange
    const story = {
      title: 'EU fails to agree sanctions package',
      body:
        'BRUSSELS - EU ministers failed to agree on the sanctions package on Tuesday. Budapest, a member of the ' +
        'bloc, blocked the deal.',
    };

    // Act / Assert
    expect(codes(story)).toContain('HU');
  });

  it("keeps a capital called the bloc's partner and acting through its ministry", () => {
    const story = {
      title: 'EU weighs curbs on aluminium imports',
      body:
        'BRUSSELS, May 12 - The Commission proposed on Monday to cut the aluminium that can enter duty-free, ' +
        "as imports from Beijing, the bloc's largest supplier, keep rising. Beijing's trade ministry said it " +
        'would study the plan.',
    };

    expect(codes(story)).toContain('CN');
  });

  it('keeps a capital that leads the alliance named before it', () => {
    const story = {
      title: 'Armenia quits security pact',
      body:
        'YEREVAN, April 9 - Armenia left the security pact, a military alliance Moscow leads, the prime ' +
        'minister said on Tuesday. Moscow said it regretted the move.',
    };

    expect(codes(story)).toContain('RU');
  });
});

describe("a newsmaker's namesake under a bare office title in a story from another country", () => {
  it("does not count Spain for Colombia's defence minister of the same name", () => {
    // Arrange
    const story = {
      title: 'Car bomb kills four soldiers in Colombia',
      body:
        'BOGOTA, Aug 21 - A car bomb exploded outside a military base in Cali on Thursday, killing four ' +
        'soldiers, Colombian authorities said. Defence Minister Pedro Sanchez said the attack was carried out ' +
        'by a rebel faction that rejected the peace deal.',
    };

    // Act / Assert
    expect(codes(story)).toEqual(['CO']);
  });

  it('keeps the newsmaker under the title of his own office abroad', () => {
    const story = {
      title: 'Leaders discuss migration',
      body:
        'RABAT, Aug 21 - Prime Minister Pedro Sanchez met King Mohammed on Thursday to discuss migration ' +
        'across the Strait of Gibraltar, officials said.',
    };

    expect(codes(story)).toContain('ES');
  });

  it('keeps a newsmaker abroad under the title of his own office, bare as wire copy writes it', () => {
    // Arrange
    const story = {
      title: 'Cuba protests new sanctions',
      body:
        'HAVANA, Oct 2 - Cuba protested on Thursday against sanctions on its nickel exports that Treasury ' +
        'Secretary Scott Bessent announced a day earlier, calling them an act of economic war.',
    };

    // Act / Assert
    expect(codes(story)).toContain('US');
  });

  it('keeps a foreign minister visiting his counterpart under his bare title', () => {
    const story = {
      title: 'Talks on grain corridor in Ankara',
      body:
        'ANKARA, Sept 9 - Foreign Minister Sergei Lavrov met his Turkish counterpart on Tuesday for talks on ' +
        'grain shipments across the Black Sea, the Turkish foreign ministry said.',
    };

    expect(codes(story)).toContain('RU');
  });
});
