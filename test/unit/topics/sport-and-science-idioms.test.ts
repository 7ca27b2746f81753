import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const ARTS = 'medtop:01000000';
const WEATHER = 'medtop:17000000';
const CYCLING = 'medtop:20000892';
const AIR_TRANSPORT = 'medtop:20000338';
const SPORT = 'medtop:15000000';

const topicsOf = (title: string, body: string) => tagArticle({ title, body }).topics.map((t) => t.id);

describe('idioms of the sports and science pages', () => {
  it('does not read a driver on the team radio as broadcasting, nor a skier on home snow as weather', () => {
    const race = topicsOf(
      'Norris wins in Mexico',
      'Lando Norris won the Grand Prix from pole position and told his team over the radio that the car had ' +
        'been perfect, as his title rival finished third.',
    );
    const slalom = topicsOf(
      'Home favourite wins slalom',
      'The home favourite won the World Cup slalom on home snow on Sunday, a tenth of a second ahead of the ' +
        'defending champion, to lead the overall standings.',
    );

    expect(race).not.toContain(ARTS);
    expect(slalom).not.toContain(WEATHER);
  });

  it('keeps snow that stops a match as weather', () => {
    const topics = topicsOf(
      'Snow stops play',
      'Heavy snow and freezing temperatures forced the postponement of three league matches on Saturday, ' +
        'after forecasters issued a weather warning for the region.',
    );

    expect(topics).toContain(WEATHER);
    expect(topics).toContain(SPORT);
  });

  it('does not read a cyclist hit by a driver as cycling', () => {
    const topics = topicsOf(
      'Driver jailed over death of cyclist',
      'A driver who killed a cyclist while using his phone was jailed for six years at the crown court on ' +
        'Friday, after admitting causing death by dangerous driving.',
    );

    expect(topics).not.toContain(CYCLING);
  });

  it('does not read a rocket test flight as air transport', () => {
    const topics = topicsOf(
      'Rocket completes test flight',
      'The giant rocket completed its sixth test flight on Tuesday, splashing down in the Indian Ocean after ' +
        'an hour in space, the space agency said.',
    );

    expect(topics).not.toContain(AIR_TRANSPORT);
  });
});
