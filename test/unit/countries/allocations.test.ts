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
});
