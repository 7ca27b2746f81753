import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// One-sentence items (feeds, briefs): the countries a clause acts on, by a capital, a passive's agents, a truce's
// place, a reported clause after "told … that", an office written "PM" (places49, wild49 C3, C4). Sentences written
// for these tests.
const read = (body: string) => {
  const r = tagArticle({ id: 'brief', title: '', body });
  return {
    focus: r.countries
      .filter((c) => c.focus !== false)
      .map((c) => c.code)
      .sort(),
    pairs: r.countryPairs.map((p) => p.pair),
  };
};

describe('a short item reads the countries its clause acts on', () => {
  it('reads a capital right after a verb as the government acted on', () => {
    // Act
    const warned = read('Beijing warned Manila after a collision near a disputed shoal.');

    // Assert
    expect(warned.focus).toEqual(['CN', 'PH']);
    expect(warned.pairs).toContain('CN-PH');
  });

  it('reads the agents of a passive act and the country whose programme it is over', () => {
    // Act
    const found = read(
      "The snapback was triggered by Britain, France and Germany over Iran's nuclear programme.",
    );

    // Assert
    expect(found.focus).toEqual(['DE', 'FR', 'GB', 'IR']);
    expect(found.pairs).toEqual(expect.arrayContaining(['DE-IR', 'FR-IR', 'GB-IR']));
  });

  it('reads the country a truce is in and a reported clause after "told parliament that"', () => {
    // Act
    const truce = read('The United States and Egypt proposed a truce in Sudan.');
    const told = read('The prime minister told parliament that Pakistan wanted peace with India.');

    // Assert
    expect(truce.focus).toEqual(['EG', 'SD', 'US']);
    expect(told.focus).toEqual(['IN', 'PK']);
  });

  it('reads an office written "PM" or in lower case as its holder acting', () => {
    // Act
    const found = read('Pakistan PM Shehbaz Sharif met Saudi Crown Prince Mohammed bin Salman.');
    const leader = read('Uzbek President Shavkat Mirziyoyev met Tajik leader Emomali Rahmon in Dushanbe.');

    // Assert
    expect(found.focus).toEqual(['PK', 'SA']);
    expect(leader.focus).toEqual(['TJ', 'UZ']);
  });
});

describe("the hemisphere's bodies", () => {
  it('reads the Pan American and Inter-American bodies as no US', () => {
    // Act
    const paho = read('An official of the Pan American Health Organization said dengue cases had doubled.');
    const idb = read('The Inter-American Development Bank approved a loan to Honduras.');

    // Assert
    expect(paho.focus).toEqual([]);
    expect(idb.focus).toEqual(['HN']);
  });

  it('pairs the story country with the country it accuses of arming a side', () => {
    // Act
    const found = tagArticle({
      id: 'accused',
      title: "Sudan's army rejects truce",
      body:
        "PORT SUDAN, Sudan — Sudan's army chief rejected a truce proposed by the United States and Egypt on " +
        'Monday, accusing Abu Dhabi of arming the rebels, which the UAE denies. Fighting went on in Darfur.',
    }).countryPairs.map((p) => p.pair);

    // Assert
    expect(found).toContain('AE-SD');
  });
});
