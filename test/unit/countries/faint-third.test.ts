import { describe, expect, it } from 'vitest';
import { focusOf } from './focus-and-pairs.js';

const CARMAKERS = [
  "BERLIN, May 6 (Reuters) - German carmakers want Brazil to cut its import tariffs before they commit to new plants there, industry officials said on Tuesday, as Brazil's trade minister began a three-day visit to Germany.",
  "Germany is Brazil's largest European trading partner, and German firms employ about 250,000 people in Brazil.",
  "Brazil's minister told German executives in Berlin that Brazil would review the tariffs on electric cars this year.",
  'German officials said Germany also wanted Brazil to ratify the trade deal between the European Union and Mercosur.',
  'Brazil has raised tariffs on imported electric vehicles to 35%, and German carmakers say that makes their Brazilian plans costly.',
  "Carmakers from China have rushed to build plants in Brazil to beat the tariffs, and China's BYD opened a factory in Bahia last year. China now sells more cars in Brazil than Germany does.",
  "Brazil's minister said Brazil welcomed German investment and would treat it as it treats China's.",
  "Germany's economy minister said German firms had invested 12 billion euros in Brazil over five years.",
  "The talks in Germany will continue in Sao Paulo next month, Brazil's trade ministry said.",
].join('\n');

describe('a third country named at a fifth of the weight of the two a story is about', () => {
  it('is background, not in focus', () => {
    const result = focusOf({ title: 'German carmakers press Brazil on tariffs', body: CARMAKERS });

    expect(result).toEqual(['BR', 'DE']);
  });

  it('stays in focus when the headline names it', () => {
    const result = focusOf({
      title: 'German carmakers press Brazil on tariffs as China gains',
      body: CARMAKERS,
    });

    expect(result).toEqual(['BR', 'CN', 'DE']);
  });
});

describe('a country a story of two sentences has act in its second (session 38, pairs38)', () => {
  it('stays in focus beside the two the lead names', () => {
    // Arrange
    const story = {
      title: 'Milei in Israel',
      body: "Argentina's Milei arrived in Israel on Tuesday. He will travel to Italy on Friday.",
    };

    // Act
    const result = focusOf(story);

    // Assert
    expect(result).toEqual(['AR', 'IL', 'IT']);
  });
});
