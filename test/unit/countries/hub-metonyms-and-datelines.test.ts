import { describe, expect, it } from 'vitest';
import { focusAndPairs, story } from './focus-and-pairs.js';

describe('Brussels governing is the union, not Belgium (wild39a ★1)', () => {
  it('reads Brussels warning a state, in a story that calls the union "the bloc", as no Belgium', () => {
    // Arrange
    const article = story(
      'Brussels warns Budapest over rule of law',
      'Brussels warned Hungary on Monday that it could lose billions of euros in funding. The bloc\u2019s ' +
        'executive said Budapest had failed to act.',
    );

    // Act
    const { focus, pairs } = focusAndPairs(article);

    // Assert
    expect(focus).toEqual(['HU']);
    expect(pairs).toEqual([]);
  });

  it('reads Brussels as the union when it fines, urges or wants, with no union named', () => {
    const fined = focusAndPairs(
      story(
        'Brussels fines Apple over app store rules',
        'Brussels fined Apple 500 million euros on Wednesday for breaching competition rules. The U.S. company ' +
          'said it would appeal.',
      ),
    );
    const wants = focusAndPairs(
      story(
        'Brussels wants Washington to drop steel tariffs',
        'Brussels wants the United States to drop tariffs on European steel before a trade deal is signed, ' +
          'officials said on Monday.',
      ),
    );

    expect(fined.focus).not.toContain('BE');
    expect(wants.focus).toEqual(['US']);
    expect(wants.pairs).toEqual([]);
  });

  it('keeps Belgium where the city itself acts or is the scene: its airport, its police, a march through it', () => {
    const police = focusAndPairs(
      story(
        'Brussels police arrest three in terror probe',
        'Brussels police arrested three men suspected of planning an attack, prosecutors said on Friday.',
      ),
    );
    const march = focusAndPairs(
      story(
        'Protesters march in Brussels against austerity',
        'Tens of thousands of people marched through central Brussels on Tuesday to protest against pension cuts.',
      ),
    );

    expect(police.focus).toContain('BE');
    expect(march.focus).toContain('BE');
  });
});

describe('a restriction\u2019s owner in a short story (wild39a ★1)', () => {
  it('puts the country whose tariffs hit an acting country in focus and pairs them', () => {
    // Arrange
    const article = story(
      'WTO cuts trade forecast',
      'GENEVA (Reuters) - The World Trade Organization cut its forecast for global goods trade on Wednesday, ' +
        'citing U.S. tariffs on China.',
    );

    // Act
    const { focus, pairs } = focusAndPairs(article);

    // Assert
    expect(focus).toContain('US');
    expect(pairs[0]).toBe('CN-US');
  });

  it('leaves a country named only as a market alone ("a writedown on U.S. operations")', () => {
    const { focus } = focusAndPairs(
      story(
        'Bank takes charge',
        'Deutsche Bank took a writedown on U.S. operations on Tuesday, citing weak trading in Germany.',
      ),
    );

    expect(focus).not.toContain('US');
  });
});

describe('a bare dateline named like a bigger US city (wild39a ★7)', () => {
  it('files a Silicon Valley firm\u2019s story from San Jose, California', () => {
    const { focus } = focusAndPairs(
      story(
        'Nvidia unveils new chips',
        'SAN JOSE - Nvidia Corp unveiled new AI chips on Tuesday. Chief Executive Jensen Huang said demand was ' +
          'insane.',
      ),
    );

    expect(focus).toEqual(['US']);
  });

  it('keeps Costa Rica for a story with no firm, or one that names Costa Rica', () => {
    const coffee = focusAndPairs(
      story(
        'Coffee exports fall',
        'SAN JOSE - Coffee exports fell 12% in the first half of the year as rains hit the harvest, the national ' +
          'coffee institute said on Monday.',
      ),
    );
    const intel = focusAndPairs(
      story(
        'Intel plant to expand',
        'SAN JOSE - Intel Corp will invest $1.2 billion to expand its chip testing plant in Costa Rica, ' +
          'President Rodrigo Chaves said on Tuesday.',
      ),
    );

    expect(coffee.focus).toEqual(['CR']);
    expect(intel.focus).toEqual(['CR']);
  });
});
