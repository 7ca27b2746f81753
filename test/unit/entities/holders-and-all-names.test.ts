import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

// Invented stories (session 37, entities37): a firm's officer with a hyphened given name, names opening "All".
const typeOf = (body: string, text: string, title?: string) =>
  entitiesOf(body, title).find((e) => e.mentions.some((m) => m.text === text))?.type;

describe("a firm's title before its holder", () => {
  it('splits off a holder whose given name is two capitalised syllables and whose surname is an ordinary word', () => {
    const body = 'Intel CEO Lip-Bu Tan said the deal would strengthen its foundry business.';

    expect(typeOf(body, 'Lip-Bu Tan', 'Nvidia to invest in Intel')).toBe('person');
    expect(typeOf(body, 'Intel', 'Nvidia to invest in Intel')).toBe('organization');
  });
});

describe('"All" opening a name', () => {
  it('keeps "All" after a sentence\'s opening "The"', () => {
    const body =
      'The All Progressives Congress declined to comment on the ruling. The All England Club said attendance ' +
      'had been a record.';
    const names = entitiesOf(body, 'Court jails ex-governor').map((e) => e.name);

    expect(names).toContain('All Progressives Congress');
    expect(names).toContain('All England Club');
  });
});
