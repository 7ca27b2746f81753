import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// Session 59: words read in another desk's sense (review58, wild58). Stories are invented.
const topicIds = (title: string, body: string) => tagArticle({ title, body }).topics.map((t) => t.id);
const SPORT = 'medtop:15000000';
const HORSE_RACING = 'medtop:20000960';
const TELEVISION = 'medtop:20000051';

describe("lengths gone to and a podcast's episodes", () => {
  it('reads no sport in lengths gone to', () => {
    // Act
    const ids = topicIds(
      '',
      "The ministry went to great lengths to hide the report from the favourite candidate's rivals.",
    );

    // Assert
    expect(ids).not.toContain(SPORT);
  });

  it('keeps a winning margin in lengths as horse racing', () => {
    // Act
    const ids = topicIds('', 'The filly won by three lengths at Flemington on Saturday.');

    // Assert
    expect(ids).toContain(HORSE_RACING);
  });

  it("reads a podcast's host and episodes as no television", () => {
    // Act
    const ids = topicIds(
      'Tech podcast host leaves show',
      'The host of the popular technology podcast said the final episode would air on Friday after 400 episodes.',
    );

    // Assert
    expect(ids).not.toContain(TELEVISION);
  });

  it("keeps a drama's episode as television", () => {
    // Act
    const ids = topicIds(
      '',
      'The final episode of the drama series drew 9 million viewers, the channel said.',
    );

    // Assert
    expect(ids).toContain(TELEVISION);
  });
});

describe('words of South Asian and Philippine copy (wild59)', () => {
  const SOCCER = 'medtop:20001065';
  const CRIME = 'medtop:02000000';
  const TARIFF = 'medtop:20000384';
  const TELECOMS = 'medtop:20000233';
  const LABOUR_STRIKE = 'medtop:20000530';
  const FLOOD = 'medtop:20000154';
  const CONSTRUCTION = 'medtop:20000235';

  it("reads Pakistan's Rangers making arrests as no football club", () => {
    // Act
    const ids = topicIds('', 'The Rangers arrested four suspects in Karachi on Monday, a spokesman said.');

    // Assert
    expect(ids).toContain(CRIME);
    expect(ids).not.toContain(SOCCER);
  });

  it("keeps Glasgow's Rangers in a match report", () => {
    // Act
    const ids = topicIds('', 'Rangers beat Celtic 2-1 at Ibrox on Sunday.');

    // Assert
    expect(ids).toContain(SOCCER);
  });

  it("reads a phone operator's tariffs as telecoms, not trade", () => {
    // Act
    const ids = topicIds('', 'Telecom operators raised mobile tariffs by 15% on Monday.');

    // Assert
    expect(ids).toContain(TELECOMS);
    expect(ids).not.toContain(TARIFF);
  });

  it('reads a bandh as a strike', () => {
    // Act
    const ids = topicIds('', 'Traders observed a bandh in Kolkata on Monday, shutting shops and markets.');

    // Assert
    expect(ids).toContain(LABOUR_STRIKE);
  });

  it('reads flood control projects as public works, no flood', () => {
    // Act
    const ids = topicIds(
      '',
      'The agency awarded ghost flood control projects worth P545 billion to 15 contractors, the senator said.',
    );

    // Assert
    expect(ids).toContain(CONSTRUCTION);
    expect(ids).not.toContain(FLOOD);
  });
});

describe('a team named like a kind of music (review59)', () => {
  const MUSIC = 'medtop:20000018';

  it('reads the Jazz in a basketball trade as no music', () => {
    // Act
    const ids = topicIds('', 'Nets acquire guard in three-team trade with the Hornets and Jazz.');

    // Assert
    expect(ids).toContain(SPORT);
    expect(ids).not.toContain(MUSIC);
  });

  it('keeps a jazz festival as music', () => {
    // Act
    const ids = topicIds('', 'The jazz festival drew 40,000 fans to the city over the weekend.');

    // Assert
    expect(ids).toContain(MUSIC);
  });
});
