import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { focusAndPairs, story } from './focus-and-pairs.js';

const codesOf = (title: string, body: string) => tagArticle(story(title, body)).countries.map((c) => c.code);

describe('a state firm stands for its home country only as a side of a deal with the country filed from', () => {
  it("gives no home country for a state firm inside a racing team's name", () => {
    // Arrange
    const title = 'Strand signs new contract with Aston Martin Aramco';
    const body =
      'MIAMI, April 30 (Reuters) - Jonas Strand has signed a contract extension with Aston Martin Aramco that will ' +
      'keep the Danish driver at the team until 2028, the Formula One team said on Wednesday ahead of the Miami ' +
      'Grand Prix.\n\nAston Martin will switch to new engines from next season.';

    // Act
    const codes = codesOf(title, body);

    // Assert
    expect(codes).not.toContain('SA');
    expect(codes).toContain('US');
  });

  it('gives no home country for a state firm a club once had as its shirt sponsor', () => {
    // Arrange
    const title = 'Hertha sign new shirt sponsor';
    const body =
      'BERLIN, Aug 2 (Reuters) - Hertha Berlin signed a four-year shirt sponsorship deal with a betting firm on ' +
      "Saturday, two years after the German club ended its partnership with Rosneft following Russia's invasion of Ukraine.";

    // Act
    const { pairs } = focusAndPairs(story(title, body));

    // Assert
    expect(pairs).not.toContain('DE-RU');
  });

  it("gives no home country for state firms named as rivals in a home firm's plans", () => {
    // Arrange
    const title = 'Chevron expands LNG as rivals grow';
    const body =
      'HOUSTON, Nov 4 (Reuters) - Chevron said on Wednesday it would build a new LNG plant in Louisiana, as it ' +
      'competes with ADNOC and Petronas to supply buyers in Asia.';

    // Act
    const codes = codesOf(title, body);

    // Assert
    expect(codes).not.toContain('AE');
    expect(codes).not.toContain('MY');
  });

  it('gives no home country for a state firm that sponsors a tour with stops in the city filed from', () => {
    // Arrange
    const title = "Women's golf tour renews Aramco deal";
    const body =
      "LONDON, Nov 20 (Reuters) - The Women's Golf Circuit signed a three-year extension with Aramco on " +
      'Thursday for its team events, which will stop in London, Paris and Tokyo next year.';

    // Act
    const codes = codesOf(title, body);

    // Assert
    expect(codes).not.toContain('SA');
  });

  it('still pairs the country filed from that picks a state firm to build a plant', () => {
    // Arrange
    const title = 'Kyrgyzstan picks Rosatom for small reactor';
    const body =
      "BISHKEK, April 9 (Reuters) - Kyrgyzstan has chosen Russia's state nuclear company Rosatom to build a small " +
      'nuclear plant near Lake Issyk-Kul, the energy ministry said on Wednesday.';

    // Act
    const { pairs } = focusAndPairs(story(title, body));

    // Assert
    expect(pairs).toContain('KG-RU');
  });

  it('still pairs the country filed from that awards a state firm a stake', () => {
    // Arrange
    const title = 'Chile gives Petrobras stake in offshore block';
    const body =
      'SANTIAGO, March 3 (Reuters) - Chile awarded Petrobras a stake in an offshore gas block on Monday, the ' +
      'energy ministry said.';

    // Act
    const { pairs } = focusAndPairs(story(title, body));

    // Assert
    expect(pairs).toContain('BR-CL');
  });

  it('still pairs a state firm that signs a deal with the country filed from', () => {
    // Arrange
    const title = 'Russian nuclear firm signs plant deal';
    const body =
      'ASHGABAT, June 2 (Reuters) - Rosatom signed a deal with Turkmenistan on Tuesday to build a small nuclear ' +
      'plant near the Caspian coast, the foreign ministry said.';

    // Act
    const { pairs } = focusAndPairs(story(title, body));

    // Assert
    expect(pairs).toContain('RU-TM');
  });
});
