import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';
import { unquotedWorkTitles } from '../../../functions/core/topics/work-titles.js';
import { evidenceOf, firstTopLevel, ids } from './topic-ids.js';

const JUDICIARY = 'medtop:20000106';
const COURT = 'medtop:20000107';
const ELECTION = 'medtop:20000574';
const GOVERNMENT = 'medtop:20000593';

describe('topics27: courting voters and investors is no court of law', () => {
  it('reads a party courting young voters as an election story with no court', () => {
    const title = 'Governing party steps up efforts to court young voters';
    const body =
      'The governing party is courting young voters with promises of cheaper bus fares and capped rents before the general election in May. Its strategists said the campaign would be fought on video apps, where the opposition leads among people under 30.';

    const topics = tagArticle({ title, body }).topics;

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.politics);
    expect(ids(topics)).toContain(ELECTION);
    expect(ids(topics)).not.toContain(COURT);
    expect(ids(topics)).not.toContain(TOP_LEVEL.crime);
  });

  it('reads a chipmaker that courts investors as market news with no court', () => {
    const title = 'Chipmaker courts investors ahead of listing';
    const body =
      'The chip designer courted investors in London and New York this week ahead of a planned stock market listing that could value it at $20bn. Bankers said demand for the shares was strong.';

    const topics = tagArticle({ title, body }).topics;

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.economy);
    expect(ids(topics)).not.toContain(COURT);
    expect(ids(topics)).not.toContain(TOP_LEVEL.crime);
  });

  it('keeps a court that blocks a law', () => {
    const title = 'Court blocks new voting law';
    const body =
      "A federal court on Tuesday blocked a state law that would have required voters to show photo identification. The court's decision follows a challenge by civil rights groups, and the state said it would go to a higher court.";

    const topics = tagArticle({ title, body }).topics;

    expect(ids(topics)).toContain(COURT);
  });

  it('reads the ruling party as government, not a court ruling', () => {
    const title = 'Ruling party picks new leader';
    const body =
      "The ruling party chose its former finance minister as leader on Sunday after a two-month contest, making him the country's next prime minister. The ruling party's members backed him by a wide margin.";

    const topics = tagArticle({ title, body }).topics;

    expect(evidenceOf(topics, GOVERNMENT)).toContain('ruling party');
    expect(ids(topics)).not.toContain(JUDICIARY);
  });
});

describe('topics27: titles of works written without quotation marks', () => {
  it('finds a title after its kind and a title that capitalises a pronoun or verb', () => {
    expect(unquotedWorkTitles('The film Nobody Died Here won the top prize.')).toEqual(['Nobody Died Here']);
    expect(unquotedWorkTitles("The director's It Was Only a Game won the top prize.")).toEqual([
      'It Was Only a Game',
    ]);
    expect(unquotedWorkTitles('The band Oasis played. It was a hit, he said.')).toBeUndefined();
  });

  it('reads a film called an accident as no accident, in the headline too', () => {
    const title = "Director's It Was Just an Accident wins festival's top prize";
    const body =
      "The director's film It Was Just an Accident won the top prize at the festival on Saturday. The jury praised the drama, which follows former prisoners who confront a man they believe tortured them.";

    const topics = tagArticle({ title, body }).topics;

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.arts);
    expect(ids(topics)).not.toContain(TOP_LEVEL.disaster);
  });

  it('reads a title known only by its capitalised verb as no accident', () => {
    const title = 'Critics hail Nothing Was an Accident';
    const body =
      "The director's Nothing Was an Accident opened in cinemas on Friday to strong reviews. Critics praised the actors and the score, and the studio said ticket sales were ahead of its last film.";

    const topics = tagArticle({ title, body }).topics;

    expect(ids(topics)).not.toContain(TOP_LEVEL.disaster);
  });

  it('keeps an accident told in plain words', () => {
    const title = 'Two hurt as bus hits wall';
    const body =
      'Two passengers were hurt when a bus hit a wall on the ring road on Monday morning. Police said it was an accident and nobody had been arrested.';

    const topics = tagArticle({ title, body }).topics;

    expect(ids(topics)).toContain(TOP_LEVEL.disaster);
  });
});
