import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { typedNames } from './entities-of.js';

describe("today's most reported firms that the brand list lacks", () => {
  it('reads a firm opening a sentence with no cue after it as an organisation ("Gazprom cut gas prices")', () => {
    const entities = typedNames('Gazprom cut gas prices for Hungary.');

    expect(entities).toContain('Gazprom/organization');
  });

  it('reads "Microsoft said" at the start of a sentence as the firm, not a person', () => {
    const entities = typedNames('Microsoft said the outage had been fixed.');

    expect(entities).toEqual(['Microsoft/organization']);
  });

  it('reads a firm that is also an ordinary word as the firm before a verb of firms only', () => {
    const entities = typedNames(
      'Oracle said cloud revenue rose 50%. An oracle is a person who sees the future.',
    );

    expect(entities).toEqual(['Oracle/organization']);
  });

  it('reads a nationality word after "shares of" as the nationality of the firm that follows', () => {
    const entities = typedNames('Shares of Australian rare earth miner Lynas jumped 8% in Sydney.');

    expect(entities).toEqual(expect.arrayContaining(['Australian/nationality', 'Lynas/organization']));
  });
});

describe("a firm's first word standing for the firm", () => {
  it('joins "Novo" to Novo Nordisk named earlier, but not a firm of its own to its product', () => {
    const novo = typedNames(
      'Danish drugmaker Novo Nordisk cut 9,000 jobs. Novo, the maker of Wegovy, said the cuts would save money.',
    );
    const microsoft = typedNames(
      'Microsoft Teams was down for hours. Microsoft said it had fixed the fault.',
    );

    expect(novo).toContain('Novo Nordisk/organization');
    expect(novo.filter((e) => e.startsWith('Novo/'))).toEqual([]);
    expect(microsoft).toContain('Microsoft/organization');
  });
});

describe("a firm's first word read as a speaker", () => {
  it('joins "Goldman said" to Goldman Sachs when no person of the article has the name', () => {
    const bank = typedNames('Goldman Sachs raised its growth forecast. Goldman said inflation would slow.');
    const person = typedNames('Goldman Sachs hired Gary Goldman. Goldman said he was pleased.');

    expect(bank).toEqual(['Goldman Sachs/organization']);
    expect(person).toEqual(expect.arrayContaining(['Gary Goldman/person', 'Goldman Sachs/organization']));
  });
});

describe('a brand named like a river or a region', () => {
  it('reads every "Amazon" of a story that makes it a firm once as the firm, but not "in the Amazon"', () => {
    const firm = typedNames(
      "The deal is OpenAI's first with Amazon, which has invested billions in Anthropic. Amazon shares rose 5%.",
    );
    const forest = typedNames('Amazon shares rose. Deforestation in the Amazon rose 5% last year.');

    expect(firm).toContain('Amazon/organization');
    expect(firm).not.toContain('Amazon/place');
    expect(forest).toEqual(expect.arrayContaining(['Amazon/organization', 'Amazon/place']));
  });
});

describe('head words of firms of today', () => {
  it('reads "Alameda Research" and "Capital Economics" as organisations', () => {
    const entities = typedNames(
      'Caroline Ellison, head of his Alameda Research hedge fund, testified. Capital Economics expects a recession.',
    );

    expect(entities).toEqual(
      expect.arrayContaining(['Alameda Research/organization', 'Capital Economics/organization']),
    );
  });
});

describe('where people work', () => {
  it('reads "analysts at Bernstein" as the firm, though Bernstein is a surname', () => {
    const entities = typedNames('Analysts at Bernstein said the appointment was a positive surprise.');

    expect(entities).toEqual(['Bernstein/organization']);
  });
});

describe('firms named by an apposition or by their staff', () => {
  it('reads "Zentrix, a Berlin-based startup," and "a former Goldman banker" as firms', () => {
    const entities = typedNames(
      'Zentrix, a Berlin-based startup, raised $50 million on Monday. Kaldor, a former Goldman banker, ' +
        'joined its board.',
    );

    expect(entities).toEqual(expect.arrayContaining(['Zentrix/organization', 'Goldman/organization']));
  });

  it('leaves an ordinary word before "analysts" alone ("Bond analysts said")', () => {
    const entities = typedNames('Bond analysts said rates would fall.');

    expect(entities).toEqual([]);
  });

  it('leaves people in an apposition that names their firm or trade alone', () => {
    const entities = typedNames(
      'Kowalczyk, the chief executive of the company, said sales would rise. Wierzbicki, a property ' +
        'developer, said prices would fall.',
    );

    expect(entities.filter((e) => e.endsWith('/organization'))).toEqual([]);
  });
});

describe('firms named like towns, possessives and products', () => {
  it('reads "McDonald\'s" as the firm under its own name, and "the drug Zepbound" as a product', () => {
    const result = tagArticle({
      body:
        "McDonald's said on Monday it would raise prices. Sales at McDonald's rose 3%. Sales of the " +
        'weight-loss drug Zepbound doubled.',
    });
    const entities = result.entities.map((e) => `${e.name}/${e.type}`);

    expect(entities).toEqual(expect.arrayContaining(["McDonald's/organization", 'Zepbound/other']));
  });
});
