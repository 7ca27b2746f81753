import { describe, expect, it } from 'vitest';
import { focusAndPairs } from './focus-and-pairs.js';

describe('a sentence sharing a quantity out among countries', () => {
  it('puts every country given a share in focus and pairs them', () => {
    const { focus, pairs } = focusAndPairs({
      title: 'EU awards butter export licences',
      language: 'en',
      body:
        'The European Commission awarded licences for 20,000 tonnes of butter exports at Thursday’s tender. ' +
        'Of this, exporters in Ireland received 9,000 tonnes, in France 6,000, in Denmark 3,000 and in Poland ' +
        '2,000 tonnes, traders said.',
    });

    expect(focus).toEqual(['DK', 'FR', 'IE', 'PL']);
    expect(pairs).toContain('FR-IE');
  });

  it('reads no allocation in two figures compared', () => {
    const { focus } = focusAndPairs({
      title: 'Japan inflation slows',
      language: 'en',
      body:
        'TOKYO, May 2 - Consumer prices rose 2.1 pct in Japan in April, the government said. Prices in Korea ' +
        '3 pct higher and in Taiwan 2 pct higher were cited by economists as a sign of a regional slowdown.',
    });

    expect(focus).toEqual(['JP']);
  });

  it('reads no allocation in a firm’s sales by market (read23 F12)', () => {
    const { focus, pairs } = focusAndPairs({
      title: 'Scania deliveries rise',
      language: 'en',
      body:
        'SODERTALJE, Sweden - Scania said truck deliveries rose 6 percent in the third quarter. Deliveries in ' +
        'Brazil 4,100 trucks, in France 2,900 and in Poland 2,300 were higher than a year ago, the company said.',
    });

    expect(focus).toEqual(['SE']);
    expect(pairs).toEqual([]);
  });

  it('puts in focus the countries given amounts in turn ("1.2 billion euros to Poland, 600 million euros to Romania")', () => {
    // Arrange
    const article = {
      title: 'EU gives eastern members 2.25 bln euros for roads',
      language: 'en',
      body:
        'BRUSSELS, June 5 (Reuters) - The European Commission said on Thursday it would give 1.2 billion euros to ' +
        'Poland, 600 million euros to Romania and 450 million euros to Slovakia to upgrade road links to Ukraine. ' +
        "Poland's infrastructure minister welcomed the decision. Freight volumes have doubled since 2022.",
    };

    // Act
    const { focus, pairs } = focusAndPairs(article);

    // Assert
    expect(focus).toEqual(expect.arrayContaining(['PL', 'RO', 'SK']));
    expect(pairs).toEqual(expect.arrayContaining(['PL-RO', 'PL-SK', 'RO-SK']));
  });

  it('reads amounts given for countries ("$800 million of loans for Nigeria, $700 million for Ethiopia")', () => {
    const { focus } = focusAndPairs({
      title: 'World Bank lends $2 billion to African grids',
      language: 'en',
      body:
        'The World Bank said on Tuesday it had approved $800 million of loans for Nigeria, $700 million for ' +
        'Ethiopia and $500 million for Tanzania to expand power grids. The lender aims to connect 300 million ' +
        "Africans by 2030. Nigeria's power minister said the loan would fund 1,500 km of new lines.",
    });

    expect(focus).toEqual(['ET', 'NG', 'TZ']);
  });

  it('reads no share-out in exports by destination ("rose 12% to China, 8% to South Korea")', () => {
    const { focus, pairs } = focusAndPairs({
      title: "Japan's exports rise as shipments to Asia recover",
      language: 'en',
      body:
        "TOKYO, Jan 22 (Reuters) - Japan's exports rose 7.2% in December from a year earlier, as shipments rose " +
        '12% to China, 8% to South Korea and 5% to Taiwan, finance ministry data showed on Wednesday. The trade ' +
        'balance swung to a surplus of 130 billion yen. Economists said chip demand drove the Asian gains.',
    });

    expect(focus).toEqual(['JP']);
    expect(pairs).toEqual([]);
  });

  it('shares an amount with the list right after its country ("150,000 tonnes to Thailand, Pakistan and Myanmar")', () => {
    const { focus } = focusAndPairs({
      title: 'Indonesia awards rice import contracts',
      language: 'en',
      body:
        "JAKARTA, Sept 8 (Reuters) - Indonesia's state food agency Bulog awarded contracts for 200,000 tonnes of " +
        'rice to Vietnam and 150,000 tonnes to Thailand, Pakistan and Myanmar, traders said on Monday. Prices ' +
        'ranged from $430 to $455 a tonne. Bulog is rebuilding stocks ahead of the dry season.',
    });

    expect(focus).toEqual(['ID', 'MM', 'PK', 'TH', 'VN']);
  });
});
