import { describe, expect, it } from 'vitest';
import { focusAndPairs as ofArticle } from './focus-and-pairs.js';

const focusAndPairs = (body: string) => ofArticle({ body });

describe('short stories about office holders who meet', () => {
  it('puts the countries of two leaders who meet in focus and pairs them', () => {
    const { focus, pairs } = focusAndPairs(
      'Japanese Prime Minister Shigeru Ishiba met U.S. President Donald Trump at the White House on Friday.',
    );

    expect(focus).toEqual(['JP', 'US']);
    expect(pairs).toEqual(['JP-US']);
  });

  it('reads the country of an office holder named after the verb ("visited Malaysia\'s Prime Minister")', () => {
    const { focus, pairs } = focusAndPairs(
      "Indonesian President Prabowo Subianto visited Malaysia's Prime Minister Anwar Ibrahim. Prabowo said " +
        'the talks went well.',
    );

    expect(focus).toEqual(['ID', 'MY']);
    expect(pairs).toEqual(['ID-MY']);
  });
});

describe("a short story's speaker that is a country's own government", () => {
  it('puts the country whose government speaks in the lead in focus ("The Taliban government in Kabul said")', () => {
    const { focus } = focusAndPairs(
      'The Taliban government in Kabul said it would not attend the talks in Moscow next week.',
    );

    expect(focus).toContain('AF');
  });

  it('puts the country whose president speaks, titled before the name, in focus (review63)', () => {
    const { focus } = focusAndPairs(
      "Moldova's President Maia Sandu said the republic would not bow to Russian pressure over gas supplies.",
    );

    expect(focus).toContain('MD');
  });

  it("reads a junta that speaks as its country's government (review63)", () => {
    const { focus } = focusAndPairs(
      "Guinea's junta announced it would hold a referendum on a new constitution along with Gabon and Chad.",
    );

    expect(focus).toContain('GN');
  });

  it('reads a ministry, navy or coast guard named in capitals as the government speaking', () => {
    // Arrange
    const ministry =
      "Indonesia's Foreign Ministry said Australian patrol boats had entered its waters near Rote.";
    const coastGuard =
      'The Malaysian Coast Guard said Vietnamese trawlers fired flares at a patrol boat on Sunday.';

    // Act
    const tagged = [ministry, coastGuard].map((body) => focusAndPairs(body).focus);

    // Assert
    expect(tagged[0]).toContain('ID');
    expect(tagged[1]).toContain('MY');
  });

  it('does not read a president of a firm as the country speaking', () => {
    const { focus } = focusAndPairs(
      'A Swiss bank said its President Urs Keller would step down after losses in Brazil.',
    );

    expect(focus).not.toContain('CH');
  });

  it('does not make the seat of a firm or of bankers who speak an actor', () => {
    expect(
      // A firm of companies.ts that speaks acts for its home country ("Jollibee Foods Corp said it would
      // open 300 stores"); its seat named after it is still no actor of its own.
      focusAndPairs('Nixdorf Computer AG of West Germany said it won a contract from a Texas utility.').focus,
    ).not.toContain('DE');
    expect(
      focusAndPairs('Bankers in Japan said the yen would weaken after the Fed meeting in Washington.').focus,
    ).not.toContain('JP');
  });
});

describe('office holders named by a demonym after the verb', () => {
  it('pairs "U.S. Secretary of State Marco Rubio met Chinese Foreign Minister Wang Yi"', () => {
    const { focus, pairs } = focusAndPairs(
      'U.S. Secretary of State Marco Rubio met Chinese Foreign Minister Wang Yi in Kuala Lumpur on Friday.',
    );

    expect(focus).toEqual(['CN', 'US']);
    expect(pairs).toEqual(['CN-US']);
  });
});
