import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { firstTopLevel, ids } from './topic-ids.js';

const SPORT = 'medtop:15000000';
const MOTOR_RACING = 'medtop:20000991';

const topicsOf = (title: string, body: string) => tagArticle({ title, body }).topics;

describe('"Formula 1" and pole position are motor racing (wild50 T7, topics52)', () => {
  it('reads the BBC spelling "Formula 1" as motor racing', () => {
    // Arrange
    const body = 'Formula 1 will hold a race on the streets of Lisbon from 2028.';

    // Act
    const topics = topicsOf('', body);

    // Assert
    expect(firstTopLevel(topics)).toBe(SPORT);
    expect(ids(topics)).toContain(MOTOR_RACING);
  });

  it('reads a driver who took pole as motor racing', () => {
    // Arrange
    const body = 'The Dutchman took pole in Bahrain, a tenth ahead of his team-mate.';

    // Act
    const topics = topicsOf('', body);

    // Assert
    expect(ids(topics)).toContain(MOTOR_RACING);
  });
});
