import { describe, expect, it } from 'vitest';
import { pairsOf } from './focus-and-pairs.js';

describe("a short story's later objects pair with the lead's subject only", () => {
  it('does not pair two destinations of the second sentence with each other', () => {
    // Arrange
    const story = {
      title: "South Korea's exports rise for fifth month",
      body:
        "SEOUL (Reuters) - South Korea's exports rose 7.2% in October from a year earlier, trade ministry data " +
        'showed on Saturday, led by semiconductor sales.\nShipments to China rose 3%, while exports to the ' +
        'United States fell 2.4% as tariffs bit.',
    };

    // Act
    const pairs = pairsOf(story);

    // Assert
    expect(pairs).toEqual(['CN-KR', 'KR-US']);
  });

  it("does not pair a second sentence's destination with the lead's object", () => {
    const pairs = pairsOf({
      title: "China's rare earth exports to US fall",
      body:
        "China's exports of rare earth magnets to the United States fell 28% in September from August, customs " +
        'data showed on Monday. Shipments to Germany and India rose.',
    });

    expect(pairs).toEqual(['CN-DE', 'CN-IN', 'CN-US']);
  });

  it("pairs a trip's later stops with the traveller's country, not with the country first visited", () => {
    const pairs = pairsOf({
      title: 'Modi to meet Trump, then attend BRICS summit',
      body:
        'Indian Prime Minister Narendra Modi will meet U.S. President Donald Trump in Washington next week. He will ' +
        'then fly to Brazil for the BRICS summit in Rio de Janeiro.',
    });

    expect(pairs).toEqual(['BR-IN', 'IN-US']);
  });

  it('keeps the pairs of the lead with two subjects', () => {
    const pairs = pairsOf({
      title: 'Turkey, Azerbaijan sign gas deal',
      body:
        'ANKARA (Reuters) - Turkey and Azerbaijan signed an agreement on Friday to boost natural gas flows through ' +
        'a new pipeline. The gas will be sold on to Bulgaria and Hungary.',
    });

    expect(pairs).toEqual(expect.arrayContaining(['AZ-BG', 'AZ-HU', 'BG-TR', 'HU-TR', 'AZ-TR']));
  });

  it('keeps the pairs of countries the second sentence names as its subject', () => {
    const pairs = pairsOf({
      title: 'Philippines protests Chinese coast guard water cannon',
      body:
        'MANILA (Reuters) - The Philippines lodged a diplomatic protest with China on Monday after a Chinese coast ' +
        'guard ship fired a water cannon at a Philippine vessel near Scarborough Shoal. Japan and Australia ' +
        'expressed concern.',
    });

    expect(pairs).toEqual(expect.arrayContaining(['AU-CN', 'CN-JP', 'AU-PH', 'JP-PH']));
  });
});

describe("countries a short story's second sentence opens with, reacting to the lead's event", () => {
  it('does not pair two countries that express concern side by side', () => {
    // Arrange
    const story = {
      title: 'China tests hypersonic missile',
      body:
        'China tested a new hypersonic missile over the South China Sea, state media said. Japan and South Korea ' +
        'voiced serious concern.',
    };

    // Act
    const pairs = pairsOf(story);

    // Assert
    expect(pairs).toEqual(['CN-JP', 'CN-KR']);
  });

  it('does not pair two countries that welcome the lead\u2019s agreement, though the sentence names a deal', () => {
    const pairs = pairsOf({
      title: 'Kosovo and Serbia agree to talks',
      body:
        'Kosovo and Serbia agreed on Thursday to resume EU-mediated talks in Brussels. Germany and France welcomed ' +
        'the agreement.',
    });

    expect(pairs).not.toContain('DE-FR');
    expect(pairs).toEqual(expect.arrayContaining(['DE-RS', 'FR-XK', 'RS-XK']));
  });

  it('still pairs two countries the second sentence has agree with each other', () => {
    const pairs = pairsOf({
      title: 'Turkey hosts prisoner talks',
      body:
        'Turkey hosted talks between Russian and Ukrainian officials in Istanbul on Monday. Russia and Ukraine agreed ' +
        'to swap 1,000 prisoners each.',
    });

    expect(pairs).toContain('RU-UA');
  });
});

describe("countries a short story's second sentence ranks among the lead's buyers or markets", () => {
  it('pairs each with the exporter, not with each other', () => {
    // Arrange
    const story = {
      title: "Vietnam's coffee exports jump",
      body:
        "Vietnam's coffee exports jumped 28% in the first quarter of 2026, customs data showed. Germany and Italy " +
        'were the biggest buyers, followed by Japan.',
    };

    // Act
    const pairs = pairsOf(story);

    // Assert
    expect(pairs).toEqual(['DE-VN', 'IT-VN']);
  });
});
