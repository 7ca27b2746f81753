import { describe, expect, it } from 'vitest';
import { focusAndPairs as ofArticle } from './focus-and-pairs.js';

const focusAndPairs = (body: string, title = '') => ofArticle({ title, body });

describe('a pope named by title and name speaks for the Holy See', () => {
  it('pairs the Vatican with the country the pope will visit', () => {
    const { pairs } = focusAndPairs(
      'Pope Leo XIV will visit Lebanon in December, the Vatican said on Tuesday.',
    );

    expect(pairs).toEqual(['LB-VA']);
  });

  it('reads no Vatican in a person whose surname is Pope', () => {
    const { focus } = focusAndPairs('Analyst Pope Evans said Canadian bank shares would rise next year.');

    expect(focus).toEqual(['CA']);
  });
});

describe('a speaker reporting an attack on an unnamed target is the side attacked', () => {
  it('pairs "Thailand says Cambodian troops fired rockets across the border"', () => {
    const { focus, pairs } = focusAndPairs(
      'Thailand says Cambodian troops fired rockets across the border on Thursday, killing two civilians.',
    );

    expect(focus).toEqual(['KH', 'TH']);
    expect(pairs).toEqual(['KH-TH']);
  });

  it('leaves a speaker out when the attack names its target ("attacked Kyiv")', () => {
    const { focus } = focusAndPairs(
      'The United States says Russian forces attacked Kyiv overnight with 300 drones.',
    );

    expect(focus).not.toContain('US');
  });
});

describe("the other side's government answering in a closing clause", () => {
  it('pairs North Korea with "Seoul\'s military said" after "while"', () => {
    const { focus, pairs } = focusAndPairs(
      "North Korea said on Wednesday it had tested a new hypersonic missile, while Seoul's military said the launch had failed.",
      'North Korea says it tested a missile',
    );

    expect(focus).toEqual(['KP', 'KR']);
    expect(pairs).toEqual(['KP-KR']);
  });

  it('pairs a launch with "South Korea\'s military said" closing the sentence', () => {
    const { pairs } = focusAndPairs(
      "North Korea fired a ballistic missile into the sea off its east coast on Friday, South Korea's military said.",
    );

    expect(pairs).toEqual(['KP-KR']);
  });

  it("adds nothing when the speaker is the acting country's own government", () => {
    const { focus, pairs } = focusAndPairs(
      "Japan's economy grew 0.3% in the third quarter, the Japanese government said.",
    );

    expect(focus).toEqual(['JP']);
    expect(pairs).toEqual([]);
  });
});
