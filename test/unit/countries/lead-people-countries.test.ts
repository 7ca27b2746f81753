import { describe, expect, it } from 'vitest';
import { focusOf } from './focus-and-pairs.js';

describe('the countries of people who open the lead as its subject', () => {
  it('puts the countries of prize winners listed as "Name of Country" in focus', () => {
    // Arrange: each laureate's country is named once, in the lead, after the laureate.
    const story = {
      title: 'Three share Nobel physics prize for quantum circuits',
      body:
        'STOCKHOLM (Reuters) - Haruto Minegishi of Japan, Liam Carvell of Australia and Dana Okafor of the ' +
        'United States won the Nobel Prize in Physics on Tuesday for work on superconducting circuits.\n\n' +
        'The academy said the work had opened the way to quantum computers. Okafor works at a university ' +
        'in California.\n\nThe prize of 11 million crowns will be shared equally.',
    };

    // Act
    const focus = focusOf(story);

    // Assert
    expect(focus).toEqual(expect.arrayContaining(['AU', 'JP', 'US']));
  });

  it('puts both players of a final in focus, and the host of the tournament filed from after them', () => {
    // Arrange
    const story = {
      title: 'Morandi beats Salvat to win Paris Masters',
      body:
        'PARIS, Nov 2 (Reuters) - Luca Morandi of Italy beat Pablo Salvat of Spain 6-4 7-6 on Sunday to win the ' +
        'Paris Masters, his fourth title of the season.\n\nThe world number one saved two set points in the ' +
        'second set.\n\n"It was a very tough match," Morandi said.\n\nSalvat said he was proud of his week in ' +
        'the French capital.',
    };

    // Act
    const focus = focusOf(story);

    // Assert: France hosts the Paris Masters and files the story (wild37 \u260510: desks file by venue).
    expect(focus).toEqual(['ES', 'FR', 'IT']);
  });

  it('leaves out the country of a speaker who opens the lead', () => {
    // Arrange: the chairman speaks; the story is about the talks, not his country.
    const story = {
      title: 'Rubber talks adjourn without deal',
      body:
        'GENEVA, March 3 - Tomas Verhoef of Belgium, the conference chairman, said producers and consumers ' +
        'remained far apart on the reference price.\n\nConsumers want a lower floor price, delegates said. ' +
        'Talks will resume in April.\n\nA new pact needs the support of most producers.',
    };

    // Act
    const focus = focusOf(story);

    // Assert
    expect(focus).not.toContain('BE');
  });

  it("leaves out a scorer's country when the clubs' result follows (a league match is the clubs')", () => {
    // Arrange
    const story = {
      title: 'Rovers rout United',
      body:
        'Tomas Lindqvist of Sweden scored twice as Blackburn Rovers thrashed Leeds United 4-0 on Saturday.\n\n' +
        'The win lifted Rovers to third in the table.',
    };

    // Act
    const focus = focusOf(story);

    // Assert
    expect(focus).not.toContain('SE');
  });

  it("puts the winner's country in focus when a title opens the lead before him (wild50 C3)", () => {
    // Arrange
    const story = {
      body:
        'OSLO, June 12 - Olympic champion Tomas Verner of the Czech Republic won the 1,500 metres at the Bislett ' +
        "Games on Thursday. Kenya's Peter Rono was second.",
    };

    // Act
    const focus = focusOf(story);

    // Assert
    expect(focus).toContain('CZ');
  });
});
