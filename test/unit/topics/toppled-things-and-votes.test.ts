import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';
import { topicIds } from './topic-ids.js';

const COUP = 'medtop:20000070';
const ELECTION = 'medtop:20000574';

describe("wild37 ★1: only a ruler toppled or ousted is a coup d'etat", () => {
  it('gives winds that toppled trees no coup and no war', () => {
    const ids = topicIds(
      'Strong winds topple trees across the county',
      'Strong winds toppled trees across the county on Sunday, leaving thousands of homes without heating. Forecasters said gusts reached 70 mph.',
    );

    expect(ids).not.toContain(COUP);
    expect(ids).not.toContain(TOP_LEVEL.conflict);
  });

  it('gives a side that toppled another 2-1, or was ousted from a cup, no coup', () => {
    const beaten = topicIds(
      'Italy topple Spain 2-1 to reach final',
      'Italy toppled Spain 2-1 in Turin on Wednesday to reach the final, the winning goal a header in the 88th minute.',
    );
    const ousted = topicIds(
      'Holders ousted from the FA Cup',
      'The holders were ousted from the FA Cup on Saturday after a 1-0 defeat by a third-tier side.',
    );

    expect(beaten).not.toContain(COUP);
    expect(ousted).not.toContain(TOP_LEVEL.conflict);
  });

  it('keeps the coup where officers toppled the president', () => {
    const ids = topicIds(
      'Army officers topple president',
      'Army officers toppled the president overnight and dissolved the government, state television said.',
    );

    expect(ids).toContain(COUP);
  });
});

describe('wild37 ★3: a vote is an election only with ballots, candidates, polls or voters', () => {
  it("lists no election for a school board's vote", () => {
    const ids = topicIds(
      'School board votes to close two schools',
      'The school board voted 5-2 on Tuesday night to close two elementary schools because of falling enrolment. Parents urged the board to reconsider.',
    );

    expect(ids).not.toContain(ELECTION);
  });

  it("lists no election for a union's strike ballot", () => {
    const ids = topicIds(
      'Nurses vote to strike over pay',
      'Nurses voted to strike over pay in a union ballot, with 87 percent in favour on a turnout of 60 percent. The union said walkouts would begin next month.',
    );

    expect(ids).not.toContain(ELECTION);
  });

  it('keeps the election where voters cast ballots for candidates', () => {
    const ids = topicIds(
      'Voters head to the polls',
      'Voters cast ballots on Sunday in a presidential vote with eight candidates. Turnout was 64 percent by mid-afternoon.',
    );

    expect(ids).toContain(ELECTION);
  });

  it("reads a city manager and a city council as local government, not the City's finance", () => {
    const result = tagArticle({
      title: 'City council raises parking rates',
      body: 'The city council agreed on Monday to raise downtown parking rates. The City Manager said the money would repair roads.',
    });

    expect(result.topics[0]?.id).toBe(TOP_LEVEL.politics);
    expect(result.topics.find((t) => t.id === TOP_LEVEL.economy)?.evidence ?? []).not.toContain('City');
  });
});
