import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// A town's airport names the town's country, as a big city's does (places50, wild50 C8). Sentences written for these
// tests.
const focus = (body: string) =>
  tagArticle({ id: 'airport', title: '', body })
    .countries.filter((c) => c.focus !== false)
    .map((c) => c.code);

describe("a town's airport", () => {
  it('names the country of a city under a million people before "Airport"', () => {
    expect(focus('Frankfurt Airport cancelled 120 flights because of a strike.')).toEqual(['DE']);
    expect(focus('Manchester Airport reopened after a power cut on Sunday.')).toEqual(['GB']);
  });

  it('still reads a town before another capitalised word as part of a name', () => {
    expect(focus('Frankfurt Galaxy signed a new quarterback.')).toEqual([]);
  });
});
