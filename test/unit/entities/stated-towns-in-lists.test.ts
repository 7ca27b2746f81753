import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const idsOf = (title: string, body: string) =>
  tagArticle({ title, body, language: 'en' }).entities.map((e) => `${e.id}/${e.type}`);

describe('"Town, State" in lists and results (read39 ★3, ★8)', () => {
  it('keeps the capital in an Oxford-comma list of cities ("Baltimore, Washington, and Philadelphia")', () => {
    // Arrange
    const body =
      'The storm dumped snow on Baltimore, Washington, and Philadelphia on Sunday, and forecasters said more was ' +
      'coming.';

    // Act
    const ids = idsOf('Storm hits East Coast', body);

    // Assert
    expect(ids).toContain('place:geonames:4140963/place');
    expect(ids).not.toContain('place:washington-state/place');
  });

  it('keeps a senator in a roll call of names and states ("Murkowski, Alaska, and Collins, Maine, voted")', () => {
    const ids = idsOf(
      'Senate vote',
      'Two Republicans broke ranks. Murkowski, Alaska, and Collins, Maine, voted against the bill on Tuesday.',
    );

    expect(ids).not.toContain('place:collins/place');
  });

  it('keeps ranked athletes with their home states and times as persons ("1. Johnson, Florida, 9.95")', () => {
    const ids = idsOf(
      'NCAA 100m final',
      'Results of the men\u2019s 100 metres final: 1. Johnson, Florida, 9.95; 2. Okafor, Texas, 10.01. Johnson ' +
        'said he was thrilled with the time.',
    );

    expect(ids).not.toContain('place:johnson/place');
  });

  it('reads a town and its state across more than one space ("Taylor,  Texas", "Redmond,  Washington")', () => {
    const taylor = idsOf(
      'Samsung to build chip plant',
      'Samsung said it would build a chip plant in Taylor,  Texas.',
    );
    const redmond = idsOf(
      'Microsoft outage',
      'Engineers in Redmond,  Washington, restored service within hours, Microsoft said.',
    );

    expect(taylor).toContain('place:taylor/place');
    expect(redmond).toContain('place:washington-state/place');
  });
});
