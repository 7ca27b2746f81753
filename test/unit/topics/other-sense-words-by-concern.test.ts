import { describe, expect, it } from 'vitest';
import { prepareField } from '../../../functions/core/text/document.js';
import { disruptedTravel } from '../../../functions/core/topics/disrupted-travel.js';
import { factCheckVerdicts } from '../../../functions/core/topics/fact-check-verdicts.js';
import { hackerClaims } from '../../../functions/core/topics/hacker-claims.js';
import { numberedDesignations } from '../../../functions/core/topics/numbered-designations.js';
import { otherSenseWords } from '../../../functions/core/topics/other-sense-words.js';
import { stolenContests } from '../../../functions/core/topics/stolen-contests.js';

// Session 44 (tidy44): other-sense-words.ts split by concern, one file a sense. Stories are invented.
const words = (text: string, spans: [number, number][]) => spans.map(([s, e]) => text.slice(s, e));

describe('each borrowed sense is found by its own file (tidy44)', () => {
  it('finds the steal-word of an election said to be stolen, and no other sense', () => {
    // Arrange
    const text = 'The opposition said the election had been stolen and travel was disrupted by the protests.';

    // Act
    const found = words(text, stolenContests(prepareField('body', text)));

    // Assert
    expect(found).toEqual(['stolen']);
  });

  it('finds travel disrupted by snow, and no stolen election', () => {
    // Arrange
    const text = 'Heavy snow disrupted travel across the north, and the opposition said the vote was stolen.';

    // Act
    const found = words(text, disruptedTravel(text));

    // Assert
    expect(found).toEqual(['travel']);
  });

  it("finds a fact check's labelled verdict", () => {
    // Arrange
    const text = 'A video shared online claims the bridge collapsed. VERDICT: False. The bridge stands.';

    // Act
    const found = words(text, factCheckVerdicts(prepareField('body', text)));

    // Assert
    expect(found).toEqual(['VERDICT']);
  });

  it("finds a fighter's designation and keeps a strain's number and a word the lexicon knows whole", () => {
    // Arrange
    const text = 'The air force ordered 48 FA-50 jets and F-35 fighters as COVID-19 cases fell.';

    // Act
    const found = words(text, numberedDesignations(text, new Set(['f-35'])));

    // Assert
    expect(found).toEqual(['FA']);
  });

  it("finds a ransomware gang's claim of responsibility", () => {
    // Arrange
    const text = 'A ransomware gang claimed responsibility for the cyber attack on the council.';

    // Act
    const found = words(text, hackerClaims(prepareField('body', text)));

    // Assert
    expect(found).toEqual(['claimed responsibility']);
  });

  it('gives the combined senses in text order, each start once', () => {
    // Arrange
    const text =
      'A ransomware gang claimed responsibility. Snow disrupted travel. The opposition said the vote was stolen. ' +
      'Fact check - VERDICT: False. 48 FA-50 jets flew.';

    // Act
    const found = words(text, otherSenseWords(prepareField('body', text)));

    // Assert
    expect(found).toEqual(['claimed responsibility', 'travel', 'stolen', 'VERDICT', 'FA']);
  });
});

describe("a borrowed sense reads the splitter's sentence (tidy44: text/sentences.ts, no cut at every full stop)", () => {
  it("keeps a claim of responsibility for a killing told after 'St.' in the claim's sentence", () => {
    // Arrange
    const text =
      "Hackers had defaced the group's website a week earlier. The group claimed responsibility for the attack " +
      "on St. Mary's church that killed two worshippers.";

    // Act
    const found = words(text, hackerClaims(prepareField('body', text)));

    // Assert
    expect(found).toEqual([]);
  });
});
