import { describe, expect, it } from 'vitest';
import { focusAndPairs } from './focus-and-pairs.js';

describe('a short story naming its countries in two lists of one sentence', () => {
  it('is no survey: the lists are not one list of six', () => {
    const { pairs } = focusAndPairs({
      title: 'Ministers back East African trade corridor',
      body:
        'Trade ministers on Friday approved a plan to deepen the East African customs union, ahead of a summit ' +
        'in Arusha next month.\n\nThe ministers welcomed closer ties with Kenya, Uganda, Rwanda, Tanzania and ' +
        'Burundi, and stressed the importance of the Northern Corridor road and rail link, which carries goods ' +
        'from the coast inland and on to Ethiopia, Somalia and Djibouti, avoiding South Sudan.\n\nThe plan ' +
        'will be reviewed at the end of next year.',
    });

    // The headline's region (East Africa) is spelled out by the first list, whose members pair (region-lists.ts);
    // the second list, the corridor's route, pairs with none of them.
    const route = ['DJ', 'ET', 'SO', 'SS'];
    expect(pairs.filter((p) => route.some((code) => p.includes(code)))).toEqual([]);
  });

  it('still reads one list with a figure between its items as a survey', () => {
    const { focus, pairs } = focusAndPairs({
      title: 'OECD inflation steady',
      body:
        'Annual inflation was running at 4.4% in Italy, 3.9% in Britain and Canada, 3% in France, 1.4% in the ' +
        'United States, minus 0.8% in Germany and minus 1.5% in Japan, the OECD said.',
    });

    expect(focus).toEqual(['CA', 'DE', 'FR', 'GB', 'IT', 'JP', 'US']);
    expect(pairs).toHaveLength(21);
  });
});
