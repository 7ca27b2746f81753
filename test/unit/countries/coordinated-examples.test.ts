import { describe, expect, it } from 'vitest';
import { pairsOf } from './focus-and-pairs.js';

/** An invented report on cricket's revenue model whose second sentence is `second`. */
const REVENUE = (second: string) =>
  'DUBAI, July 20 - The International Cricket Council agreed a new model for sharing its revenue on Thursday, ' +
  `giving India the largest share.\n${second}\nIndia's board will receive about 38 percent of the total, officials said.`;
const TITLE = 'Cricket council agrees new revenue model';

describe('two countries coordinated after "such as"', () => {
  it('are two examples of a kind, not two parties acting together', () => {
    // Arrange
    const body = REVENUE(
      'Smaller full members, such as Zimbabwe and Ireland, say the deal leaves them too little to play many Tests.',
    );

    // Act
    const pairs = pairsOf({ title: TITLE, body });

    // Assert
    expect(pairs).not.toContain('IE-ZW');
  });

  it('still pair when they are the sentence subject acting together', () => {
    const body = REVENUE('Zimbabwe and Ireland agreed a deal to play more Tests against each other.');

    const pairs = pairsOf({ title: TITLE, body });

    expect(pairs).toContain('IE-ZW');
  });
});

describe('two countries coordinated after "as did"', () => {
  it('did as the clause subject did, each beside it, not with the other', () => {
    // Arrange
    const body =
      "MANILA, June 4 - The Philippines summoned China's envoy on Wednesday after Chinese coast guard ships fired water " +
      'cannon at a Philippine fisheries vessel, injuring three crew members.\n' +
      'The United States, a treaty ally of the Philippines, condemned the attack, as did Japan and Australia.';

    // Act
    const pairs = pairsOf({ title: 'Philippines protests Chinese water cannon attack', body });

    // Assert
    expect(pairs).toContain('CN-PH');
    expect(pairs).not.toContain('AU-JP');
  });
});
