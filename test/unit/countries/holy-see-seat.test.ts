import { describe, expect, it } from 'vitest';
import { focusAndPairs, tagStory } from './focus-and-pairs.js';

// Session 44 (places44; session 43's leftover): "Rome said" in a story about the Pope was no Italian government's
// voice any more, but Italy kept the pairs ("Rome said the Pope would travel to Lebanon and Turkey": IT-LB and IT-TR
// at .55) and the Holy See was not the speaker. Stories are invented.
describe('"Rome" acting in a story about the Holy See', () => {
  it("reads Rome announcing the Pope's trip as the Holy See, paired with the countries he visits", () => {
    // Arrange
    const body =
      'Rome said the Pope would travel to Lebanon and Turkey in November, his first foreign trip since his ' +
      'election. The Vatican released the itinerary on Tuesday.';

    // Act
    const { focus, pairs } = focusAndPairs({ title: '', body });

    // Assert
    expect(focus).toEqual(['LB', 'TR', 'VA']);
    expect(pairs).toEqual(['LB-VA', 'TR-VA']);
  });

  it('reads Rome offering mediation after a Vatican sentence as the Holy See, not Italy', () => {
    // Arrange
    const body =
      "The Vatican said on Monday that Pope Leo would receive Ukraine's President Volodymyr Zelenskiy next week. " +
      'Rome has offered to mediate talks with Moscow.';

    // Act
    const result = tagStory({ body });

    // Assert
    expect(result.countries.map((c) => c.code)).not.toContain('IT');
    expect(result.countryPairs.map((p) => p.pair)).toContain('RU-VA');
  });

  it('keeps Rome Italian where the story names the Pope once in passing', () => {
    // Arrange
    const body =
      'Rome said it would tighten rules for migrant rescue ships, a day after Pope Leo urged compassion for ' +
      'people crossing the Mediterranean. Libya and Tunisia have been asked to stop departures. The rules take ' +
      'effect next month. Charities said they would challenge them in court.';

    // Act
    const { focus } = focusAndPairs({ title: '', body });

    // Assert
    expect(focus).toContain('IT');
  });

  it("keeps Rome Italian where Italy's ministers speak beside the Pope", () => {
    // Arrange
    const body =
      "Rome said on Friday it would send two navy ships to escort aid convoys to Gaza, Italy's defence minister " +
      'said. The Pope has called for a ceasefire, and the Vatican has offered to host talks.';

    // Act
    const { focus } = focusAndPairs({ title: '', body });

    // Assert
    expect(focus).toContain('IT');
  });

  it("keeps Rome Italian where the story tells the city's own business (read44)", () => {
    // Arrange
    const body =
      'Rome has approved 40 new hotels for the Jubilee year, expecting millions of pilgrims, the city\u2019s mayor ' +
      'said on Monday. The Vatican said Pope Leo would open the Holy Door on Christmas Eve.';

    // Act
    const { focus } = focusAndPairs({ title: '', body });

    // Assert
    expect(focus).toContain('IT');
  });

  it('keeps the Roma people no Holy See', () => {
    // Arrange
    const body =
      'Pope Leo met Roma families in a settlement in eastern Slovakia on Tuesday. Roma said they felt welcomed by ' +
      'the pontiff, who urged Catholics to end prejudice.';

    // Act
    const result = tagStory({ body });

    // Assert
    const vatican = result.countries.find((c) => c.code === 'VA');
    expect(vatican?.mentions.map((m) => m.text)).not.toContain('Roma');
  });
});
