import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';
import { firstTopLevel, ids } from './topic-ids.js';

const LABOUR_STRIKE = 'medtop:20000530';
const ARMED_CONFLICT = 'medtop:20000056';

describe('a strike of a war or of cricket is no walkout', () => {
  it('reads a night-long missile and drone strike on a city as war, not a labour strike', () => {
    const title = 'Russia batters Odesa in seven-hour strike';
    const body =
      'ODESA - Russia attacked Odesa with missiles and drones in a seven-hour strike overnight, killing four people and damaging the port, regional officials said on Wednesday. Air defences shot down most of the drones.';

    const topics = tagArticle({ title, body }).topics;

    expect(ids(topics)).not.toContain(TOP_LEVEL.labour);
    expect(ids(topics)).not.toContain(LABOUR_STRIKE);
  });

  it('gives a seven-hour strike of missiles and drones to armed conflict', () => {
    const title = 'Russia batters Odesa in seven-hour strike';
    const body =
      'ODESA - Russia attacked Odesa with missiles and drones in a seven-hour strike overnight, killing four people and damaging the port, regional officials said on Wednesday.';

    const topics = tagArticle({ title, body }).topics;

    expect(ids(topics)).toContain(ARMED_CONFLICT);
  });

  it('reads a batter on strike at the close of play as cricket, not a labour strike', () => {
    const title = 'Brook century leaves England on top';
    const body =
      'Harry Brook was on strike when rain ended play on day one, unbeaten on 121 as England reached 310 for 4 against New Zealand in Wellington. The bowlers toiled for 80 overs without a breakthrough after lunch.';

    const topics = tagArticle({ title, body }).topics;

    expect(ids(topics)).not.toContain(TOP_LEVEL.labour);
  });

  it('keeps dockers on strike as a labour strike where troops guard the ports', () => {
    const title = 'Troops pulled out of ports as dock strike talks resume';
    const body =
      'The army withdrew troops on Thursday from three ports it had occupied to keep cargo moving, as union leaders and port employees met for pay talks. About 12,000 dockers have been on strike for ten days, and the union said the stoppage would go on until a pay deal was signed.';

    const topics = tagArticle({ title, body }).topics;

    expect(ids(topics)).toContain(LABOUR_STRIKE);
  });

  it('keeps nurses on strike over pay as a labour strike', () => {
    const title = 'Nurses begin three-day strike over pay';
    const body =
      'Thousands of nurses walked out on Monday at the start of a three-day strike over pay, their union said, after talks with the health ministry broke down. Nurses on strike picketed outside 40 hospitals.';

    const topics = tagArticle({ title, body }).topics;

    expect(ids(topics)).toContain(LABOUR_STRIKE);
  });
});

describe('the Monopoly board game is no competition case', () => {
  it('files a film of the Monopoly board game under the arts first', () => {
    const title = "Emma Stone's Monopoly musical sets opening night";
    const body =
      'Producers said on Tuesday that the stage musical of Monopoly, backed by Emma Stone, will open on Broadway in March, with songs by a Grammy-winning composer. The show is based on the Hasbro board game.';

    const topics = tagArticle({ title, body }).topics;

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.arts);
  });
});

describe('a Nobel laureate in the headline is not the prize', () => {
  it('files a laureate who joins a carmaker board under business, not science first', () => {
    const title = 'Nobel chemistry laureate joins Voltra board';
    const body =
      'Voltra said on Thursday that a Nobel chemistry laureate would join its board of directors, as the electric carmaker prepares for a shareholder vote on its chief executive pay package next month.';

    const topics = tagArticle({ title, body }).topics;

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.economy);
  });
});

describe('small boats outside migration', () => {
  it('leaves politics out of fishermen who work small boats', () => {
    const title = 'Devon fishermen fear cod quota cut';
    const body =
      'Fishermen working small boats out of Brixham said on Tuesday that a cut in the cod quota would drive them out of business, as crews sold their catch at the harbour market.';

    const topics = tagArticle({ title, body }).topics;

    expect(ids(topics)).not.toContain(TOP_LEVEL.politics);
  });

  it('leaves politics out of a swimmer who crosses the Channel', () => {
    const title = 'Teacher, 68, becomes oldest man to cross the Channel';
    const body =
      'A 68-year-old teacher became the oldest man to swim across the Channel on Sunday, finishing the crossing from Dover to France in 15 hours with a support crew in small boats beside him.';

    const topics = tagArticle({ title, body }).topics;

    expect(ids(topics)).not.toContain(TOP_LEVEL.politics);
  });
});
