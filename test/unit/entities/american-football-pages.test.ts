import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

// Invented stories (session 36, topics36): a short NFL story is a sports page by its own vocabulary.
const typeOf = (body: string, text: string, title?: string) =>
  entitiesOf(body, title).find((e) => e.mentions.some((m) => m.text === text))?.type;

describe('a short American football story', () => {
  it('reads a city that releases a linebacker as its club', () => {
    const title = 'Chiefs cut veteran linebacker';
    const body =
      'Kansas City released linebacker Drue Tranquill on Tuesday. The Chiefs said the move would free up salary ' +
      'cap space before the draft. Andy Reid praised his leadership.';

    expect(typeOf(body, 'Kansas City', title)).toBe('organization');
  });

  it('reads a city that signs a quarterback for the NFL club as its club', () => {
    const title = 'Cowboys sign quarterback to extension';
    const body =
      'Dallas signed Dak Prescott to a four-year extension worth $240 million, the NFL club said. Prescott led ' +
      'Dallas to the playoffs three times.';

    expect(typeOf(body, 'Dallas', title)).toBe('organization');
  });

  it('keeps the city a place in a story of its weather', () => {
    const title = 'Ice storm closes roads in Kansas City';
    const body =
      'An ice storm closed roads across Kansas City on Tuesday and left 40,000 homes without power, the utility ' +
      'said. Schools will stay shut on Wednesday.';

    expect(typeOf(body, 'Kansas City', title)).toBe('place');
  });

  it('keeps the host city a place when only the title names the league (session 36, mendET36)', () => {
    const title = 'NFL owners approve private equity stakes at Atlanta meeting';
    const body =
      'ATLANTA, Oct 22 (Reuters) - National Football League owners voted on Wednesday to let private equity funds ' +
      'buy up to 10% of a club. Atlanta hosted the two-day meeting at a downtown hotel. Phoenix lost its bid to ' +
      'hold the next one. Shares of sports investment firms rose in New York.';

    const atlantaTypes = entitiesOf(body, title)
      .filter((e) => e.mentions.some((m) => m.text === 'Atlanta'))
      .map((e) => e.type);

    expect(atlantaTypes).toEqual(['place']);
  });
});
