import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

const typed = (body: string) => entitiesOf(body).map((e) => `${e.name}/${e.type}`);

describe('listed bodies the Arabic article opens in capitals', () => {
  it('reads "Al Qaeda", "Al-Shabaab", "Al Jazeera" and "Al Arabiya" as bodies, one each however spelt', () => {
    // Arrange
    const body =
      'A drone strike killed a senior Al Qaeda leader in Yemen, Al Jazeera reported. Al-Shabaab fighters ' +
      'attacked a base in Somalia. Al Arabiya said the al-Qaeda affiliate had been weakened, and that ' +
      'al Shabaab had lost ground.';

    // Act
    const names = typed(body);

    // Assert
    expect(names).toEqual(
      expect.arrayContaining([
        'al Qaeda/organization',
        'al Shabaab/organization',
        'Al Jazeera/organization',
        'Al Arabiya/organization',
      ]),
    );
    expect(names.filter((n) => n.endsWith('/person'))).toEqual([]);
  });

  it('keeps people whose given name is Al', () => {
    // Arrange
    const body = 'Al Gore spoke in Nashville, and Al Pacino and Al Sharpton attended the dinner.';

    // Act
    const names = typed(body);

    // Assert
    expect(names).toEqual(
      expect.arrayContaining(['Al Gore/person', 'Al Pacino/person', 'Al Sharpton/person']),
    );
  });
});
