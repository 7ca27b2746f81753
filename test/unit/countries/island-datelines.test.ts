import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const focus = (title: string, body: string) =>
  tagArticle({ title, body, language: 'en' })
    .countries.filter((c) => c.focus)
    .map((c) => c.code);

describe("an island named after a dateline's town", () => {
  it('settles the territory, not a namesake capital elsewhere', () => {
    expect(
      focus(
        'Funds register',
        'GEORGETOWN, Grand Cayman - Three funds registered with the regulator on Friday.',
      ),
    ).toEqual(['KY']);
    expect(
      focus(
        'Port reopens',
        'FREEPORT, Grand Bahama - The container port reopened on Tuesday after the storm.',
      ),
    ).toEqual(['BS']);
  });

  it("leaves Guyana's capital to Guyana", () => {
    expect(
      focus('Output rises', 'GEORGETOWN, Guyana - Oil output rose in March, the ministry said.'),
    ).toEqual(['GY']);
  });
});
