import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { ids } from './topic-ids.js';

const CRIME = 'medtop:02000000';
const LABOUR = 'medtop:09000000';
const SHOOTINGS = 'medtop:20001313';
const TRIAL = 'medtop:20000111';
const INVESTIGATION = 'medtop:20000131';
const CRICKET = 'medtop:20000888';
const BASEBALL = 'medtop:20000849';
const TREATY = 'medtop:20000641';
const RIOT = 'medtop:20000069';
const WEATHER = 'medtop:17000000';

const idsOf = (title: string, body: string) => ids(tagArticle({ title, body }).topics);

describe('words another desk uses in its own sense (read30 F12 and minor subtopics)', () => {
  it('reads a penalty shoot-out in a cup report as no shooting', () => {
    const title = 'Senegal beat Portugal in shootout to reach World Cup semi-finals';
    const body =
      'DOHA (Reuters) - Senegal beat Portugal 4-2 in a shootout after a goalless draw on Saturday to reach ' +
      'the World Cup semi-finals for the first time. Goalkeeper Edouard Ndiaye saved two spot kicks in the ' +
      'shoot-out and Ismaila Sarr scored the winning penalty.';

    const topics = idsOf(title, body);

    expect(topics).not.toContain(SHOOTINGS);
    expect(topics).not.toContain(CRIME);
  });

  it('keeps a shootout between police and gunmen a shooting', () => {
    const title = 'Two officers hurt in shootout with gunmen in Marseille';
    const body =
      'Two police officers were wounded in a shootout with gunmen in a northern district of Marseille on ' +
      'Friday, prosecutors said. One suspect was arrested.';

    expect(idsOf(title, body)).toContain(SHOOTINGS);
  });

  it('reads the Venice jurors who gave the Golden Lion as no trial', () => {
    const title = 'Korean drama wins Golden Lion at Venice';
    const body =
      'A Korean family drama won the Golden Lion at the Venice film festival on Saturday. The jurors, led by ' +
      'an American director, praised its cast, and the film’s star thanked the festival audience.';

    expect(idsOf(title, body)).not.toContain(TRIAL);
  });

  it('reads a TV detective drama as no criminal investigation', () => {
    const title = 'Detective drama returns for a fourth series';
    const body =
      'The detective drama, which follows a detective in a coastal town, returns to the channel’s Sunday ' +
      'schedule next month, with 7 million viewers expected for the first episode of the new series.';

    expect(idsOf(title, body)).not.toContain(INVESTIGATION);
  });

  it('reads a pitcher’s innings in a baseball game as no cricket', () => {
    const title = 'Mariners edge Astros in 11 innings';
    const body =
      'Cal Raleigh homered in the 11th and the Seattle Mariners beat the Houston Astros 5-4 in 11 innings on ' +
      'Sunday. Starter Logan Gilbert pitched six scoreless innings in the baseball playoff game.';

    const topics = idsOf(title, body);

    expect(topics).toContain(BASEBALL);
    expect(topics).not.toContain(CRICKET);
  });

  it('reads a world record "ratified after drug tests" as no treaty', () => {
    const title = 'Kenyan breaks marathon world record in Berlin';
    const body =
      'Kenya’s Faith Chebet won the Berlin Marathon in a world record time on Sunday, beating the old mark ' +
      'by 40 seconds in the race. The record must be ratified after drug tests, World Athletics said.';

    expect(idsOf(title, body)).not.toContain(TREATY);
  });

  it('reads ministers who walked out of a cabinet meeting as no labour strike', () => {
    const title = 'Ministers walk out of cabinet meeting over election law';
    const body =
      'Five ministers from the junior coalition party walked out of the cabinet meeting on Friday in protest ' +
      'at the government’s election law, and the prime minister said parliament would vote next week.';

    expect(idsOf(title, body)).not.toContain(LABOUR);
  });

  it('keeps a union’s walkout over pay on the metro a labour story', () => {
    const title = 'Strikes on Madrid and Seville metro lines to run into next week';
    const body =
      'Transport unions said on Wednesday their walkout over pay would continue into next week, with half ' +
      'of metro trains cancelled. The union said talks with management had broken down.';

    expect(idsOf(title, body)).toContain(LABOUR);
  });

  it('reads an MP "read the riot act" and a firm that "weathered the storm" as no riot and no weather', () => {
    const title = 'Party leader warns MPs over infighting';
    const body =
      'The party leader read the riot act to MPs at a private meeting on Monday. Ministers said the ' +
      'government had weathered the storm of rising rates, and the budget would be voted next week.';

    const topics = idsOf(title, body);

    expect(topics).not.toContain(RIOT);
    expect(topics).not.toContain(WEATHER);
  });
});
