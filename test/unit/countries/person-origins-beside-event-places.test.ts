import { describe, expect, it } from 'vitest';
import { tagStory } from './focus-and-pairs.js';

const read = (body: string, title = '') =>
  tagStory({ title, body }).countries.map((c) => `${c.code}${c.focus ? '*' : ''}`);

// Invented briefs (session 62, review61's ★2 on origins): a private person named by where they come from lives,
// travels or works where the story happens; that place's country is the story's.
describe('a private person named by their origin in a story set in another country', () => {
  it("reads the state after the town a clause ends on as the event's place, though its police speak", () => {
    const tagged = read('A Polish hiker was found dead near a lake in Banff, Alberta police said on Monday.');

    expect(tagged).toEqual(['CA*', 'PL']);
  });

  it('puts where the event happens in focus, the origin a side', () => {
    // Arrange
    const immigrant =
      'A Portuguese immigrant who opened a bakery in Fall River, Massachusetts, in 1988 was named citizen of the year on Friday. Maria Costa came from the Azores at 19.';
    const student =
      'A 16-year-old exchange student from Norway drowned in a lake in rural Ohio on Sunday, the sheriff said.';
    const workers = 'Bangladeshi workers laid the tracks of a new metro line in Riyadh, the contractor said.';
    const tourists = 'Korean tourists crowded the beaches in Bali in record numbers in July.';

    // Act
    const tagged = [immigrant, student, workers, tourists].map((body) => read(body));

    // Assert
    expect(tagged).toEqual([
      ['US*', 'PT'],
      ['US*', 'NO'],
      ['SA*', 'BD'],
      ['ID*', 'KR'],
    ]);
  });

  it('reads the same in a longer story whose lead the focus comes from', () => {
    // Arrange
    const body =
      'A Dutch backpacker was found safe in northern Queensland on Tuesday after five days lost in the bush. The Dutch woman was spotted from a helicopter. She was taken to hospital.';

    // Act
    const tagged = read(body, 'Missing hiker found alive');

    // Assert
    expect(tagged[0]).toBe('AU*');
    expect(tagged).toContain('NL');
  });

  it('keeps the origin in focus when the people act for home, or are no private people', () => {
    // Arrange
    const remittances = 'Nepali workers in Malaysia sent home $2 billion last year, the central bank said.';
    const troops = 'Russian troops shelled three villages in eastern Ukraine on Tuesday.';
    const firm =
      'A Japanese company has agreed to buy a shuttered paper mill in Bangor, Maine, for $25 million.';

    // Act
    const tagged = [remittances, troops, firm].map((body) => read(body));

    // Assert
    expect(tagged[0]).toContain('NP*');
    expect(tagged[1]).toEqual(expect.arrayContaining(['RU*', 'UA*']));
    expect(tagged[2]).toEqual(expect.arrayContaining(['JP*', 'US*']));
  });

  it("reads no event place in a noun's own place, nor people abroad who act for home (review62)", () => {
    // Arrange
    const held = 'Colombian families of soldiers held in Venezuela protested outside the defence ministry.';
    const returned = 'Thousands of Afghan refugees returned home from Pakistan after the border reopened.';
    const exiled = 'Belarusian students in exile rallied in Vilnius against the crackdown.';

    // Act
    const tagged = [held, returned, exiled].map((body) => read(body));

    // Assert
    expect(tagged[0]).toEqual(['CO*', 'VE']);
    expect(tagged[1]).toEqual(expect.arrayContaining(['AF*', 'PK*']));
    expect(tagged[2]![0]).toBe('BY*');
  });
});
