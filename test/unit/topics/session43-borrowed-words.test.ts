import { describe, expect, it } from 'vitest';
import type { TagResult } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';

// Session 43 (mendT43): wild43's further topic misfires (items 14, 19, 21) — words of force and peace told of
// politics and families, a subhead that asks who, and single words another desk borrows. Stories are invented.
const ids = (result: TagResult) => result.topics.map((t) => t.id);
const ASSAULT = 'medtop:20000084';
const PEACE_PROCESS = 'medtop:20000073';
const INTERNATIONAL_ORGANISATION = 'medtop:20000644';
const SWIMMING = 'medtop:20001071';
const CANCER = 'medtop:20000447';
const DEFENCE = 'medtop:20000599';
const AGRICULTURE = 'medtop:20000210';

describe('words of force and of peace told of politics and families (wild43 item 14)', () => {
  it('reads "an assault on democracy" and "an assault on press freedom" as no crime', () => {
    // Arrange
    const decree = {
      title: 'Opposition condemns decree',
      body: 'The opposition called the emergency decree an assault on democracy and vowed to fight it in parliament.',
    };
    const bill = {
      title: 'Journalists protest media bill',
      body: 'Editors described the bill as "an assault on press freedom" and urged senators to reject it.',
    };

    // Act
    const found = [decree, bill].map((s) => ids(tagArticle(s)));

    // Assert
    for (const topics of found) {
      expect(topics).not.toContain(TOP_LEVEL.crime);
      expect(topics).not.toContain(ASSAULT);
    }
  });

  it('keeps an assault on a person as a crime', () => {
    // Act
    const topics = ids(
      tagArticle({
        title: 'Man charged',
        body: 'A man has been charged with assault after a woman was attacked on a bus in Leeds, police said.',
      }),
    );

    // Assert
    expect(topics).toContain(ASSAULT);
  });

  it("reads a son's wish for reconciliation with his family as no peace process", () => {
    // Arrange
    const story = {
      title: 'Actor hopes to mend rift',
      body:
        'The actor said he would "love a reconciliation" with his family and that he had not spoken to his father ' +
        'for two years.',
    };

    // Act
    const topics = ids(tagArticle(story));

    // Assert
    expect(topics).not.toContain(PEACE_PROCESS);
    expect(topics).not.toContain(TOP_LEVEL.conflict);
  });

  it('keeps the reconciliation of a peace process after a war', () => {
    // Act
    const topics = ids(
      tagArticle({
        title: 'Truth commission',
        body:
          'The ceasefire held and the government set up a commission for national reconciliation with the former ' +
          'rebels after ten years of civil war.',
      }),
    );

    // Assert
    expect(topics).toContain(PEACE_PROCESS);
  });
});

describe('a subhead in capitals that asks who (wild43 item 19)', () => {
  it('reads "WHO REGULATES THEM?" as a question, not the World Health Organization', () => {
    // Arrange
    const story = {
      title: 'What are prediction markets?',
      body:
        'Prediction markets let people trade contracts on the outcome of events such as elections.\n\n' +
        'WHO REGULATES THEM?\n\nIn the United States the contracts are overseen by the commodities regulator.',
    };

    // Act
    const topics = ids(tagArticle(story));

    // Assert
    expect(topics).not.toContain(INTERNATIONAL_ORGANISATION);
    expect(topics).not.toContain(TOP_LEVEL.health);
  });

  it('keeps the WHO of a health warning', () => {
    // Act
    const topics = ids(
      tagArticle({
        title: 'WHO warns of measles surge',
        body: 'The WHO said on Tuesday that measles cases had risen sharply across Europe.',
      }),
    );

    // Assert
    expect(topics).toContain(TOP_LEVEL.health);
  });
});

describe('single words another desk borrows (wild43 item 21)', () => {
  it('gives no swimming to ferry passengers who could not swim', () => {
    // Act
    const topics = ids(
      tagArticle({
        title: 'Ferry capsizes on lake',
        body:
          'At least 40 people drowned when an overloaded ferry capsized on the lake. Many passengers could not swim ' +
          'and there were no life jackets, officials said.',
      }),
    );

    // Assert
    expect(topics).not.toContain(SWIMMING);
    expect(topics).not.toContain(TOP_LEVEL.sport);
  });

  it('gives no cancer to the constellation Cancer', () => {
    // Act
    const topics = ids(
      tagArticle({
        title: 'Telescope studies hot planet',
        body:
          'Astronomers using the space telescope studied a rocky planet orbiting a star in the constellation Cancer, ' +
          'about 41 light years from Earth.',
      }),
    );

    // Assert
    expect(topics).not.toContain(CANCER);
    expect(topics).not.toContain(TOP_LEVEL.health);
  });

  it('gives no assault and battery to a battery maker listing its shares', () => {
    // Act
    const topics = tagArticle({
      title: 'Battery maker raises $4bn',
      body:
        'The Chinese battery maker, which has faced claims of forced labour in its supply chain, raised $4 billion ' +
        'in its Hong Kong share listing, the biggest of the year.',
    }).topics;

    // Assert
    const crime = topics.filter((t) => t.id === TOP_LEVEL.crime || t.id === ASSAULT);
    for (const topic of crime) expect(topic.evidence).not.toContain('battery');
    expect(crime.length).toBeGreaterThan(0);
  });

  it('gives no agriculture to organic sales growth and no defence to Old Navy', () => {
    // Arrange
    const results = {
      title: 'Food group cuts forecast',
      body: 'The food group cut its organic sales growth forecast to 2%, citing weak demand for snacks.',
    };
    const retailer = {
      title: 'Clothing retailer lifts outlook',
      body: 'The clothing chain raised its annual forecast after sales at Old Navy rose 4% in the quarter.',
    };

    // Act
    const [food, clothes] = [results, retailer].map((s) => ids(tagArticle(s)));

    // Assert
    expect(food).not.toContain(AGRICULTURE);
    expect(clothes).not.toContain(DEFENCE);
    expect(clothes).not.toContain(TOP_LEVEL.politics);
  });
});
