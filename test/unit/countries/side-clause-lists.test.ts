import { describe, expect, it } from 'vitest';
import { focusAndPairs } from './focus-and-pairs.js';

const tagged = (title: string, body: string) => focusAndPairs({ id: 'side-list', title, body });

describe('countries listed in a side clause (wild37 \u26052)', () => {
  it('leaves the sites a relative clause lists for a firm out of focus and unpaired', () => {
    // Arrange
    const title = 'Soapmaker to cut 2,000 jobs in Europe';
    const body =
      'LONDON \u2014 Brightwell said on Tuesday it would cut 2,000 office jobs, mostly in Europe, as its new chief ' +
      'executive seeks to speed up decisions.\nThe maker of soap and shampoo, which has factories in Germany, ' +
      'Poland, Brazil, Mexico and India, said the cuts would save 500 million euros by 2028. Its shares rose 2% in London.';

    // Act
    const { focus, pairs } = tagged(title, body);

    // Assert
    expect(focus).toEqual(['GB']);
    expect(pairs).toEqual([]);
  });

  it('leaves the countries of a study\u2019s sample named nowhere else out of focus', () => {
    const { focus, pairs } = tagged(
      'Study links fried food to heart disease',
      'People who eat more fried food are more likely to have heart disease, according to a study of data from ' +
        'seven countries including the US, Brazil, Chile, Colombia, Mexico, Australia and Canada.\nIn the US, ' +
        'fried food makes up a fifth of calories eaten, the authors said.',
    );

    expect(focus).toEqual(['US']);
    expect(pairs).toEqual([]);
  });

  it('keeps the countries a story acts on though they are also listed: "talks with Germany, France and Italy"', () => {
    const { focus } = tagged(
      'Minister seeks support for grain deal',
      'The Polish agriculture minister, who held talks with Germany, France and Italy this week, said on Monday ' +
        'that Germany, France and Italy backed the grain deal.',
    );

    expect(focus).toEqual(expect.arrayContaining(['DE', 'FR', 'IT', 'PL']));
  });
});
