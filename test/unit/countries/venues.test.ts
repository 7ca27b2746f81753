import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const focusOf = (article: { title: string; body: string; dateline?: string }) =>
  Object.fromEntries(tagArticle(article).countries.map((c) => [c.code, c.focus]));

describe('the venue of a match on the sports page', () => {
  it('lists a country named only by the city and state a match is played in out of focus, dateline too', () => {
    const focus = focusOf({
      title: 'Brazil beat Morocco in World Cup opener',
      dateline: 'NEW YORK',
      body:
        'Vinicius Junior scored twice as Brazil beat Morocco 2-0 at MetLife Stadium in New Jersey on Saturday.\n' +
        'Brazil coach Carlo Ancelotti said his side had been too slow in the first half. Morocco play Spain in ' +
        'Dallas next week.',
    });

    expect(focus).toMatchObject({ BR: true, MA: true, US: false });
  });

  it('lists the host city’s country out of focus however often the city is named', () => {
    const focus = focusOf({
      title: 'Argentina beat France on penalties in Los Angeles',
      body:
        'LOS ANGELES - Argentina beat France on penalties at the SoFi Stadium in Los Angeles on Sunday to reach ' +
        'the World Cup semi-finals.\nLionel Messi scored in the shootout. France coach Didier Deschamps said ' +
        'Los Angeles had been a great host, and Argentina travel to Dallas for the semi-final.',
    });

    expect(focus).toMatchObject({ AR: true, FR: true, US: false });
  });

  it('keeps the country of a tournament named after it in focus after the players of two countries', () => {
    const result = tagArticle({
      title: 'Alcaraz beats Sinner to win U.S. Open title',
      body:
        'NEW YORK - Carlos Alcaraz beat Jannik Sinner 6-2 3-6 6-1 6-4 to win the U.S. Open on Sunday and ' +
        'reclaim the world number one ranking from the Italian.\nThe Spaniard, 22, has now won six Grand ' +
        'Slam titles.',
    });

    // wild37 \u260510: a desk files a tournament under its host as well as under the players' countries.
    const countries = result.countries.map((c) => `${c.code}${c.focus ? '*' : ''}`);
    expect(countries[0]).toBe('ES*');
    expect(countries).toEqual(expect.arrayContaining(['IT*', 'US*']));
    expect(result.countryPairs.map((p) => p.pair)).not.toContain('ES-US');
  });

  it('keeps the country of a league game in focus when no country plays in it', () => {
    const focus = focusOf({
      title: 'Lakers beat Celtics in overtime thriller',
      body:
        'LeBron James scored 38 points as the Los Angeles Lakers beat the Boston Celtics 121-117 in overtime ' +
        'in Boston on Sunday.\nThe Lakers coach said his team had found its rhythm after a slow start to the ' +
        'NBA season, and the Celtics play the Miami Heat in Miami on Tuesday.',
    });

    expect(focus).toMatchObject({ US: true });
  });

  it('keeps a host country in focus when it is named as itself', () => {
    const focus = focusOf({
      title: 'United States beat Paraguay in World Cup opener',
      body:
        'Christian Pulisic scored twice as the United States beat Paraguay 2-0 in Los Angeles on Friday.\n' +
        'The United States coach said the win in front of a home crowd would settle the team. Paraguay play ' +
        'Turkey in Seattle on Wednesday.',
    });

    expect(focus).toMatchObject({ US: true, PY: true });
  });

  it('files a race story under the race’s country, pairing nothing, when riders of two countries are named', () => {
    const result = tagArticle({
      title: 'Kovac wins mountain stage of the Tour de France',
      body:
        'Slovenian rider Matej Kovac won the 12th stage of the Tour de France on Thursday, a 170-km climb ' +
        'through the Alps, and moved to within a minute of Denmark’s Mads Holm.\nKovac attacked on the last ' +
        'climb. The race ends in Paris on July 27.',
    });

    expect(result.countries.filter((c) => c.focus).map((c) => c.code)).toEqual(['FR']);
    expect(result.countryPairs).toEqual([]);
  });

  it('puts the single player’s country named first, the tournament’s or race’s host after it', () => {
    const open = tagArticle({
      title: 'Carter stuns top seed to win Australian Open',
      body:
        'American Jessica Carter beat the top seed 6-3 2-6 7-5 on Saturday to win the Australian Open, her ' +
        'first Grand Slam title.\nCarter saved a break point in the last game at Melbourne Park.',
    });
    const prix = focusOf({
      title: 'Vanderberg wins Japanese Grand Prix from pole',
      body:
        'Pieter Vanderberg won the Japanese Grand Prix at Suzuka on Sunday, leading every lap from pole.\nThe ' +
        'Dutchman now leads the championship by 12 points.',
    });

    expect(open.countries.map((c) => `${c.code}${c.focus ? '*' : ''}`)).toEqual(['US*', 'AU*']);
    expect(open.countryPairs).toEqual([]);
    expect(prix.JP).toBe(true);
  });

  it('gives a golf or tennis story no country from the players its lead names', () => {
    const result = tagArticle({
      title: 'Hallett wins Masters after playoff',
      body:
        'Owen Hallett won the Masters on Sunday, beating England’s Tom Price in a playoff to claim his first ' +
        'major title.\nThe 31-year-old had led by three shots with six holes to play, and his Irish caddie ' +
        'said he had never doubted him. Hallett rises to fourth in the world rankings.',
    });

    expect(result.countries.filter((c) => c.focus)).toEqual([]);
  });

  it('keeps a home league’s country that its lead names through the teams’ cities and states', () => {
    const focus = focusOf({
      title: 'Thunder beat Pacers to win NBA title',
      body:
        'The Oklahoma City Thunder beat the Indiana Pacers 103-91 in Game 7 on Sunday to win the NBA ' +
        'championship.\nThe Canadian guard Shai Gilgeous-Alexander scored 29 points. The Thunder had the ' +
        'best record in the league this season.',
    });

    expect(focus).toMatchObject({ US: true, CA: false });
  });
});
