import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { focusAndPairs, focusOf, story } from './focus-and-pairs.js';

// Session 50 (wild50 C14): the newsmakers list named today's office-holders only, so archive wire copy
// ("President Reagan said…", "Chancellor Kohl told…") and today's leaders of smaller countries named no
// country. entities/world-leaders.ts lists them. Stories are invented.
describe('leaders of past decades and of countries the newsmakers list left out', () => {
  it('reads a past leader named by surname or by office and surname as a voice of the country', () => {
    // Arrange
    const reagan = { body: 'President Reagan said the dollar should be stabilised at current levels.' };
    const kohl = { body: 'Chancellor Kohl told reporters on Monday that taxes would not rise.' };
    const major = { body: 'Prime Minister Major said on Tuesday that the pound would stay in the system.' };
    const yeltsin = { body: 'Yeltsin sacked Chernomyrdin on Monday.' };

    // Act
    const focus = [reagan, kohl, major, yeltsin].map(focusOf);

    // Assert
    expect(focus).toEqual([['US'], ['DE'], ['GB'], ['RU']]);
  });

  it('pairs the countries of two past leaders who meet', () => {
    // Arrange
    const article = story(
      'NAKASONE TO ASK REAGAN TO LIFT TARIFFS',
      'Prime Minister Yasuhiro Nakasone will ask President Reagan to lift the tariffs on electronics when the two meet next week, officials said.',
    );

    // Act
    const { focus, pairs } = focusAndPairs(article);

    // Assert
    expect(focus).toEqual(['JP', 'US']);
    expect(pairs).toEqual(['JP-US']);
  });

  it("reads today's leaders of smaller countries as their countries' voices", () => {
    // Arrange
    const bodies = [
      'Bukele said on Monday that the prison would be expanded.',
      'Tokayev said on Monday that the talks had been constructive.',
      'Prime Minister Edi Rama said Albania would not host the centres.',
    ];

    // Act
    const focus = bodies.map((body) => focusOf({ body }));

    // Assert
    expect(focus).toEqual([['SV'], ['KZ'], ['AL']]);
  });

  it('reads namesakes of leaders by surname, full name or office as the people they are (read50 R1, R10, R13)', () => {
    // Arrange
    const bodies = [
      'Romanian defender Sandu was sent off in the second half on Saturday.',
      'John Howard, 54, of Springfield, Illinois, was charged with burglary.',
      'Premier Clark said British Columbia would sue the federal government.',
      "Finance Minister Stoltenberg said Norway's oil fund would sell the shares.",
    ];

    // Act
    const focus = bodies.map((body) => focusOf({ body }));

    // Assert
    expect(focus).toEqual([['RO'], ['US'], ['CA'], ['NO']]);
  });

  it("leaves today's listed leaders' surnames, namesake stores and prizes as they were", () => {
    // Arrange
    const premierLi = 'Premier Li said the economy would grow by 5 percent this year.';
    const irishMartin = 'Prime Minister Martin said Ireland would stay neutral.';
    const store = "Kohl's said sales fell 5 percent in the quarter.";
    const prize = "The film won the Palme d'Or on Saturday.";

    // Act
    const people = [premierLi, irishMartin].map((body) =>
      tagArticle({ title: '', body, language: 'en' })
        .entities.filter((e) => e.type === 'person')
        .map((e) => e.id),
    );
    const countries = [store, prize].map((body) => focusOf({ body }));

    // Assert
    expect(people).toEqual([['person:li-qiang'], ['person:micheal-martin']]);
    expect(countries).toEqual([[], []]);
  });

  it('reads a Gulf surname alone as no Saudi voice, and the full name with its later surname as the minister (read50 final read)', () => {
    // Arrange
    const emirati = 'Naimi said the emirate would build a new port in Ajman.';
    const minister =
      'Saudi Oil Minister Ali al-Naimi said output would stay steady. Naimi said prices were fair.';

    // Act
    const emiratiFocus = focusOf({ body: emirati });
    const ministers = tagArticle({ title: '', body: minister, language: 'en' })
      .entities.filter((e) => e.type === 'person')
      .map((e) => [e.name, e.mentions.length]);

    // Assert
    expect(emiratiFocus).not.toContain('SA');
    expect(ministers).toEqual([['Ali al-Naimi', 2]]);
  });
});
