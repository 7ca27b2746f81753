import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const focus = (title: string, body: string) =>
  tagArticle({ title, body, language: 'en' })
    .countries.filter((c) => c.focus)
    .map((c) => c.code);

describe("Kenya's counties give the country", () => {
  it('reads Kenya from a county town filing a story that names no country', () => {
    expect(
      focus(
        'Tea pickers down tools',
        'KERICHO \u2014 Tea pickers on two estates stopped work on Tuesday over unpaid bonuses, union officials said.',
      ),
    ).toEqual(['KE']);
    expect(
      focus('Governor sworn in', 'Laikipia has a new governor after a court upheld his election on Friday.'),
    ).toEqual(['KE']);
  });

  it('reads Kenya from "X County" where the bare name is another place or a people', () => {
    expect(
      focus('Assembly sits', 'Members of the Meru County Assembly met on Monday to pass the budget.'),
    ).toEqual(['KE']);
    expect(
      focus('Water shortage', 'Residents of Busia County queued for water on Wednesday as taps ran dry.'),
    ).toEqual(['KE']);
  });

  it('leaves a Ugandan dateline of the same town to Uganda', () => {
    expect(
      focus(
        'Border market',
        'BUSIA, Uganda \u2014 Traders at the border market closed their stalls on Monday.',
      ),
    ).toEqual(['UG']);
  });
});
