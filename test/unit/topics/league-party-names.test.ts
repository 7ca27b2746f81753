import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { ids } from './topic-ids.js';

// Session 45 (mendT45, wild45 item 20): a party named a league is no sport and no faith. Stories are invented.
const SPORT = 'medtop:15000000';
const RELIGION = 'medtop:12000000';
const POLITICAL_PARTIES = 'medtop:20000651';

describe('a party named a league gives politics, no sport or religion (wild45 item 20)', () => {
  it.each([
    [
      'the Pakistan Muslim League-Nawaz',
      'The Pakistan Muslim League-Nawaz won the most seats in parliament.',
    ],
    [
      "Sharif's Pakistan Muslim League",
      "Sharif's Pakistan Muslim League accuses Bhutto's government of corruption.",
    ],
    ["Sheikh Hasina's Awami League", "Sheikh Hasina's Awami League won a fourth term in an election."],
    [
      "Suu Kyi's National League for Democracy",
      "Aung San Suu Kyi's National League for Democracy won a landslide.",
    ],
  ])('reads %s as a party', (_case, body) => {
    // Act
    const result = tagArticle({ title: '', body });

    // Assert
    expect(ids(result.topics)).toContain(POLITICAL_PARTIES);
    expect(ids(result.topics)).not.toContain(SPORT);
    expect(ids(result.topics)).not.toContain(RELIGION);
  });

  it('keeps a mosque’s worshippers under religion', () => {
    // Act
    const result = tagArticle({
      title: '',
      body: 'Muslim worshippers gathered at the mosque for Friday prayers.',
    });

    // Assert
    expect(ids(result.topics)).toContain(RELIGION);
  });
});

// fixT45 (read45 nl1): "Northern League" is also English football's; it is no party row of its own.
describe("a football league's title gives no politics (read45 nl1)", () => {
  it('gives a Northern League title won by a club no political parties', () => {
    // Act
    const result = tagArticle({
      title: '',
      body: 'Hebburn Town clinched the Northern League title on Saturday with a 2-0 win over Shildon.',
    });

    // Assert
    expect(ids(result.topics)).not.toContain(POLITICAL_PARTIES);
  });
});
