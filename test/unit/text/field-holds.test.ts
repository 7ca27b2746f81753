import { describe, expect, it } from 'vitest';
import { fieldHolds } from '../../../functions/core/text/field-holds.js';

/** A pattern that counts the texts it is run on. */
function countingPattern(source: string, flags = ''): { pattern: RegExp; runs: () => number } {
  let runs = 0;
  const pattern = new RegExp(source, flags);
  const test = pattern.test.bind(pattern);
  pattern.test = (text: string) => {
    runs++;
    return test(text);
  };
  return { pattern, runs: () => runs };
}

describe('fieldHolds', () => {
  it('answers whether the text holds a match of the pattern anywhere', () => {
    const holds = fieldHolds(/witnessed|presence/i);

    expect(holds('The deal was signed, WITNESSED by the emir.')).toBe(true);
    expect(holds('The two sides signed a deal on Monday.')).toBe(false);
  });

  it("runs the pattern once for each of a story's headline and body, however often each is asked about", () => {
    const { pattern, runs } = countingPattern('without', 'i');
    const holds = fieldHolds(pattern);
    const title = 'Leaders meet without U.S. delegation';
    const body = 'Leaders of the group met on Monday in Rome.';

    const answers = [title, body, title, body, body, title].map(holds);

    expect(answers).toEqual([true, false, true, false, false, true]);
    expect(runs()).toBe(2);
  });

  it("gives a copy of a text the text's own answer, and a third text its own", () => {
    const holds = fieldHolds(/between/i);
    const body = 'Talks between Russia and Ukraine resumed.';

    holds(body);
    holds('Markets rose on Monday.');

    expect(holds(`${body.slice(0, 10)}${body.slice(10)}`)).toBe(true);
    expect(holds('No side named here.')).toBe(false);
    expect(holds('Mediating between Israel and Hamas.')).toBe(true);
  });

  it('refuses a global or sticky pattern, whose test would move on from its last match', () => {
    expect(() => fieldHolds(/between/g)).toThrow();
    expect(() => fieldHolds(/between/y)).toThrow();
  });
});
