import { describe, expect, it } from 'vitest';
import { knownBodyNamed, mayNameKnownBodyWith } from '../../../functions/core/entities/known-bodies.js';
import type { Entity } from '../../../functions/core/schema.js';
import { entitiesOf } from './entities-of.js';

const bodies = (entities: Entity[]) =>
  entities
    .filter((e) => e.type === 'organization')
    .map((e) => ({ id: e.id, name: e.name, said: e.mentions.map((m) => m.text) }));

describe('bodies the news names by an acronym or a short form', () => {
  it('gives an acronym written alone the id and name of the full name', () => {
    const found = bodies(entitiesOf('The IMF cut its growth forecast on Tuesday.'));

    expect(found).toEqual([
      { id: 'organization:international-monetary-fund', name: 'International Monetary Fund', said: ['IMF'] },
    ]);
  });

  it('joins "the Fed" to "the Federal Reserve" in one article', () => {
    const found = bodies(
      entitiesOf('The Federal Reserve held rates steady. The Fed said inflation was still too high.'),
    );

    expect(found).toEqual([
      { id: 'organization:federal-reserve', name: 'Federal Reserve', said: ['Federal Reserve', 'Fed'] },
    ]);
  });

  it('gives one id to "U.N." in one article and "United Nations" in another', () => {
    const wire = bodies(entitiesOf('The U.N. said aid convoys were blocked.'));
    const paper = bodies(entitiesOf('The United Nations said aid convoys were blocked.'));

    expect(wire.map((b) => b.id)).toEqual(['organization:united-nations']);
    expect(paper.map((b) => b.id)).toEqual(['organization:united-nations']);
  });

  it("leaves a name other countries' bodies share as the article has it", () => {
    const bangkok = bodies(
      entitiesOf('The FDA banned a weight-loss supplement on Monday, Thai officials said.'),
    );
    const moscow = bodies(
      entitiesOf('Sergei Shoigu, secretary of the Security Council, arrived in Pyongyang.'),
    );

    expect(bangkok.map((b) => b.id)).toEqual(['organization:fda']);
    expect(moscow.map((b) => b.id)).toEqual(['organization:security-council']);
  });

  it('leaves an acronym that names two things in the news as the article has it', () => {
    const futures = bodies(entitiesOf('Arabica coffee futures on ICE rose 3% on Tuesday.'));

    expect(futures.map((b) => b.id)).not.toContain('organization:immigration-and-customs-enforcement');
    expect(knownBodyNamed('SEC')).toBeUndefined();
    expect(knownBodyNamed('ICC')).toBeUndefined();
  });

  it('compares forms without case, periods or British spellings mattering', () => {
    expect(knownBodyNamed('World Trade Organisation')).toBe('World Trade Organization');
    expect(knownBodyNamed('Nato')).toBe('NATO');
    expect(knownBodyNamed('U.S. Department of State')).toBe('State Department');
  });
});

describe("words that may end a listed body's name after a joining word", () => {
  it('lets through the words of listed names with that joining word, and any word not of plain letters', () => {
    // Act, Assert: "Law and Justice", "Pratt & Whitney" (also listed with "and"), "Save the Children".
    expect(mayNameKnownBodyWith('and', 'justice')).toBe(true);
    expect(mayNameKnownBodyWith('and', 'whitney')).toBe(true);
    expect(mayNameKnownBodyWith('the', 'children')).toBe(true);
    expect(mayNameKnownBodyWith('and', "whitney's")).toBe(true);
    expect(mayNameKnownBodyWith('and', 'co-operation')).toBe(true);
  });

  it('rules out a plain word that no listed name with the joining word holds', () => {
    // Act, Assert
    expect(mayNameKnownBodyWith('and', 'jones')).toBe(false);
    expect(mayNameKnownBodyWith('the', 'justice')).toBe(false);
    expect(knownBodyNamed('Law and Jones')).toBeUndefined();
  });
});
