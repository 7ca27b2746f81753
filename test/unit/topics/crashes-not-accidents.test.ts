import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { prepareField } from '../../../functions/core/text/document.js';
import { crashesNotAccidents } from '../../../functions/core/topics/crashes-not-accidents.js';
import { ids } from './topic-ids.js';

// Session 45 (mendT45, wild45 ★4): a crash out of a contest, of a market or of a website is no accident. Stories are
// invented.
const DISASTER = 'medtop:03000000';
const TRANSPORT_ACCIDENT = 'medtop:20000143';

const crashesIn = (text: string) =>
  crashesNotAccidents(prepareField('body', text)).map(([s, e]) => text.slice(s, e));

describe('a crash that is no accident gives no disaster (wild45 ★4)', () => {
  it.each([
    [
      'a player who crashed out of the US Open',
      'Murray crashes out of US Open',
      'Andy Murray crashed out of the US Open in the second round on Wednesday, losing to Grigor Dimitrov in four sets.',
    ],
    [
      'a club that crashed out of the Champions League',
      'Arsenal beaten by Porto',
      'Arsenal crashed out of the Champions League after a 2-1 defeat by Porto on Tuesday.',
    ],
    [
      'a champion who crashed to a first-round defeat',
      'Champion beaten at Queen’s',
      'The Wimbledon champion crashed to a first-round defeat on Tuesday.',
    ],
    [
      'sterling that crashed against the dollar',
      'Pound slides',
      'Sterling crashed against the dollar after the mini-budget.',
    ],
    [
      'shares that crashed 40 percent',
      'Retailer warns on profit',
      'Shares crashed 40 percent after the profit warning.',
    ],
    [
      'a ticket website that crashed',
      'Fans queue for tour tickets',
      'The ticketing website crashed within minutes as millions of fans tried to buy seats.',
    ],
  ])('gives %s no transport accident', (_case, title, body) => {
    // Act
    const result = tagArticle({ title, body });

    // Assert
    expect(ids(result.topics)).not.toContain(TRANSPORT_ACCIDENT);
    expect(ids(result.topics)).not.toContain(DISASTER);
  });

  it.each([
    [
      'a car that crashed into a bus shelter',
      'A car crashed into a bus shelter in Leeds, injuring three people.',
    ],
    [
      'a helicopter that crashed out of control',
      'The helicopter crashed out of control into a field, killing both pilots.',
    ],
    [
      'a light aircraft that crashed after take-off',
      'The light aircraft crashed shortly after take-off from Biggin Hill.',
    ],
  ])('keeps %s a transport accident', (_case, body) => {
    // Act
    const result = tagArticle({ title: '', body });

    // Assert
    expect(ids(result.topics)).toContain(TRANSPORT_ACCIDENT);
  });

  it('reads a racing driver who crashed out as a crash', () => {
    // Act
    const words = crashesIn(
      'Verstappen crashed out of the Monaco Grand Prix on lap 12 after hitting the barrier.',
    );

    // Assert
    expect(words).toEqual([]);
  });

  it('reads the exit, the fall and the machine, and only the verb', () => {
    // Act
    const words = crashesIn(
      'Henman crashes out at Wimbledon. The stock market crash wiped out savings. Its servers crashed again.',
    );

    // Assert
    expect(words).toEqual(['crashes', 'crash', 'crashed']);
  });
});

// fixT45 (read45 c6, c9, c10): an exit needs a contest after "crashed out of", and a racing word no football stage.
describe('a crash out of the sky is an accident, a team crashing out at the group stage none (read45 c6, c9, c10)', () => {
  it('keeps a light aircraft that crashed out of the sky a transport accident', () => {
    // Act
    const result = tagArticle({
      title: '',
      body: 'A light aircraft crashed out of the sky onto the A34 near Newbury on Monday, police said.',
    });

    // Assert
    expect(ids(result.topics)).toContain(TRANSPORT_ACCIDENT);
  });

  it.each([
    [
      'a team out at the group stage',
      'Wales crashed out of the World Cup at the group stage on Friday after a 3-1 defeat by Japan.',
    ],
    [
      'a tennis player on a fast indoor track',
      'Casper Ruud crashed out of the Paris Masters in the second round on the fast indoor track of Bercy.',
    ],
  ])('gives %s no transport accident', (_case, body) => {
    // Act
    const result = tagArticle({ title: '', body });

    // Assert
    expect(ids(result.topics)).not.toContain(TRANSPORT_ACCIDENT);
  });
});
