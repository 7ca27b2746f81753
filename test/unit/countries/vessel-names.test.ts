import { describe, expect, it } from 'vitest';
import { focusOf, tagStory } from './focus-and-pairs.js';

// Session 46 (places46, wild45 item 23): a ship named after a city put the city's country in focus. Stories are
// invented.
describe("a city in a vessel's name", () => {
  it.each([
    ['A fire broke out on the container ship Maersk Hangzhou in the Red Sea on Sunday.', 'CN'],
    ['The ferry Berlin was delayed by storms on Monday, the operator said.', 'DE'],
    ['THE TANKER ATHENS SPIRIT WAS HIT BY A MISSILE IN THE GULF, SHIPPING SOURCES SAID.', 'GR'],
  ])('gives no country of the city for "%s"', (body, code) => {
    // Arrange
    const story = { title: 'Ship hit', body };

    // Act
    const focus = focusOf(story);

    // Assert
    expect(focus).not.toContain(code);
  });

  it('keeps a city a ship sails to or arrives in', () => {
    // Arrange
    const stories = [
      { body: 'The ship sailed to Hangzhou on Monday and unloaded 3,000 containers.' },
      { body: 'The vessel arrived in Shanghai on Monday after a 30-day voyage.' },
    ];

    // Act
    const focus = stories.map(focusOf);

    // Assert
    expect(focus).toEqual([['CN'], ['CN']]);
  });

  it('reads no words of a capitals headline between a vessel word and a city as a name', () => {
    // Arrange
    const story = {
      title: 'LIBERIAN SHIP STUCK IN SUEZ CANAL FREED BY TUGS',
      body: 'A Liberian ore carrier stuck in the Suez canal since Monday was freed by tugs, the canal authority said.',
    };

    // Act
    const focus = focusOf(story);

    // Assert
    expect(focus).toEqual(['EG', 'LR']);
  });

  // fixP46 (read46 on c176fb84): "ship" and "ferry" are verbs as well; what they carry is no vessel's name.
  it.each([
    ['US helicopters will ferry Kabul residents to the airport on Monday, officials said.', 'AF'],
    ['Traders would ship Odesa grain to Egypt next month under the new corridor.', 'UA'],
  ])('keeps the city a verb "ship" or "ferry" carries in "%s"', (body, code) => {
    // Arrange
    const story = { body };

    // Act
    const codes = tagStory(story).countries.map((c) => c.code);

    // Assert
    expect(codes).toContain(code);
  });
});
