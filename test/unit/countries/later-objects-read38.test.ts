import { describe, expect, it } from 'vitest';
import { pairsOf } from './focus-and-pairs.js';

describe('countries that welcome a deal the lead has no sides for are its parties', () => {
  it('pairs two countries that welcome the agreement a third country brokered', () => {
    // Arrange
    const story = {
      title: 'Trump announces South Caucasus peace deal',
      body:
        'The United States brokered a peace deal and a transit corridor in the South Caucasus on Friday, U.S. ' +
        'President Donald Trump said at the White House. Armenia and Azerbaijan welcomed the agreement, which ends ' +
        'nearly four decades of conflict over Nagorno-Karabakh.',
    };

    // Act
    const pairs = pairsOf(story);

    // Assert
    expect(pairs).toContain('AM-AZ');
  });

  it('pairs two countries that welcome a truce on their own border announced by a mediator', () => {
    const pairs = pairsOf({
      title: 'Malaysia says border truce to take effect at midnight',
      body:
        "Malaysia's Prime Minister Anwar Ibrahim said on Monday a ceasefire would take effect at midnight after " +
        'talks in Putrajaya. Thailand and Cambodia welcomed the truce after five days of fighting along their ' +
        'disputed border that killed at least 35 people.',
    });

    expect(pairs).toContain('KH-TH');
  });

  it('still sets apart two countries that welcome a deal whose sides the lead names', () => {
    const pairs = pairsOf({
      title: 'Kosovo and Serbia agree to talks',
      body:
        'Kosovo and Serbia agreed on Thursday to resume EU-mediated talks in Brussels. Germany and France hailed ' +
        'the agreement.',
    });

    expect(pairs).not.toContain('DE-FR');
  });
});

describe("a later object where the goods of the lead's possessed object go", () => {
  it("pairs the buyers of a sanctioned country's oil with that country, not with each other", () => {
    // Arrange
    const story = {
      title: 'U.S. sanctions tankers carrying Iranian oil',
      body:
        "The United States imposed sanctions on Iran's oil sector on Monday, targeting a network of shipping firms. " +
        'The measures target tankers that ship crude to China and India, the Treasury said.',
    };

    // Act
    const pairs = pairsOf(story);

    // Assert
    expect(pairs).toEqual(expect.arrayContaining(['CN-IR', 'IN-IR', 'CN-US', 'IN-US']));
    expect(pairs).not.toContain('CN-IN');
  });

  it("pairs where a fleet's oil went with the fleet's country", () => {
    const pairs = pairsOf({
      title: 'Britain sanctions Russian shadow fleet tankers',
      body:
        "Britain on Thursday imposed sanctions on 30 tankers in Russia's shadow fleet, the foreign office said. " +
        'The vessels carried oil to India and Turkey last year, according to shipping data.',
    });

    expect(pairs).toEqual(expect.arrayContaining(['IN-RU', 'RU-TR', 'GB-IN', 'GB-TR']));
  });

  it("does not pair a trip's later stop with the country of the leader first met", () => {
    const pairs = pairsOf({
      title: 'Modi to meet Japanese leader, then attend BRICS summit',
      body:
        "Indian Prime Minister Narendra Modi will meet Japan's prime minister in Tokyo next week. He will then fly " +
        'to Brazil for the BRICS summit in Rio de Janeiro.',
    });

    expect(pairs).not.toContain('BR-JP');
  });
});
