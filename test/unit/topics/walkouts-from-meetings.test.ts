import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';
import { firstTopLevel, ids } from './topic-ids.js';

const LABOUR_STRIKE = 'medtop:20000530';
const topicsOf = (title: string, body: string) => tagArticle({ title, body }).topics;

describe('topics34 (read33 F2): a walking out of a meeting is no labour strike', () => {
  it("leads with politics for journalists who walk out of a minister's news conference", () => {
    const topics = topicsOf(
      "Journalists walk out of minister's news conference in protest",
      "Journalists walked out of a news conference held by Kenya's interior minister on Tuesday in protest at the arrest of two reporters. The minister later said the arrests were a police matter and that the government respected press freedom.",
    );

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.politics);
    expect(ids(topics)).not.toContain(LABOUR_STRIKE);
  });

  it('lists no labour strike for journalists who walk out of a festival press conference', () => {
    const topics = topicsOf(
      'Journalists walk out of film festival press conference after actor remarks',
      'Dozens of journalists walked out of a press conference at the Venice Film Festival on Saturday after the lead actor of a new drama made remarks critics called offensive. The director later apologised.',
    );

    expect(ids(topics)).not.toContain(TOP_LEVEL.labour);
  });

  it('keeps labour first for doctors who strike after their union walks out of talks', () => {
    const topics = topicsOf(
      'Junior doctors begin strike after union walks out of talks',
      'Junior doctors in England began a five-day strike on Friday after their union walked out of talks with the health secretary over pay. The government said the pay demand was unaffordable.',
    );

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.labour);
    expect(ids(topics)).toContain(LABOUR_STRIKE);
  });

  it('keeps a labour strike for dockers who stage a walkout at a port', () => {
    const topics = topicsOf(
      'Dockers stage walkout at Antwerp port as minister defends pension reform',
      "Dockers staged a 24-hour walkout at the port of Antwerp on Thursday in protest at the government's pension reform, leaving ships waiting at anchor. The pensions minister told parliament the reform would go ahead.",
    );

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.labour);
  });
});

describe('topics34 (read33 F9): a coach who walks off the job quits; no labour strike where sport leads', () => {
  it('lists no labour for a football coach who walked off the job', () => {
    const topics = topicsOf(
      'Coach walks off the job after clash with club owner',
      "The coach of Spanish football club Getafe walked off the job on Sunday after a clash with the club's owner over transfers, two days before the team's La Liga match against Sevilla.",
    );

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.sport);
    expect(ids(topics)).not.toContain(LABOUR_STRIKE);
  });

  it('lists no labour strike for a head coach who walks out on his team', () => {
    const topics = topicsOf(
      'Head coach walks out on team days before World Cup qualifier',
      "Nigeria's head coach walked off the job on Monday, days before a World Cup qualifier against Benin. The football federation said it hoped he would return for the match.",
    );

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.sport);
    expect(ids(topics)).not.toContain(LABOUR_STRIKE);
  });

  it('keeps the strike of stadium staff who walked off the job over pay', () => {
    const topics = topicsOf(
      'Stadium staff walk off the job before derby',
      'Catering and security staff at Celtic Park walked off the job on Saturday two hours before the Old Firm derby in a strike over pay, forcing the club to close several stands.',
    );

    expect(ids(topics)).toContain(LABOUR_STRIKE);
  });
});
