import { describe, expect, it } from 'vitest';
import type { TagResult } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';

// Invented stories (session 61, topic61, from review61's ★2s): match reports told in their codes' own words, and
// words another desk shares.
const ids = (result: TagResult) => result.topics.map((t) => t.id);
const AUSSIE_RULES = 'medtop:20000846';
const RUGBY = 'medtop:20001176';
const AMERICAN_FOOTBALL = 'medtop:20000823';
const MOTOR_RACING = 'medtop:20000991';
const CRICKET = 'medtop:20000888';
const ENERGY = 'medtop:20000256';
const MUSIC = 'medtop:20000018';
const TERROR = 'medtop:20000053';
const LABOUR_STRIKE = 'medtop:20000530';
const MARITIME_ACCIDENT = 'medtop:20000145';

describe('match reports in their own words', () => {
  it('an AFL club and its behinds are Australian rules', () => {
    // Act
    const result = tagArticle({
      title: 'Collingwood hold on',
      body: 'Collingwood kicked 12 goals and nine behinds to edge Hawthorn by four points on Saturday.',
    });

    // Assert
    expect(ids(result)).toContain(AUSSIE_RULES);
  });

  it("a rugby league side's field goal is rugby, no American football", () => {
    // Act
    const result = tagArticle({
      body: 'The Brisbane Broncos beat the Canberra Raiders 19-18 after a field goal in golden point.',
    });

    // Assert
    expect(ids(result)).toContain(RUGBY);
    expect(ids(result)).not.toContain(AMERICAN_FOOTBALL);
  });

  it('a round of the world rally is motor racing', () => {
    // Act
    const result = tagArticle({
      body: 'The Estonian led Rally Finland by 12 seconds after the morning loop.',
    });

    // Assert
    expect(ids(result)).toContain(MOTOR_RACING);
  });

  it("sixes in the final over are cricket's", () => {
    // Act
    const result = tagArticle({
      title: "Veteran's last dance",
      body: 'He hit four sixes in the final over, but his side still lost by nine runs.',
    });

    // Assert
    expect(ids(result)).toContain(CRICKET);
    expect(result.topics[0]?.id).toBe(TOP_LEVEL.sport);
  });

  it('a player who retires hurt leaves a match, not a job', () => {
    // Act
    const result = tagArticle({
      title: 'Kovac retires hurt',
      body: 'Ana Kovac retired hurt early in the second set.',
    });

    // Assert
    expect(result.topics[0]?.id).toBe(TOP_LEVEL.sport);
  });
});

describe("other desks' words", () => {
  it("a utility's load shedding is energy", () => {
    // Act
    const result = tagArticle({
      body: 'The utility said rolling load shedding would return on Monday after two generating units failed.',
    });

    // Assert
    expect(ids(result)).toContain(ENERGY);
  });

  it('a singer who adds dates to a tour at a stadium is music, no sport', () => {
    // Act
    const result = tagArticle({
      body: 'The singer added two more dates at the national stadium to her world tour after the first shows sold out.',
    });

    // Assert
    expect(ids(result)).toContain(MUSIC);
    expect(ids(result)).not.toContain(TOP_LEVEL.sport);
  });

  it('gunmen who shoot on a street, with police and no arrests yet, are no terror', () => {
    // Act
    const result = tagArticle({
      body:
        'Three people were wounded when gunmen opened fire outside a bar late on Friday, police said. No arrests ' +
        'have been made.',
    });

    // Assert
    expect(result.topics[0]?.id).toBe(TOP_LEVEL.crime);
    expect(ids(result)).not.toContain(TERROR);
  });

  it('gunmen whose attack militants claim are still terror', () => {
    // Act
    const result = tagArticle({
      body: 'Gunmen stormed a hotel, killing nine guests, and a militant group claimed responsibility for the attack.',
    });

    // Assert
    expect(ids(result)).toContain(TERROR);
  });

  it('a barge strike on a bridge is an accident, no walkout', () => {
    // Act
    const result = tagArticle({
      title: 'River closed after barge strike',
      body: 'A barge struck a pier of the river bridge before dawn, and the port closed the channel.',
    });

    // Assert
    expect(ids(result)).toContain(MARITIME_ACCIDENT);
    expect(ids(result)).not.toContain(LABOUR_STRIKE);
  });
});
