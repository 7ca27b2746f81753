import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const pairs = (title: string, body: string) =>
  tagArticle({ title, body, language: 'en' })
    .countryPairs.map((p) => p.pair)
    .sort();

describe('pairs of a one-country story and the foreign forces acting in it', () => {
  it('links the story country with the country leading a security mission there', () => {
    // Arrange
    const title = 'Gangs seize town in central Haiti';
    const body =
      'PORT-AU-PRINCE, Haiti (AP) — Gangs seized the town of Mirebalais in central Haiti on Monday, freeing ' +
      'hundreds of inmates and forcing thousands of residents to flee, officials said. The police were outnumbered. ' +
      'A Kenyan-led security mission has struggled to push back the gangs. Thousands of Haitians have been displaced.';

    // Act
    const result = pairs(title, body);

    // Assert
    expect(result).toEqual(['HT-KE']);
  });

  it('links the story country with the foreign troops fighting there', () => {
    const result = pairs(
      "Rebels attack convoy in Congo's east",
      'GOMA, Congo (Reuters) - Rebels attacked a supply convoy near Goma on Tuesday, killing four people, the army ' +
        'said. Rwandan troops have fought alongside the rebels, according to U.N. experts. Fighting has displaced more ' +
        "than a million people in Congo's eastern provinces.",
    );

    expect(result).toEqual(['CD-RW']);
  });

  it('links the story country with the country it turned to for security help, as with the troops it expelled', () => {
    const result = pairs(
      'Militants kill 15 soldiers in Mali',
      'BAMAKO (Reuters) - Militants killed 15 soldiers in an attack on an army post in central Mali on Sunday, the ' +
        'army said. The junta has expelled French troops and turned to Russia for security help since it seized ' +
        "power. Armed groups control large parts of the north. Mali's army said it had killed dozens of the attackers.",
    );

    expect(result).toEqual(['FR-ML', 'ML-RU']);
  });

  it('reads a list holding the story country as the one turning for help', () => {
    const result = pairs(
      'Gunmen kill 12 in Burkina Faso',
      'OUAGADOUGOU (Reuters) - Gunmen killed 12 villagers in northern Burkina Faso on Saturday, residents said. ' +
        'Burkina Faso, Mali and Niger, all ruled by juntas, have left the regional bloc and turned to Russia for ' +
        'security help. The army did not comment.',
    );

    expect(result).toEqual(['BF-RU']);
  });

  it('leaves out troops the sentence places in a third country, and firms that join forces', () => {
    const result = pairs(
      'Floods hit Pakistan',
      'LAHORE, Pakistan (Reuters) - Floods killed 30 people in Pakistan, officials said on Monday. The army was ' +
        'deployed to rescue villagers. Soviet troops in Afghanistan once used the same roads. Two Japanese firms ' +
        'have joined forces to rebuild bridges. Rain is forecast to continue.',
    );

    expect(result).toEqual([]);
  });
});

describe('pairs stated by an apposition of relation', () => {
  it('links a country named once in passing with the one its apposition calls it the ally of', () => {
    const result = pairs(
      'Philippines protests Chinese ship collision',
      "MANILA, Philippines (AP) — The Philippines summoned China's ambassador on Tuesday after a Chinese coast guard " +
        'ship rammed a Philippine supply boat near Second Thomas Shoal. China said the Philippine boat had entered ' +
        'its waters. Manila rejected the claim. The United States, a treaty ally of the Philippines, condemned the ' +
        'collision.',
    );

    expect(result).toEqual(['CN-PH', 'PH-US']);
  });

  it('links a third country named twice beside a two-country story when an apposition states the relation', () => {
    const result = pairs(
      'Philippines protests Chinese water cannon attack',
      "MANILA, Philippines (AP) — The Philippines summoned China's envoy on Wednesday after Chinese coast guard " +
        'ships fired water cannon at a Philippine vessel in the South China Sea. China said the Philippine ship had ' +
        'intruded into its waters. The United States, a treaty ally of the Philippines, condemned the attack, as did ' +
        'Japan and Australia. Manila has sought closer defence ties with Washington and Tokyo.',
    );

    expect(result).toContain('PH-US');
  });
});
