import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

describe('a listed stage name', () => {
  it('is one person with the whole name as its id, opening a sentence or after a title-like word', () => {
    const entities = entitiesOf(
      'Bad Bunny will headline the halftime show, the league said. Fans of Lady Gaga queued overnight. Bad Bunny said he was thrilled.',
    );

    const ids = entities.map((e) => e.id);
    expect(ids).toContain('person:bad-bunny');
    expect(ids).toContain('person:lady-gaga');
    expect(ids).not.toContain('person:bunny');
    expect(ids).not.toContain('person:gaga');
  });

  it('leaves the words of a stage name in other names alone', () => {
    const entities = entitiesOf('Lady Hale ruled on the case, and Bruno Fernandes scored twice.');

    const ids = entities.map((e) => e.id);
    expect(ids).toContain('person:hale');
    expect(ids).toContain('person:bruno-fernandes');
  });
});
