import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const ECONOMY = 'medtop:04000000';
const SCIENCE = 'medtop:13000000';
const POLITICS = 'medtop:11000000';
const ELECTION = 'medtop:20000574';
const AMERICAN_FOOTBALL = 'medtop:20000823';
const BASKETBALL = 'medtop:20000851';
const SOCCER = 'medtop:20001065';
const WAR = 'medtop:20000062';

const topicsOf = (title: string, body: string) => tagArticle({ title, body }).topics.map((t) => t.id);

describe("the words of today's news desks", () => {
  it('reads an NFL game with field goals and a division title as American football, not soccer', () => {
    const topics = topicsOf(
      'Bills clinch AFC East',
      'Josh Allen threw for two touchdowns as the Buffalo Bills beat the New York Jets 30-13 to clinch the ' +
        'AFC East. Tyler Bass kicked three field goals.',
    );

    expect(topics).toContain(AMERICAN_FOOTBALL);
    expect(topics).not.toContain(SOCCER);
  });

  it('reads an NBA playoff game with assists and a triple-double as basketball', () => {
    const topics = topicsOf(
      'Thunder force Game 7',
      'Shai Gilgeous-Alexander scored 38 points and added eight assists as the Thunder beat the Nuggets ' +
        '119-107 to force a Game 7. Nikola Jokic had a triple-double.',
    );

    expect(topics).toContain(BASKETBALL);
  });

  it('reads a price war between carmakers as business, not war', () => {
    const topics = topicsOf(
      'Carmaker cuts prices',
      "The carmaker cut prices on 22 models on Friday, deepening a price war in China's car market that has " +
        'squeezed profits across the industry.',
    );

    expect(topics[0]).toBe(ECONOMY);
    expect(topics).not.toContain(WAR);
  });

  it('reads a fusion start-up that builds a tokamak as science as well as business', () => {
    const topics = topicsOf(
      'Fusion start-up raises $800 million',
      'A nuclear fusion start-up raised $800 million from investors on Wednesday to build a tokamak that it ' +
        'says will produce net energy by 2030. Physicists said fusion power remained years away.',
    );

    expect(topics[0]).toBe(SCIENCE);
    expect(topics).toContain(ECONOMY);
  });

  it('reads a recall vote against lawmakers as an election, not a product recall', () => {
    const topics = topicsOf(
      'Recall vote fails',
      'A recall vote against two dozen opposition lawmakers failed on Saturday, a blow to the president. The ' +
        'opposition said voters had rejected the campaign.',
    );

    expect(topics[0]).toBe(POLITICS);
    expect(topics).toContain(ELECTION);
    expect(topics).not.toContain(ECONOMY);
  });
});
