import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';
import { evidenceOf, firstTopLevel, ids } from './topic-ids.js';

const LABOUR_STRIKE = 'medtop:20000530';
const ARMED_CONFLICT = 'medtop:20000056';
const ASTRONOMY = 'medtop:20000718';
const THEATRE = 'medtop:20000029';
const STUDENTS = 'medtop:20000415';
const SCHOOL = 'medtop:20000400';
const DEFENCE = 'medtop:20000598';

const topicsOf = (title: string, body: string) => tagArticle({ title, body }).topics;

describe('(review29 T10) strikes aimed at a country or an armed target are attacks', () => {
  it('reads strikes on a country that leaders condemned as war, not a walkout', () => {
    const topics = topicsOf(
      'Emerging economies close summit with joint statement',
      'The leaders condemned Israeli and U.S. strikes on Iran in a joint statement at the end of their summit.',
    );

    expect(ids(topics)).toContain(ARMED_CONFLICT);
    expect(ids(topics)).not.toContain(LABOUR_STRIKE);
  });

  it('reads strikes on enrichment sites as war, not a walkout', () => {
    const topics = topicsOf(
      'President defends raid',
      'The president defended the strikes on enrichment sites, telling lawmakers the programme had been set back years.',
    );

    expect(evidenceOf(topics, ARMED_CONFLICT)).toContain('strikes');
    expect(ids(topics)).not.toContain(LABOUR_STRIKE);
  });

  it("keeps a walkout on a city's underground, and on a country's railways, a labour strike", () => {
    const metro = topicsOf(
      'Commuters stranded',
      'A strike on the Lisbon metro left thousands of commuters queuing for buses on Monday.',
    );
    const railways = topicsOf(
      'Drivers to stage more stoppages',
      "Drivers will stage strikes on Britain's railways next month in a dispute over rosters.",
    );

    expect(ids(metro)).toContain(LABOUR_STRIKE);
    expect(ids(railways)).toContain(LABOUR_STRIKE);
  });
});

describe('(review29 T8, T9) names of products and streets are no science or theatre', () => {
  it("reads Samsung's Galaxy phones as no astronomy", () => {
    const topics = topicsOf(
      'Phone maker shows thinner foldable',
      'The company unveiled the Galaxy Z Flip9, its thinnest foldable smartphone yet, as it tries to win buyers from Apple.',
    );

    expect(ids(topics)).not.toContain(ASTRONOMY);
  });

  it('keeps a galaxy a telescope saw as astronomy', () => {
    const topics = topicsOf(
      'Telescope spots distant galaxy',
      'Astronomers using the James Webb telescope said the galaxy formed 300 million years after the Big Bang.',
    );

    expect(ids(topics)).toContain(ASTRONOMY);
  });

  it('reads a tower on Broadway that a council approved as no theatre', () => {
    const topics = topicsOf(
      'Council backs new tower',
      'The city council voted 9-4 on Thursday to approve a 40-storey apartment tower on Broadway, despite objections from neighbours.',
    );

    expect(ids(topics)).not.toContain(THEATRE);
    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.politics);
  });

  it('keeps a musical that opens on Broadway theatre', () => {
    const topics = topicsOf(
      'Musical transfers to New York',
      'The hit musical will open on Broadway in March after a sold-out run in London, its producers said.',
    );

    expect(ids(topics)).toContain(THEATRE);
  });
});

describe('(review29 T15, T16, T12, T6) words of the setting', () => {
  it('reads the weather at the time of a plane crash as no weather story', () => {
    const topics = topicsOf(
      'Small plane crashes after take-off',
      'A small passenger plane crashed shortly after take-off on Wednesday, killing 11 people. The weather was clear at the time, an airport official said.',
    );

    expect(ids(topics)).not.toContain(TOP_LEVEL.weather);
  });

  it('keeps weather that hurts a harvest a weather story', () => {
    const topics = topicsOf(
      'Dry weather hurts wheat crop',
      'Unusually dry weather has hurt the wheat crop in the north, the farm ministry said.',
    );

    expect(ids(topics)).toContain(TOP_LEVEL.weather);
  });

  it('reads fresher air in a forecast as no students', () => {
    const topics = topicsOf(
      'Cooler weekend ahead',
      'Cooler, fresher air will move in from the Atlantic on Saturday, forecasters said, with highs of 21C.',
    );

    expect(ids(topics)).not.toContain(STUDENTS);
    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.weather);
  });

  it('reads schools used as relief camps after a flood as no education story', () => {
    const topics = topicsOf(
      'Floods kill dozens',
      'Monsoon floods killed at least 60 people in the north of the country. Relief camps were set up in schools as rescuers reached cut-off villages.',
    );

    expect(ids(topics)).not.toContain(SCHOOL);
    expect(ids(topics)).not.toContain(TOP_LEVEL.education);
  });

  it('reads a government plane as no government plan', () => {
    const topics = topicsOf(
      'Freed couple flown home',
      'The couple were flown to Doha aboard a government plane on Friday, officials said.',
    );

    expect(evidenceOf(topics, TOP_LEVEL.politics)).not.toContain('plane');
  });

  it('reads defence spending as defence, and a column on it as politics first', () => {
    const topics = topicsOf(
      'Europe must spend more on defence',
      'Governments have agreed to raise defence spending to 3.5% of GDP. Most are deep in debt, and the money will have to come from higher taxes or more borrowing. Germany has loosened its debt brake; defence ministers meet next week.',
    );

    expect(evidenceOf(topics, DEFENCE)).toContain('defence spending');
    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.politics);
  });
});
