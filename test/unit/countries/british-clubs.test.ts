import { describe, expect, it } from 'vitest';
import { tagStory } from './focus-and-pairs.js';

const countriesOf = (story: Parameters<typeof tagStory>[0]) =>
  tagStory(story).countries.map((c) => [c.code, c.focus] as const);

describe('Britain’s clubs and grounds on the sports page', () => {
  it('reads a London club in a transfer story as Britain', () => {
    const countries = countriesOf({
      title: 'Chelsea sign Portugal midfielder',
      body:
        'Chelsea have signed Portugal midfielder Tiago Ramos from Benfica for £38m, the club said on Friday. The ' +
        '22-year-old scored nine goals last season and becomes the fourth signing of the summer for the Premier ' +
        'League side.',
    });

    expect(countries).toContainEqual(['GB', true]);
  });

  it('reads two clubs and a ground as Britain without a word of the league', () => {
    const countries = countriesOf({
      title: 'Manager plays down title talk',
      body:
        'Fulham manager Marco Silvestri said his side would not get carried away after a fifth straight win at ' +
        'Craven Cottage. "We take one game at a time," he said. Fulham are two points behind Everton.',
    });

    expect(countries).toContainEqual(['GB', true]);
  });

  it('reads no Britain in a business story naming a firm called after a club', () => {
    const countries = countriesOf({
      title: 'Viacom board weighs raised bid',
      body:
        'NEW YORK - Viacom said Arsenal Holdings raised its offer for the shares it does not hold. A merger ' +
        'with Arsenal would be completed by June, the company said.',
    });

    expect(countries.map(([code]) => code)).not.toContain('GB');
  });

  it('keeps a ground a venue: the sides of a match played there are the story’s countries', () => {
    const countries = countriesOf({
      title: 'Brazil beat Germany in Wembley friendly',
      body:
        'Brazil beat Germany 2-1 in a friendly at Wembley on Tuesday, with Vinicius scoring the winner in ' +
        'stoppage time. Germany had equalised through a penalty before the break.',
    });

    expect(countries).toContainEqual(['BR', true]);
    expect(countries).toContainEqual(['DE', true]);
    expect(countries).not.toContainEqual(['GB', true]);
  });
});

describe('another country’s club or player named like a British club (read24 F7)', () => {
  it('reads no Britain in a club of the same name abroad', () => {
    const argentine = countriesOf({
      title: 'Arsenal sack coach',
      body:
        'BUENOS AIRES - Argentine club Arsenal sacked coach Juan Perez on Monday after a fifth straight defeat. ' +
        'Arsenal are bottom of the league, and the striker Pablo Ruiz missed a penalty.',
    });
    const russian = countriesOf({
      title: 'Rubin beat Arsenal Tula',
      body: "MOSCOW - Rubin Kazan beat Arsenal Tula 2-0 on Sunday. Arsenal's striker missed a penalty in the first half.",
    });

    expect(argentine.map(([code]) => code)).not.toContain('GB');
    expect(russian.map(([code]) => code)).not.toContain('GB');
  });

  it('reads no Britain in a player called Everton nor in a town called Chelsea', () => {
    const player = countriesOf({
      title: 'Everton double',
      body: 'RIO DE JANEIRO - Striker Everton scored twice as Gremio beat Santos 3-1. Everton, 36, has 11 goals.',
    });
    const town = countriesOf({
      title: 'Plant to close',
      body:
        'CHELSEA, Michigan - A car parts plant in Chelsea will close next year, the company said. The ' +
        'football-field-sized warehouse will be sold.',
    });

    expect(player.map(([code]) => code)).not.toContain('GB');
    expect(town.map(([code]) => code)).not.toContain('GB');
  });

  it('reads Britain in a title-case headline and in a club’s own side after its name (read24 F14)', () => {
    const signing = countriesOf({
      title: 'Chelsea Sign Dutch Defender From Ajax',
      body:
        'Chelsea have signed defender Jorrit Hendrix from Ajax for 40 million euros, the Premier League club ' +
        'said on Friday. The Netherlands international joins on a five-year deal.',
    });
    const women = countriesOf({
      title: 'Arsenal Women win derby',
      body: 'Arsenal Women beat Tottenham Hotspur 3-0 in the Women’s Super League derby, with Kim Little scoring a penalty.',
    });

    expect(signing).toContainEqual(['GB', true]);
    expect(women).toContainEqual(['GB', true]);
  });
});

describe('a city named as its club on the sports page', () => {
  it('keeps the country of a league round-up in focus beside a signing’s nationality', () => {
    const countries = countriesOf({
      title: 'SOCCER - GENOA SIGN BRAZILIAN WINGER , ROMA HELD .',
      dateline: 'GENOA 1997-01-12',
      body:
        'Genoa signed Brazilian winger Marcos Lima on a three-year contract on Sunday , club officials said .\n\n' +
        'AS Roma drew 1-1 at home to Bologna , with Croatian Igor Kovac scoring for the Bologna club . Inter Milan ' +
        "lost 2-0 at Udinese . Germany 's Thomas Berg made his debut for Inter .",
    });

    expect(countries).toContainEqual(['IT', true]);
  });
});
