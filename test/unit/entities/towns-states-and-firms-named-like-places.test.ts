import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const idsOf = (title: string, body: string) =>
  tagArticle({ title, body, language: 'en' }).entities.map((e) => `${e.id}/${e.type}`);

describe('"Town, State" and firms named like places (wild39a ★7)', () => {
  it('reads a one-word name before a comma and a state that ends the place as a town', () => {
    // Arrange
    const body = 'Samsung said it would build a $40 billion chip plant in Taylor, Texas.';

    // Act
    const ids = idsOf('Samsung to build chip plant', body);

    // Assert
    expect(ids).toContain('place:taylor/place');
    expect(ids).not.toContain('person:taylor/person');
  });

  it('keeps a person before a state that opens a title ("Paxton, Texas Republican")', () => {
    const ids = idsOf('Texas sues Meta', 'Attorney General Paxton, Texas Republican, sued Meta on Monday.');

    expect(ids).not.toContain('place:paxton/place');
  });

  it('reads Washington after a US town and a comma as the state, not the capital', () => {
    const ids = idsOf(
      'Microsoft and OpenAI renegotiate deal',
      'REDMOND, Washington - Microsoft Corp and OpenAI are renegotiating their partnership, people familiar said.',
    );

    expect(ids).toContain('place:washington-state/place');
    expect(ids).not.toContain('place:geonames:4140963/place');
  });

  it('keeps the capital in a list of world cities ("Tokyo, London, Washington and Paris")', () => {
    const ids = idsOf(
      'Offices',
      'The firm has offices in Tokyo, London, Washington and Paris, a spokesman said.',
    );

    expect(ids).toContain('place:geonames:4140963/place');
  });

  it('reads a place the gazetteer lacks that speaks or owns a cloud unit as the firm ("Amazon said")', () => {
    const ids = idsOf(
      'Outage hits websites',
      'An outage at Amazon\u2019s cloud unit disrupted websites on Monday. Amazon said services were restored.',
    );

    expect(ids).toContain('organization:amazon/organization');
    expect(ids).not.toContain('place:amazon/place');
  });

  it('keeps the forest after "the" ("the Amazon\u2019s rivers")', () => {
    const ids = idsOf(
      'Rainforest drought',
      'Fires in the Amazon\u2019s southern edge burned 2 million hectares. The Amazon\u2019s rivers fell to lows.',
    );

    expect(ids).toContain('place:amazon/place');
  });
});
