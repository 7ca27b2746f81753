import { describe, expect, it } from 'vitest';
import { focusAndPairs, story, tagStory } from './focus-and-pairs.js';

describe('the seat of an international body named only as where it sits or meets', () => {
  it('is no country of a WHO story not filed from Geneva ("at the World Health Assembly in Geneva")', () => {
    // Arrange
    const article = story(
      'Why it matters: The WHO pandemic agreement explained',
      'What happened: Member states of the World Health Organization adopted the first global pandemic agreement ' +
        'at the World Health Assembly in Geneva on Tuesday, after three years of talks.\n' +
        'Who is missing: The United States, which began withdrawing from the WHO in January, did not take part.',
    );

    // Act
    const { focus } = focusAndPairs(article);

    // Assert
    expect(focus).toEqual(['US']);
  });

  it('drops the seat an envoy is posted to ("Afghanistan\'s envoy to the United Nations in Geneva")', () => {
    const article = {
      title: 'Afghanistan and Iraq to open WTO membership talks',
      body:
        'The World Trade Organization will hold membership talks with Afghanistan and Iraq. Joining the ' +
        "Geneva-based WTO would give each country's exports the same tariffs. Farid Nasseri, Afghanistan's envoy to the " +
        'United Nations in Geneva, said joining would help trade across the region.',
    };

    const codes = tagStory(article).countries.map((c) => c.code);

    expect(codes).toEqual(['AF', 'IQ']);
  });

  it('reads a headline\'s "Geneva-based WMO" as the body\'s seat', () => {
    const article = story(
      'Geneva-based WMO warns of record heat',
      'The World Meteorological Organization said on Monday that the planet had its warmest year on record. The ' +
        'agency urged governments to invest in early warning systems.',
    );

    const { focus } = focusAndPairs(article);

    expect(focus).not.toContain('CH');
  });

  it('keeps the seat of a story filed there (GENEVA dateline) and of a story about the city', () => {
    const filed = story(
      'WTO cuts trade forecast as tariffs bite',
      'GENEVA (Reuters) - The World Trade Organization cut its forecast for goods trade growth on Wednesday, ' +
        'citing U.S. tariffs on China. Trade would grow 0.5% this year, the WTO said.',
    );
    const city = story(
      'Geneva votes to ban cars from old town',
      'Voters in Geneva approved a ban on private cars in the old town on Sunday. The World Health Organization, ' +
        'which is based in the city, welcomed the vote. The Swiss canton will introduce the ban next year.',
    );

    expect(focusAndPairs(filed).focus).toContain('CH');
    expect(focusAndPairs(city).focus).toContain('CH');
  });

  it('reads "the Court of Justice of the European Union" as a court judging where it sits (LUXEMBOURG)', () => {
    const article = story(
      "EU court rules Poland's judicial reforms broke bloc's law",
      "LUXEMBOURG (Reuters) - The European Union's top court ruled on Thursday that Poland's constitutional " +
        'tribunal was not an independent court. The Court of Justice of the European Union said the appointment ' +
        "of three judges violated EU law. Poland's Justice Minister Adam Bodnar welcomed the judgement.",
    );

    const { focus, pairs } = focusAndPairs(article);

    expect(focus).toEqual(['PL']);
    expect(pairs).toEqual([]);
  });

  it("drops a seat its body's own clause sets its act in, not one another clause names (session 62, review62)", () => {
    // Arrange
    const vote = story(
      '',
      'The Council of Europe adopted a convention on artificial intelligence on Friday in Strasbourg.',
    );
    const board = story(
      '',
      "The IAEA's board of governors passed a resolution rebuking Syria on Thursday at its meeting in Vienna.",
    );
    const other = story(
      '',
      'The WHO said on Monday that two cleaners had been infected at a clinic in Geneva.',
    );

    // Act
    const [voteFocus, boardFocus, otherFocus] = [vote, board, other].map((a) => focusAndPairs(a).focus);

    // Assert
    expect(voteFocus).not.toContain('FR');
    expect(boardFocus).toEqual(['SY']);
    expect(otherFocus).toEqual(['CH']);
  });
});
