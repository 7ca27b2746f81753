import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const ARTS = 'medtop:01000000';
const CRIME = 'medtop:02000000';
const DISASTER = 'medtop:03000000';
const EDUCATION = 'medtop:05000000';
const HEALTH = 'medtop:07000000';
const POLITICS = 'medtop:11000000';

const topTopicOf = (title: string, body: string) =>
  tagArticle({ title, body }).topics.filter((t) => t.level === 1)[0]?.id;
const topicsOf = (title: string, body: string) => tagArticle({ title, body }).topics.map((t) => t.id);

describe('a shooting or killing outranks the place where it happened', () => {
  it('files a school shooting as crime first, keeping education', () => {
    const title = 'Three pupils killed in shooting at Ohio secondary school';
    const body =
      'Three pupils were killed and five others wounded when a former student opened fire in a corridor of ' +
      'a secondary school in Dayton on Tuesday morning, police said. Teachers barricaded classrooms while ' +
      'students hid in the library. The school board closed all schools in the district for two days and ' +
      'the head teacher said staff and pupils would be offered counselling before classes resume.';

    expect(topTopicOf(title, body)).toBe(CRIME);
    expect(topicsOf(title, body)).toContain(EDUCATION);
  });

  it('files a gunman killing doctors at a clinic as crime before health', () => {
    const title = 'Gunman kills two doctors at hospital clinic';
    const body =
      'A gunman killed two doctors and a nurse at an outpatient clinic of a hospital in Denver on Friday, ' +
      'police said. Patients were moved to other wards and surgery was postponed. The man had been treated ' +
      'at the clinic for back pain, and hospital staff said he had complained about his surgeon.';

    expect(topTopicOf(title, body)).toBe(CRIME);
    expect(topicsOf(title, body)).toContain(HEALTH);
  });

  it('reads a headline that drops the verb ("guards shot near parliament") through a lead that tells of a shooting', () => {
    const title = 'Two guards shot near parliament building';
    const body =
      'Two guards were shot and wounded outside the parliament building on Thursday evening, officials said. ' +
      'The prime minister cut short a cabinet meeting and the speaker suspended the session. Ministers said ' +
      'security around government buildings would be reviewed.';

    expect(topTopicOf(title, body)).toBe(CRIME);
    expect(topicsOf(title, body)).toContain(POLITICS);
  });

  it('keeps a minister’s plan against knife crime a politics story', () => {
    const title = 'Minister sets out plan to cut knife crime';
    const body =
      'The justice minister set out a plan on Monday to cut knife crime, with longer sentences for carrying a ' +
      'blade and a ban on online sales. Opposition MPs said the government had cut police budgets and the ' +
      'bill would be debated in parliament next month. Stabbings rose by a tenth last year.';

    expect(topTopicOf(title, body)).toBe(POLITICS);
  });

  it('keeps an auction of a murdered designer’s art an arts story', () => {
    const title = 'Paintings owned by fashion designer go under the hammer';
    const body =
      'The art collection of the murdered fashion designer, with paintings by Picasso and Matisse, will be ' +
      'auctioned in Paris next month. The designer was stabbed in 2001. The sale of the paintings and ' +
      'sculptures is expected to draw collectors and museums from around the world.';

    expect(topTopicOf(title, body)).toBe(ARTS);
  });

  it('leaves a plane crash that killed passengers to the disaster desk', () => {
    const title = 'Plane crash kills 40 passengers';
    const body =
      'Forty passengers were killed and 12 injured when a regional airliner crashed on landing in heavy fog ' +
      'on Sunday, the airline said. The airport was closed and flights were diverted.';

    expect(topTopicOf(title, body)).toBe(DISASTER);
  });
});
