import { describe, expect, it } from 'vitest';
import { organizationIdName } from '../../../functions/core/entities/organization-ids.js';
import { tagArticle } from '../../../functions/core/tag.js';

/** The organisations of an invented story, as "id: mention | mention". */
function organizations(title: string, body: string): string[] {
  return tagArticle({ title, body })
    .entities.filter((e) => e.type === 'organization')
    .map((e) => `${e.id}: ${e.mentions.map((m) => m.text).join(' | ')}`);
}

/** The organisation ids of an invented story. */
const idsOf = (title: string, body: string) => organizations(title, body).map((line) => line.split(':')[1]);

describe("a firm's name with the words most articles leave out", () => {
  it.each([
    [
      'Meta Platforms Inc said on Tuesday it would cut 5% of its staff.',
      'Meta said it would cut staff.',
      'meta',
    ],
    ['Goldman Sachs Group Inc raised its forecast.', 'Goldman Sachs raised its forecast.', 'goldman-sachs'],
    ['Toyota Motor Corp recalled 1 million cars.', 'Toyota recalled 1 million cars.', 'toyota'],
  ])('gets the id of the short form: %j', (full, short, slug) => {
    // Act
    const ids = [full, short].map((body) => idsOf('Company news', body));
    // Assert
    expect(ids[0]).toContain(slug);
    expect(ids[1]).toContain(slug);
  });

  it("is one entity with the article's short form", () => {
    // Arrange
    const body =
      'Taiwan Semiconductor Manufacturing Company said it would invest $100 billion. Taiwan Semiconductor shares rose.';
    // Act
    const found = organizations('Chipmaker to invest', body);
    // Assert
    expect(found).toEqual([
      'organization:taiwan-semiconductor: Taiwan Semiconductor Manufacturing Company | Taiwan Semiconductor',
    ]);
  });

  it('named by its web address is the firm', () => {
    // Act
    const found = organizations('Results', 'Amazon.com Inc reported higher sales. Amazon shares rose 3%.');
    // Assert
    expect(found).toEqual(['organization:amazon: Amazon.com Inc | Amazon']);
  });

  it('keeps a descriptor that would leave an ordinary word alone', () => {
    // Act
    const ids = idsOf('Travel', 'Booking Holdings Inc reported record bookings on Thursday.');
    // Assert
    expect(ids).toContain('booking-holdings');
  });
});

describe('a government body', () => {
  it('"Department of X" and "X Department" share an id', () => {
    // Act
    const official = idsOf('Probe', 'The Department of Justice opened an inquiry on Monday.');
    const usual = idsOf('Probe', 'The Justice Department opened an inquiry on Monday.');
    // Assert
    expect(official).toEqual(['justice-department']);
    expect(usual).toEqual(['justice-department']);
  });

  it("named bare joins its country's abbreviated name within an article", () => {
    // Act
    const found = organizations(
      'Yields rise',
      'U.S. Treasury yields rose on Thursday. The Treasury will sell $60 billion of bonds next week.',
    );
    // Assert
    expect(found).toEqual(['organization:us-treasury: U.S. Treasury | Treasury']);
  });

  it("named by its official form's initials joins the department the article names", () => {
    // Act
    const found = organizations(
      'Justice Department sues Apple',
      'The U.S. Justice Department sued Apple on Thursday. The DOJ said Apple monopolized smartphones.',
    );
    // Assert
    // (Apple, sued by the department, is the firm since session 56: its own entity, not a join.)
    expect(found).toEqual([
      'organization:apple: Apple | Apple | Apple',
      'organization:us-justice-department: Justice Department | U.S. Justice Department | DOJ',
    ]);
  });

  it('SCOTUS is the U.S. Supreme Court', () => {
    // Act
    const found = idsOf('Ruling', 'SCOTUS agreed on Monday to hear the case.');
    // Assert
    expect(found).toEqual(['us-supreme-court']);
  });
});

describe("a party's members in the plural", () => {
  it('are the party, with its acronym, in one entity', () => {
    // Arrange
    const body =
      'Republicans in the House passed the bill on Friday. The Republican Party has long backed tax cuts, and GOP leaders said they had the votes.';
    // Act
    const found = organizations('House vote', body);
    // Assert
    expect(found).toContain('organization:republican-party: Republicans | Republican Party | GOP');
  });

  it('named alone get the party id', () => {
    // Act
    const found = idsOf('Senate vote', 'Democrats in the Senate blocked the measure on Tuesday.');
    // Assert
    expect(found).toContain('democratic-party');
  });
});

describe("a department's or ministry's id name", () => {
  it('puts the domain before the head, in ASCII and in other letters alike', () => {
    // Arrange
    const names = [
      'Department of Justice',
      'U.S. Department of Commerce',
      'Ministry of Défense',
      'Ministry of Økonomi',
    ];

    // Act
    const idNames = names.map(organizationIdName);

    // Assert
    expect(idNames).toEqual([
      'Justice Department',
      'U.S. Commerce Department',
      'Défense Ministry',
      'Økonomi Ministry',
    ]);
  });
});
