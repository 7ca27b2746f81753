import { describe, expect, it } from 'vitest';
import { focusOf } from './focus-and-pairs.js';

// Invented local-paper leads (session 54, wild53 Y23): a bare dateline town whose lead names its county.
describe('a bare dateline town the lead names as a county', () => {
  it("files the story in the county's country, not in a bigger namesake abroad", () => {
    // Arrange
    const story = {
      title: 'Farmers protest coffee prices',
      body: 'EMBU — Farmers in Embu County have protested against low prices paid by the county cooperative, a local official said on Tuesday.',
    };

    // Act
    const codes = focusOf(story);

    // Assert
    expect(codes).toEqual(['KE']);
  });

  it("keeps the namesake's country when the lead names no county", () => {
    const story = {
      title: 'Factory opens',
      body: 'EMBU - A Brazilian shoe maker opened a factory in the town on Tuesday, the mayor said.',
    };

    expect(focusOf(story)).toEqual(['BR']);
  });

  it("places Nairobi's estates named alone in Kenya", () => {
    const story = {
      title: 'Floods hit capital',
      body: 'Mathare and Kibera were among the worst-hit areas after overnight rains, the Red Cross said on Monday.',
    };

    expect(focusOf(story)).toEqual(['KE']);
  });
});
