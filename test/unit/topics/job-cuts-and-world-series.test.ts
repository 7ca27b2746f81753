import { describe, expect, it } from 'vitest';
import type { TagResult } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';

// Invented stories (session 35, topics35).
const firstTopLevel = (result: TagResult) => result.topics.find((t) => t.level === 1)?.id;
const ids = (result: TagResult) => result.topics.map((t) => t.id);
const LAYOFFS = 'medtop:20000189';
const BASEBALL = 'medtop:20000849';
const RUGBY = 'medtop:20001176';

describe("an institution's job cuts", () => {
  it("files universities' job cuts under education", () => {
    const result = tagArticle({
      title: 'Universities Cut Jobs As Foreign Student Numbers Fall',
      body:
        'British universities announced thousands of job cuts as the number of international students applying ' +
        'for courses fell after visa rules were tightened. Vice-chancellors warned some institutions could go bust.',
    });

    expect(firstTopLevel(result)).toBe(TOP_LEVEL.education);
  });

  it("keeps a carmaker's job cuts business, with layoffs", () => {
    const result = tagArticle({
      title: 'Ford to cut 4,000 jobs in Europe',
      body:
        'Ford will cut 4,000 jobs in Europe by the end of 2027, mostly in Germany and Britain, as demand for its ' +
        'electric cars weakens, the carmaker said. Unions said they would fight the job cuts.',
    });

    expect(firstTopLevel(result)).toBe(TOP_LEVEL.economy);
  });

  it("keeps an online education firm's layoffs business", () => {
    const result = tagArticle({
      title: 'Coursera lays off 10% of staff',
      body:
        'Online education company Coursera laid off 10 percent of its workforce on Tuesday, its chief executive ' +
        "told employees, as growth in paying learners slowed. The company's shares fell 5 percent.",
    });

    expect(firstTopLevel(result)).toBe(TOP_LEVEL.economy);
    expect(ids(result)).toContain(LAYOFFS);
  });
});

describe('a World Series', () => {
  it("reads rugby sevens' World Series as rugby, not baseball", () => {
    const result = tagArticle({
      title: 'Rugby Sevens: New Zealand Win World Series Title',
      body: "New Zealand's men won the rugby sevens World Series title in Los Angeles on Sunday, beating Argentina in the final.",
    });

    expect(ids(result)).toContain(RUGBY);
    expect(ids(result)).not.toContain(BASEBALL);
  });

  it("keeps baseball's World Series baseball", () => {
    const result = tagArticle({
      title: 'Dodgers win World Series in Game 7',
      body: 'The Los Angeles Dodgers won the World Series on Saturday, beating the Toronto Blue Jays 5-4 in 11 innings.',
    });

    expect(ids(result)).toContain(BASEBALL);
  });
});
