import { describe, expect, it } from 'vitest';
import { typedNames } from './entities-of.js';

describe('a seat on a body before its holder', () => {
  it('splits "Council Member" and "Board Members" off the holders', () => {
    const entities = typedNames(
      'Dayton City Council Member Rafa Quintero, who sponsored the measure, spoke first. Council Members Mackenzie Kelly and Lia Stone voted no. Board Member Ana Ruiz agreed.',
    );

    expect(entities).toContain('Rafa Quintero/person');
    expect(entities).toContain('Mackenzie Kelly/person');
    expect(entities).toContain('Ana Ruiz/person');
    expect(entities.filter((e) => e.includes('Member'))).toEqual([]);
  });
});

describe('rivers, provinces and places of residents', () => {
  it('reads names before "river(s)" or "provinces", and after "residents of", as places', () => {
    const entities = typedNames(
      'Floods swelled the Tavi and Morrab rivers. The Kelan river rose. Storms hit Quang Binh and Ha Tinh provinces. Residents of Kwun Lo fled.',
    );

    for (const place of ['Tavi', 'Morrab', 'Kelan', 'Quang Binh', 'Ha Tinh', 'Kwun Lo'])
      expect(entities).toContain(`${place}/place`);
  });
});

describe('names opening a sentence', () => {
  it('keeps the family name He and a title-case name before a country abbreviation', () => {
    const entities = typedNames(
      'Officials were surprised. He Jianmin said the lab was legal. The ban ended. Rising Tide USA said it would march.',
    );

    expect(entities).toContain('He Jianmin/person');
    expect(entities).toContain('Rising Tide USA/organization');
  });
});
