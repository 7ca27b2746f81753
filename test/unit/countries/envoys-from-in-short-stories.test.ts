import { describe, expect, it } from 'vitest';
import { focusOf } from './focus-and-pairs.js';

// Invented one-sentence briefs (session 54): the envoys of a state act for it in the main clause.
describe('a short story naming the states whose envoys take part', () => {
  it('puts the states of the delegations a mediator hosts in focus', () => {
    // Arrange
    const story = {
      title: 'Egypt hosts ceasefire talks',
      body: 'CAIRO — Egyptian mediators hosted delegations from Israel and Jordan in Cairo on Sunday in a new push for a water deal.',
    };

    // Act
    const codes = focusOf(story);

    // Assert
    expect(codes).toEqual(['EG', 'IL', 'JO']);
  });

  it('puts the states of the envoys met at a venue in focus', () => {
    const story = {
      title: 'Talks open in Geneva',
      body: 'GENEVA — U.N. mediators met envoys from Armenia and Azerbaijan in Geneva on Monday for a new round of talks.',
    };

    expect(focusOf(story)).toEqual(expect.arrayContaining(['AM', 'AZ']));
  });

  it('leaves the home countries of migrants or tourists out of focus', () => {
    const story = {
      title: 'Migrants rescued',
      body: 'ROME — The Italian coast guard rescued 300 migrants from Libya and Tunisia in the Mediterranean on Sunday.',
    };

    expect(focusOf(story)).toEqual(['IT']);
  });
});

// Invented one-sentence brief (session 58, focus58; wild58 found the shape).
describe('a short story naming the state an ambassador is recalled from', () => {
  it('puts both states in focus', () => {
    const story = {
      title: 'Envoy recalled',
      body: 'Mali recalled its ambassador from Algeria after a drone was shot down near the border.',
    };

    expect(focusOf(story)).toEqual(expect.arrayContaining(['ML', 'DZ']));
  });
});
