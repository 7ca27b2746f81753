import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

// Invented 2025-2026 stories (session 39, entities39): firms named by a word no list knows, a capital speaking
// to another state's seat, "the Centre", events a time owns, a leader's government, "who" after a name.
const typeOf = (body: string, text: string, title?: string) =>
  entitiesOf(body, title).find((e) => e.mentions.some((m) => m.text === text))?.type;

describe("a firm's officer after a word no list knows", () => {
  it('makes the word a firm, and the story\'s "X said" follows', () => {
    const body =
      'Transnet said on Monday that talks with unions were continuing. Transnet chief executive Michelle ' +
      'Phillips said the ports would stay open.';

    expect(typeOf(body, 'Transnet', 'Port strike looms')).toBe('organization');
  });

  it("reads a managing director and a chairperson as a firm's or a body's", () => {
    const body = 'Nersa said it had received 3,000 submissions. Nersa chairperson Thembani Bukula spoke.';

    expect(typeOf(body, 'Nersa', 'Tariffs')).toBe('organization');
  });

  it("leaves a leader's chief of staff a person's aide", () => {
    const body = 'Obi chief of staff Tunde Bakare said the party would appeal.';

    expect(typeOf(body, 'Obi', 'Appeal')).not.toBe('organization');
  });
});

describe('a firm that "it" and its own customers take up', () => {
  it('makes the speaker a firm whatever "it" is to do', () => {
    const body = 'Meralco said on Tuesday it would refund 2 billion pesos to its customers.';

    expect(typeOf(body, 'Meralco', 'Refund')).toBe('organization');
  });

  it('leaves a speaker of "it would take years … its network" a person', () => {
    const body = 'Okonkwo said it would take years to repair its network.';

    expect(typeOf(body, 'Okonkwo', 'Repairs')).toBe('person');
  });
});

describe('a capital speaking to another state', () => {
  it('is its government, a place, in every mention of the story', () => {
    const body =
      'Wellington has told Beijing it will not join the pact. Wellington said the decision was final.';

    const entities = entitiesOf(body, 'Pact');

    expect(entities.filter((e) => e.name === 'Wellington').map((e) => e.type)).toEqual(['place']);
  });

  it('keeps a person the report takes up as "he"', () => {
    const body = 'Wellington said he would resign from the board after the vote in Tokyo.';

    expect(typeOf(body, 'Wellington', 'Board')).toBe('person');
  });
});

describe('"the Centre" alone', () => {
  it("is India's union government, a body", () => {
    const body = 'Punjab accused the Centre of withholding funds. The Centre said it would release more.';

    expect(typeOf(body, 'Centre', 'Flood relief')).toBe('organization');
  });

  it('stays a venue where one is or that an apposition calls one', () => {
    const body =
      'Police were called to the Centre, a shopping mall in Livingston, after a fight. Shoppers at the Centre ' +
      'were evacuated.';

    expect(typeOf(body, 'Centre', 'Mall')).toBe('place');
  });

  it('stays a place before a place noun', () => {
    const body = 'Floods hit the Centre region of France on Monday.';

    expect(typeOf(body, 'Centre', 'Floods')).toBe('place');
  });
});

describe('a name a time owns', () => {
  it('is an event when it heads its phrase', () => {
    const body =
      "Scottie Scheffler will defend his title at next year's Masters, chairman Fred Ridley said on Wednesday.";

    expect(typeOf(body, 'Masters', 'Augusta')).toBe('event');
  });

  it("keeps a person before the noun it modifies and a body's acronym", () => {
    const body = "Last week's Trump speech was long. Yesterday's USDA report showed high placements.";

    expect(typeOf(body, 'Trump', 'Speech')).toBe('person');
    expect(typeOf(body, 'USDA', 'Speech')).toBe('organization');
  });
});

describe("a listed newsmaker's surname before a government", () => {
  it('is the leader, a person', () => {
    const body = 'The Sharif government raised petrol prices by 5 rupees a litre on Friday.';

    expect(typeOf(body, 'Sharif', 'Fuel prices')).toBe('person');
  });

  it('leaves a party before a government a body', () => {
    const body = 'The Likud government fell on Tuesday.';

    expect(typeOf(body, 'Likud', 'Israel')).toBe('organization');
  });
});

describe('"who" after a name ending in an ordinary word', () => {
  it('takes up a person', () => {
    const body =
      'Rishabh Pant, who made 99 in the second Test against New Zealand, was named vice-captain on Saturday.';

    expect(typeOf(body, 'Rishabh Pant', 'Vice-captain')).toBe('person');
  });

  it('leaves a band named with "the" a body', () => {
    const body = 'The ceremony featured the Beastie Boys, who entered the stage on bicycles.';

    expect(typeOf(body, 'Beastie Boys', 'Awards')).toBe('organization');
  });
});
