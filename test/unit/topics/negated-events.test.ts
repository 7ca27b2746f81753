import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { negatedEvents } from '../../../functions/core/topics/negated-events.js';
import { ids } from './topic-ids.js';

// Session 45 (mendT45, wild45 ★1): an event the story says did not happen names no crime. Stories are invented.
const TERRORISM = 'medtop:20000103';
const CYBER_CRIME = 'medtop:20000086';
const ARSON = 'medtop:20000083';
const CRIME = 'medtop:02000000';

const said = (text: string) => negatedEvents(text).map(([start, end]) => text.slice(start, end));

describe('an event the story denies gives no crime topic (wild45 ★1)', () => {
  it.each([
    [
      'a death with no suggestion of terrorism',
      'Man found dead near station',
      'Police said there was no suggestion of terrorism and the death was not being treated as suspicious.',
      TERRORISM,
    ],
    [
      'an outage that was not the result of a cyber attack',
      'Airline grounds flights after IT outage',
      'The outage was not the result of a cyber attack, the airline said. Flights resumed on Tuesday.',
      CYBER_CRIME,
    ],
    [
      'a plant halt not caused by a cyberattack',
      'Toyota halts plants after system glitch',
      'Toyota said the halt of its assembly lines was not caused by a cyberattack but by a fault in its ordering system.',
      CYBER_CRIME,
    ],
    [
      'a fire not caused by arson, with no sign of terrorism',
      'Fire at church hall',
      'Police said the fire was not caused by arson and there was no sign of terrorism.',
      ARSON,
    ],
    [
      'a crash not being treated as terror-related',
      'Car hits pedestrians in city centre',
      'A car hit three pedestrians in the city centre on Saturday. Police said the incident was not being treated as ' +
        'terror-related.',
      TERRORISM,
    ],
    [
      'a stabbing where officers ruled out terrorism',
      'Man held after stabbing',
      'A man has been arrested after a woman was stabbed in a park. Officers have ruled out terrorism.',
      TERRORISM,
    ],
  ])('gives %s no such topic', (_case, title, body, topic) => {
    // Act
    const result = tagArticle({ title, body });

    // Assert
    expect(ids(result.topics)).not.toContain(topic);
  });

  it.each([
    [
      'a ruling out itself denied',
      'Police have not ruled out terrorism after a car drove into pedestrians in London.',
      TERRORISM,
    ],
    [
      'an attack whose involvement a state denied',
      'Russia denied involvement in the terrorist attack, which killed 12 people at a concert hall.',
      TERRORISM,
    ],
    [
      'an attack no group has claimed',
      'No group has claimed responsibility for the terror attack on the embassy.',
      TERRORISM,
    ],
    [
      'an attack whose motive is unknown',
      'Police said there was no evidence of a motive for the terrorist attack on the market.',
      TERRORISM,
    ],
    [
      'a fire whose arson cannot be ruled out',
      'Detectives cannot rule out arson after the blaze destroyed the school.',
      ARSON,
    ],
  ])('keeps %s', (_case, body, topic) => {
    // Act
    const result = tagArticle({ title: '', body });

    // Assert
    expect(ids(result.topics)).toContain(topic);
  });

  it('reads every event word a negation governs, and none of the words after it', () => {
    // Arrange
    const text = 'There was no sign of terrorism or foul play, and the attack on the depot was a theft.';

    // Act
    const words = said(text);

    // Assert
    expect(words).toEqual(['terrorism', 'foul play']);
  });

  it('reads an event told before its denial, unless the denial is denied', () => {
    // Act
    const denied = said('Foul play is not suspected and terrorism has been ruled out.');
    const open = said('Terrorism has not been ruled out.');

    // Assert
    expect(denied).toEqual(['Foul play', 'terrorism']);
    expect(open).toEqual([]);
  });

  it('keeps a crime topic where only one of two crimes is denied', () => {
    // Act
    const result = tagArticle({
      title: 'Man charged with murder',
      body: 'A man has been charged with the murder of a shopkeeper. Police said there was no evidence of terrorism.',
    });

    // Assert
    expect(ids(result.topics)).toContain(CRIME);
    expect(ids(result.topics)).not.toContain(TERRORISM);
  });
});
