import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

const typeOf = (body: string, name: string) =>
  entitiesOf(body).find((e) => e.mentions.some((m) => m.text === name))?.type;

describe('a club opening a sentence', () => {
  it('is the club when it wins in a result', () => {
    const body = 'Palace won 3-1 at home on Saturday. The visitors had not lost since August.';

    expect(typeOf(body, 'Palace')).toBe('organization');
  });

  it('is the club when it stands points clear in a table', () => {
    expect(
      typeOf('Arsenal moved four points clear at the top. The chasing pack dropped points.', 'Arsenal'),
    ).toBe('organization');
    expect(typeOf('Chelsea moved six points clear of the drop zone after the weekend.', 'Chelsea')).toBe(
      'organization',
    );
  });

  it("is the club before a squad member's role and name on a sports page", () => {
    const body =
      'Arsenal manager Mikel Arteta praised his striker after the league match. The goals came late in the cup tie.';

    expect(typeOf(body, 'Arsenal')).toBe('organization');
  });

  it('leaves the role words before a name alone', () => {
    const body =
      'Assistant manager Carlos Cuesta took training before the league match. The goals came late in the cup tie.';

    expect(typeOf(body, 'Assistant')).toBeUndefined();
  });
});

describe('a town and an ordinary word that is also a given name', () => {
  it('are one name, the club in a result', () => {
    const ids = entitiesOf('Nottingham Forest beat Brentford 2-0 on Sunday.').map((e) => e.id);

    expect(ids).toContain('organization:nottingham-forest');
    expect(ids).not.toContain('person:forest');
  });

  it('are one name off the sports pages, the listed club (scripts/data/major-clubs.ts)', () => {
    const ids = entitiesOf('Fans of Nottingham Forest gathered outside the town hall.').map((e) => e.id);

    expect(ids.filter((id) => id.includes('forest'))).toEqual(['organization:nottingham-forest']);
  });
});
