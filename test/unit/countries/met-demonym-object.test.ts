import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const focus = (title: string, body: string) =>
  tagArticle({ title, body, language: 'en' })
    .countries.filter((c) => c.focus)
    .map((c) => c.code)
    .sort();

describe('the people\u2019s word of whom a leader met', () => {
  it('puts the other side of the meeting in focus', () => {
    expect(focus('Diplomacy', 'Putin met the French president in Paris on Monday.')).toEqual(['FR', 'RU']);
    expect(focus('Visit', 'Modi met a Japanese delegation in Delhi on Tuesday.')).toEqual(['IN', 'JP']);
  });
});
