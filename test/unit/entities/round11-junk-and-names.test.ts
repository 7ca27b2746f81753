import { describe, expect, it } from 'vitest';
import { entitiesOf, typedNames } from './entities-of.js';

describe('words that are no names', () => {
  it('reads no body in a currency written before a sum', () => {
    const entities = typedNames(
      'The state will pay Rs 10 lakh to each family. The plant cost INR 500 crore, and Rs. 250 buys a bag.',
    );

    expect(entities.filter((e) => e.startsWith('Rs') || e.startsWith('INR'))).toEqual([]);
  });

  it('keeps a summit written before its number: "COP 29"', () => {
    const entities = typedNames('Delegates gathered for COP 29 in the capital.');

    expect(entities).toContain('COP/organization');
  });

  it("reads no name in the pronoun's contractions: I'm, I've, I'd, I'll", () => {
    const entities = typedNames(
      `"It was the hardest Ryder Cup I've played," the golfer said. "I'm tired and I'd rest, but I'll be back."`,
    );

    expect(entities).toContain('Ryder Cup/other');
    expect(entities.filter((e) => e.startsWith('I'))).toEqual([]);
  });

  it('keeps a street written with its abbreviation whole at a sentence start', () => {
    const entities = typedNames('Wall St ends higher as chip makers rally.');

    expect(entities).not.toContain('St/organization');
    expect(entities).toContain('Wall St/place');
  });
});

describe('names the pronoun "He" or a nickname broke', () => {
  it('reads the Chinese family name He before a given name, after a title and opening a sentence', () => {
    const entities = typedNames(
      'Chinese Vice Premier He Lifeng met the trade envoy on Monday. He Lifeng said the talks were useful.',
    );

    expect(entities).toContain('He Lifeng/person');
    expect(entities).not.toContain('Lifeng/person');
  });

  it('still drops the pronoun before an ordinary word', () => {
    const entities = typedNames('He Said It All is the new film by the Irish director.');

    expect(entities.filter((e) => e.startsWith('He '))).toEqual([]);
  });

  it('keeps one person with the surname around a quoted nickname, the surname an ordinary word', () => {
    const entities = entitiesOf(
      'Sean "Diddy" Combs was sentenced on Friday. Combs had been convicted in July.',
    );
    const combs = entities.find((e) => e.name.includes('Combs'));

    expect(combs?.type).toBe('person');
    expect(combs?.mentions.map((m) => m.text)).toEqual(['Sean "Diddy" Combs', 'Combs']);
  });
});
