import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const codesOf = (title: string, body: string) =>
  tagArticle({ title, body, language: 'en' }).countries.map((c) => c.code);

describe('Georgia written as the US state', () => {
  it('reads "City, Georgia" after a city named like one abroad as the US state', () => {
    expect(codesOf('Student arrested', 'Police in Athens, Georgia, detained a student on Thursday.')).toEqual(
      ['US'],
    );
  });

  it('reads a later bare Georgia in the same story as the state too', () => {
    const codes = codesOf(
      'Tornado damages homes',
      'A tornado hit Rome, Georgia, on Thursday. Georgia officials said 40 homes were damaged.',
    );

    expect(codes).toEqual(['US']);
  });

  it('reads "the University of Georgia" and "Georgia\'s X County" as the state', () => {
    expect(codesOf('Vigil held', 'The University of Georgia held a vigil on Thursday.')).toEqual(['US']);
    expect(codesOf('Long queues', "Voters in Georgia's Cobb County waited hours on Thursday.")).toEqual([
      'US',
    ]);
  });

  it('keeps the country after its own city and in a list of countries', () => {
    expect(codesOf('Talks held', 'Officials met in Batumi, Georgia, on Thursday.')).toContain('GE');
    expect(
      codesOf('Leaders meet', 'Leaders of Armenia, Georgia and Azerbaijan met on Thursday to discuss trade.'),
    ).toContain('GE');
  });

  it('keeps the country when a clause opening the sentence ends with a foreign city before Georgia', () => {
    const speaking = codesOf(
      'Georgia seeks Turkish trade',
      "TBILISI, Dec 2 (Reuters) - Speaking in Ankara, Georgia's foreign minister said on Tuesday that Tbilisi wanted closer ties with Turkey.",
    );
    const after = codesOf(
      'Georgia signs visa deal',
      'TBILISI, Dec 2 (Reuters) - After meetings in Vienna, Georgia signed a visa deal with Austria on Tuesday.',
    );

    expect(speaking[0]).toBe('GE');
    expect(speaking).not.toContain('US');
    expect(after[0]).toBe('GE');
    expect(after).not.toContain('US');
  });

  it('reads "In Athens, Georgia, police" as the state: the sentence\'s opener is no part of the city', () => {
    const codes = codesOf(
      'Two students wounded',
      'In Athens, Georgia, police arrested a 19-year-old man on Tuesday after a shooting near a dormitory.',
    );

    expect(codes).toEqual(['US']);
  });

  it('keeps the country after "In <foreign city>," when Georgia goes on as the subject', () => {
    const codes = codesOf(
      'Georgia signs visa deal',
      'In Vienna, Georgia signed a visa deal with Austria on Tuesday.',
    );

    expect(codes).not.toContain('US');
  });
});

// wild42 ★2: any mention of the United States broke a tie of no signals either way, so a draw or a sanctions list
// naming Georgia among countries turned Georgia into the US state. Invented stories.
describe('Georgia the country in a story that also names the United States', () => {
  it('stays the country listed beside other countries in a draw', () => {
    const codes = codesOf(
      'Rugby World Cup draw',
      'Holders South Africa were drawn with Italy, Romania and Georgia, while the United States face Samoa.',
    );

    expect(codes).toContain('GE');
  });

  it('stays the country in a sanctions list and in a list of two', () => {
    const sanctions = codesOf(
      'Sanctions list',
      'Britain sanctioned officials in Georgia, Belarus and Iran on Tuesday. The United States took similar steps.',
    );
    const two = codesOf(
      'Rugby draw',
      'Ireland will face Scotland and Georgia in the pool stage. Canada, Spain and the United States complete the field.',
    );

    expect(sanctions).toContain('GE');
    expect(two).toContain('GE');
  });

  it("stays the country when the story speaks of an office a US state lacks (Georgia's parliament)", () => {
    const codes = codesOf(
      'Foreign agents law passed',
      "Georgia's parliament passed a foreign agents law on Tuesday. The United States said it would review its ties.",
    );

    expect(codes).toContain('GE');
  });

  it('is still the state listed beside states, or beside the US neighbours Mexico and Canada', () => {
    const states = codesOf(
      'Pump prices rise',
      'Gasoline prices rose in Alabama, Florida and Georgia last week, the U.S. Energy Department said.',
    );
    const neighbours = codesOf(
      'Peach season',
      'Georgia and Mexico supply most of the peaches sold in the United States in summer.',
    );

    expect(states).toEqual(['US']);
    expect(neighbours).not.toContain('GE');
  });
});

// Invented (session 56, focus56; wild56 a/68).
describe("the state's people", () => {
  it('reads Georgians in a story filed from Atlanta as the state’s people', () => {
    expect(
      codesOf(
        'Utility seeks rate rise',
        'ATLANTA — The state utility asked regulators on Monday to approve higher rates. Consumer groups said Georgians should not pay for new plants.',
      ),
    ).toEqual(['US']);
  });

  it("keeps Georgians the country's people in a story of Tbilisi filed from Washington", () => {
    expect(
      codesOf(
        'Envoy visits',
        'WASHINGTON — The U.S. envoy urged Georgians to hold fair elections, the State Department said. Tbilisi has moved closer to Moscow.',
      ),
    ).toContain('GE');
  });
});
