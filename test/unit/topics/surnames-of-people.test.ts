import { describe, expect, it } from 'vitest';
import type { TagResult } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';

// A lexicon name that is a person's surname (wild45 star 6). Stories are invented.
const ids = (result: TagResult) => result.topics.map((t) => t.id);

describe("a lexicon name that ends a person's full name is the person's surname (wild45 star 6)", () => {
  it.each([
    [
      'a cricketer called Pope',
      '',
      'Ollie Pope scored a century as England drew with South Africa at Lord\u2019s.',
      'medtop:12000000',
    ],
    [
      'an influencer called Tate',
      '',
      'Influencer Andrew Tate was charged with rape in Romania.',
      'medtop:20000031',
    ],
    [
      'a comedian called Tate',
      '',
      'Catherine Tate will host the comedy awards on ITV next month.',
      'medtop:20000031',
    ],
    [
      'a senator called Booker',
      'Booker joins Senate race',
      'Senator Cory Booker said on Tuesday he would seek a third term, ending speculation that he would run for ' +
        'governor. Booker told supporters in Newark the campaign would focus on housing costs.',
      'medtop:20000013',
    ],
    [
      'a singer called Mars',
      'Bruno Mars tops album chart',
      'Bruno Mars has topped the US album chart for the first time in nine years with his new record, beating ' +
        'Taylor Swift to number one.',
      'medtop:13000000',
    ],
  ])('gives %s no topic of the name', (_case, title, body, topic) => {
    // Act
    const result = tagArticle({ title, body });

    // Assert
    expect(ids(result)).not.toContain(topic);
  });

  it.each([
    [
      'the pontiff named by title',
      'Pope Leo visits Turkey',
      'Pope Leo XIV arrived in Ankara on Thursday on his first foreign trip, meeting President Tayyip Erdogan before ' +
        'travelling to Iznik. The Pope will celebrate Mass in Istanbul on Saturday.',
      'Pope',
    ],
    [
      "one of the lexicon's own people",
      'Shakespeare folio sells for record price',
      'A first folio of plays by William Shakespeare sold for 8 million dollars at auction in New York on ' +
        'Wednesday, a record for a printed work of literature.',
      'Shakespeare',
    ],
  ])('keeps %s as evidence (guard)', (_case, title, body, word) => {
    // Act
    const result = tagArticle({ title, body });

    // Assert
    expect(result.topics.some((t) => t.evidence?.includes(word))).toBe(true);
  });
});
