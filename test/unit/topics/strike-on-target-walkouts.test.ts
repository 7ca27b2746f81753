import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { ids } from './topic-ids.js';

const LABOUR_STRIKE = 'medtop:20000530';
const ARMED_CONFLICT = 'medtop:20000056';

const topicsOf = (title: string, body: string) => tagArticle({ title, body }).topics;

describe('mendT30 (read30 F1): a walkout headline of strikes on places is no attack', () => {
  it('reads strikes on two cities whose staff the body says walk out as a walkout', () => {
    const topics = topicsOf(
      'Strikes on Madrid, Seville tram lines Thursday',
      'MADRID - Passengers in Spain face a day of delays on Thursday as tram staff walk out for 24 hours. Services will run only at rush hour, operators said.',
    );

    expect(ids(topics)).not.toContain(ARMED_CONFLICT);
    expect(ids(topics)).toContain(LABOUR_STRIKE);
  });

  it('reads an all-caps headline of strikes on ports as a walkout when unions speak in the body', () => {
    const topics = topicsOf(
      'NEW STRIKES ON GERMANY, POLAND PORTS HIT WINTER SHIPPING',
      'HAMBURG - Dock staff at Hamburg and Gdansk will stop work for two days from Tuesday in a row over pensions, unions said.',
    );

    expect(ids(topics)).not.toContain(ARMED_CONFLICT);
  });

  it('reads the noun after a list of places as naming them all', () => {
    const topics = topicsOf(
      'Strikes on Vienna and Graz bus networks Monday',
      'Bus services in Vienna and Graz will be cut to a minimum on Monday.',
    );

    expect(ids(topics)).not.toContain(ARMED_CONFLICT);
  });

  it('still reads strikes on a list of countries as an attack', () => {
    const topics = topicsOf(
      'Ministers condemn strikes on Syria, Lebanon',
      'Foreign ministers meeting in Cairo condemned the overnight strikes on Syria and Lebanon and urged restraint.',
    );

    expect(ids(topics)).toContain(ARMED_CONFLICT);
  });
});

describe("mendT30 (read30 F2): a forward's strikes against teams are goals", () => {
  it('reads strikes against two countries in a match report as no attack', () => {
    const topics = topicsOf(
      'Kovac double takes Croatia past Italy into semi-final',
      "ZAGREB - Luka Kovac scored twice as Croatia beat Italy 2-1 on Saturday. Kovac, whose strikes against Italy and Greece this year have made him his country's top scorer, opened the scoring early.",
    );

    expect(ids(topics)).not.toContain(ARMED_CONFLICT);
  });
});
