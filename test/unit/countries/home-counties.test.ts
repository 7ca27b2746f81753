import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const focus = (title: string, body: string) =>
  tagArticle({ title, body, language: 'en' })
    .countries.filter((c) => c.focus)
    .map((c) => c.code);

describe('islands, council areas and counties of the British Isles that home news names alone', () => {
  it('reads Britain, not South Africa, from "Orkney and Shetland"', () => {
    expect(
      focus(
        'Storm warning',
        'Gusts of 85mph battered Orkney and Shetland overnight, cutting power to 3,000 homes.',
      ),
    ).toEqual(['GB']);
  });

  it('reads Britain, not Australia, from "Perth and Kinross"', () => {
    expect(focus('School closures', 'Perth and Kinross council closed 12 schools after the snow.')).toEqual([
      'GB',
    ]);
  });

  it('reads Ireland from its counties: "Galway", "Co Mayo"', () => {
    expect(focus('Flooding', 'Roads were closed in Galway and Co Mayo as rivers burst their banks.')).toEqual(
      ['IE'],
    );
  });
});
