import { describe, expect, it } from 'vitest';
import type { TagResult } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';

// Invented stories (session 48, fixT48; wild48 ★2): names and named roles that read like another desk's words.
const has = (result: TagResult, id: string) => result.topics.some((t) => t.id === id);
const firstTopLevel = (result: TagResult) => result.topics.find((t) => t.level === 1)?.id;
const BANKING = 'medtop:20000274';
const AUTOMOTIVE = 'medtop:20000296';
const CIVIL_UNREST = 'medtop:20000065';

describe('a village whose name is a desk word', () => {
  it('written with its capital mid-sentence is no banking', () => {
    // Arrange
    const article = {
      title: 'Teenager charged after stabbing',
      body:
        'A 17-year-old boy has been charged with attempted murder after a stabbing in Ormskirk, police said. The ' +
        'suspect, from Banks in Lancashire, appeared before magistrates on Friday and was remanded in custody.',
    };

    // Act
    const result = tagArticle(article);

    // Assert
    expect(firstTopLevel(result)).toBe(TOP_LEVEL.crime);
    expect(has(result, TOP_LEVEL.economy)).toBe(false);
  });

  it('leaves the banks that open a sentence lenders', () => {
    const result = tagArticle({
      title: 'Lenders raise mortgage rates',
      body: "Britain's biggest lenders raised mortgage rates on Tuesday. Banks said funding costs had risen.",
    });

    expect(has(result, BANKING)).toBe(true);
  });
});

describe("a sponsor's sports ground", () => {
  it('is no car maker in a cricket report', () => {
    const result = tagArticle({
      title: 'Root hits century at the Kia Oval',
      body:
        'Joe Root hit an unbeaten 143 as England reached 358 for five on the opening day of the third Test against ' +
        'India at the Kia Oval on Thursday.',
    });

    expect(firstTopLevel(result)).toBe(TOP_LEVEL.sport);
    expect(has(result, AUTOMOTIVE)).toBe(false);
  });

  it('leaves the car maker its own recall', () => {
    const result = tagArticle({
      title: 'Kia recalls 100,000 cars',
      body: 'South Korean carmaker Kia is recalling 100,000 vehicles over a faulty airbag, the company said on Monday.',
    });

    expect(has(result, AUTOMOTIVE)).toBe(true);
  });
});

describe("a deal's adviser banks", () => {
  it('make no banking story of the deal', () => {
    const result = tagArticle({
      title: 'Unilever to sell ice cream unit for $9 billion',
      body:
        'Unilever has agreed to sell its ice cream business to a private equity group for about $9 billion, the ' +
        'consumer goods group said on Monday. Goldman Sachs and Morgan Stanley advised Unilever, while JPMorgan ' +
        'advised the buyer. Shares rose 3%.',
    });

    expect(has(result, BANKING)).toBe(false);
  });

  it("leave a bank's own results banking", () => {
    const result = tagArticle({
      title: 'Goldman Sachs profit jumps on trading',
      body:
        "Goldman Sachs said on Tuesday its quarterly profit rose 40% as trading revenue surged, and the bank's " +
        'advisory fees also climbed.',
    });

    expect(has(result, BANKING)).toBe(true);
  });
});

describe('a headline "<country> protests after …"', () => {
  it('over a body that lodges a diplomatic protest is a note, no unrest', () => {
    const result = tagArticle({
      title: 'Philippines protests after Chinese coast guard fires water cannon',
      body:
        'The Philippines on Monday lodged a diplomatic protest after Chinese coast guard ships fired water cannon at ' +
        'a Philippine fisheries vessel near a disputed shoal, the foreign ministry said.',
    });

    expect(has(result, CIVIL_UNREST)).toBe(false);
    expect(firstTopLevel(result)).toBe(TOP_LEVEL.politics);
  });

  it('over a body of marchers stays unrest', () => {
    const result = tagArticle({
      title: 'Kenya protests after tax rise turn deadly',
      body:
        'Thousands of protesters marched through Nairobi on Tuesday against a tax rise, and police fired tear gas, ' +
        'killing at least five people, rights groups said.',
    });

    expect(has(result, CIVIL_UNREST)).toBe(true);
  });
});
