import { describe, expect, it } from 'vitest';
import { focusAndPairs } from './focus-and-pairs.js';

describe('a digest of items each labelled by a country', () => {
  it('puts every labelled item’s country in focus and pairs none across items', () => {
    const { focus, pairs } = focusAndPairs({
      title: 'The world in brief',
      language: 'en',
      body:
        'Kenya: Parliament passed a finance bill on Tuesday after weeks of protests over new taxes.\n\n' +
        'Brazil: The central bank raised its benchmark rate by half a point, citing food prices.\n\n' +
        'Norway: The government said it would sell part of its stake in the state oil company.',
    });

    expect(focus).toEqual(['BR', 'KE', 'NO']);
    expect(pairs).toEqual([]);
  });

  it('reads no digest in a team line-up', () => {
    const { focus } = focusAndPairs({
      title: 'Teams for Saturday',
      language: 'en',
      body:
        'Italy beat Scotland 20-14 in Rome on Saturday.\n\nItaly: Capuozzo, Ioane, Brex, Menoncello, Lynagh.\n\n' +
        'Scotland: Kinghorn, Steyn, Jones, Tuipulotu, Russell.',
    });

    expect(focus).toEqual(['GB', 'IT']);
  });
});
