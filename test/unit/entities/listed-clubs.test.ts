import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

const entityOf = (body: string, text: string) =>
  entitiesOf(body).find((e) => e.mentions.some((m) => m.text === text));

describe('a listed football club', () => {
  it('named like a person is the club', () => {
    const body = 'Aston Villa moved into fourth place with a win on Saturday. Ollie Watkins scored twice.';

    expect(entityOf(body, 'Aston Villa')?.type).toBe('organization');
  });

  it('named like a district is the club, not the place', () => {
    const body = 'Crystal Palace lost at home on Saturday and Real Sociedad drew in San Sebastian.';

    expect(entityOf(body, 'Crystal Palace')?.type).toBe('organization');
    expect(entityOf(body, 'Real Sociedad')?.type).toBe('organization');
  });

  it('is joined by the last word of its name when no person of the story bears it', () => {
    const body =
      'Aston Villa moved into fourth place with a win on Saturday. Villa face Manchester City next week.';

    const club = entityOf(body, 'Aston Villa');

    expect(club?.id).toBe('organization:aston-villa');
    expect(club?.mentions.map((m) => m.text)).toEqual(['Aston Villa', 'Villa']);
  });

  it('leaves a person bearing the last word of its name alone', () => {
    const body = 'Aston Villa signed David Villa on Monday. Villa said he was happy to join.';

    expect(entityOf(body, 'David Villa')?.mentions.map((m) => m.text)).toEqual(['David Villa', 'Villa']);
  });
});

describe("a club's plural nickname alone", () => {
  it('joins the club named in full', () => {
    const entities = entitiesOf(
      'Lakers beat Celtics. LeBron James scored 31 points as the Los Angeles Lakers beat the Boston Celtics 118-112.',
    );

    expect(entities.find((e) => e.id === 'organization:boston-celtics')?.mentions.map((m) => m.text)).toEqual(
      ['Celtics', 'Boston Celtics'],
    );
  });
});
