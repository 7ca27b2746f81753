import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { evidenceOf, firstTopLevel, ids } from './topic-ids.js';

const ECONOMY = 'medtop:04000000';
const SPORT = 'medtop:15000000';
const POLITICS = 'medtop:11000000';
const DEAL = 'medtop:20000204';

const topicsOf = (title: string, body: string) => tagArticle({ title, body }).topics;

describe('a sports club changing hands is business before its sport (topics51, wild50 T15)', () => {
  it('leads a takeover of a club told in the headline with business and lists the sport', () => {
    // Arrange
    const title = 'Tycoon takes control of Aston Villa';
    const body =
      'An American property tycoon has taken control of Aston Villa after raising his holding in the club. ' +
      'Supporters gathered outside Villa Park before the game.';

    // Act
    const topics = topicsOf(title, body);

    // Assert
    expect(firstTopLevel(topics)).toBe(ECONOMY);
    expect(ids(topics)).toContain(DEAL);
    expect(ids(topics)).toContain(SPORT);
    expect(evidenceOf(topics, DEAL)).toContain('control of Aston Villa');
  });

  it('leads a bid for a club rejected by its board with business', () => {
    // Arrange
    const title = 'Investor bid for Tottenham rejected';
    const body =
      'The board of Tottenham has turned down an approach from a Gulf investment fund, saying the price ' +
      'undervalued the club.';

    // Act
    const topics = topicsOf(title, body);

    // Assert
    expect(firstTopLevel(topics)).toBe(ECONOMY);
  });

  it('leaves a club bidding for a player, a bid for glory and a club taking control of a game with sport', () => {
    // Arrange
    const stories = [
      [
        'Villa bid for striker',
        "Aston Villa have made a 15m pound offer for Everton's young striker, the club said.",
      ],
      [
        'Spurs roll on',
        'Tottenham took control of the game after the break and won 3-0. Their bid for Premiership glory goes on.',
      ],
      [
        'Board backs manager',
        'The Everton board has given the manager its full backing after the defeat at Anfield.',
      ],
    ];

    // Act
    const tops = stories.map(([title, body]) => firstTopLevel(topicsOf(title ?? '', body ?? '')));

    // Assert
    expect(tops).toEqual([SPORT, SPORT, SPORT]);
  });

  it("leaves a transfer story with sport: a bid, an offer or interest for a club's player named by role (read51 R16)", () => {
    // Arrange
    const stories = [
      [
        'Liverpool in for midfielder',
        'Liverpool have made an offer for Aston Villa captain Gareth Barry. Villa said he was not for sale.',
      ],
      ['Spurs move for Bent', 'Tottenham have expressed interest in Charlton striker Darren Bent.'],
      ['Gunners sign Henry', 'Arsenal have bought Juventus striker Thierry Henry for 10m pounds.'],
      [
        'Everton ready to bid',
        'Everton are ready to make a bid for Crystal Palace full-back Danny Granville.',
      ],
    ];

    // Act
    const tops = stories.map(([title, body]) => firstTopLevel(topicsOf(title ?? '', body ?? '')));

    // Assert
    expect(tops).toEqual([SPORT, SPORT, SPORT, SPORT]);
  });
});

describe("competition law told in the lead of a firm's case is business before the regulator's politics (topics51, wild50 T15)", () => {
  it('files a firm that loses its appeal against an antitrust ruling and EU sanctions under business', () => {
    // Arrange
    const title = 'Software maker loses appeal bid';
    const body =
      'Oracle has lost its attempt to delay European Union sanctions while it contests an antitrust ruling. ' +
      'The EU had fined the company 300m euros for abusing its dominance.';

    // Act
    const topics = topicsOf(title, body);

    // Assert
    expect(firstTopLevel(topics)).toBe(ECONOMY);
  });

  it('leaves a government reforming competition law without a firm under politics', () => {
    // Arrange
    const body =
      'The government will overhaul competition law to give the watchdog more powers, the minister told MPs.';

    // Act
    const topics = topicsOf('Ministers to reform competition law', body);

    // Assert
    expect(firstTopLevel(topics)).toBe('medtop:11000000');
  });

  it('leaves a political row that names the antitrust rules in passing under politics (read51 R17)', () => {
    // Arrange
    const title = 'Ministers row over steelworks sale';
    const body =
      'The government said the antitrust rules would not stop an offer by Baowu Holdings for Redcar Steel. ' +
      'The opposition accused ministers of abandoning the workers.';

    // Act
    const topics = topicsOf(title, body);

    // Assert
    expect(firstTopLevel(topics)).toBe(POLITICS);
  });

  it('still files a firm under investigation by a competition authority under business', () => {
    // Arrange
    const title = 'Brussels opens inquiry into Vodafone';
    const body =
      'The European Commission has opened an antitrust investigation into Vodafone over its roaming deals. ' +
      'MEPs welcomed the move.';

    // Act
    const topics = topicsOf(title, body);

    // Assert
    expect(firstTopLevel(topics)).toBe(ECONOMY);
  });

  it('files remedies, a statement of objections and a referral to the competition authority under business (read52 R5)', () => {
    // Arrange
    const stories = [
      {
        title: 'Brussels wants more from Oracle',
        body:
          'The European Commission told Oracle the anti-trust remedies it offered were not enough. ' +
          'EU member states backed the Commission, officials said.',
      },
      {
        title: 'EU objects to Heineken deals',
        body:
          'The European Commission sent Heineken a statement of objections under EU competition law, saying its ' +
          'deals with bars shut out rivals. Member states back the move.',
      },
    ];

    // Act
    const tops = stories.map(({ title, body }) => firstTopLevel(topicsOf(title, body)));

    // Assert
    expect(tops).toEqual([ECONOMY, ECONOMY]);
  });
});
