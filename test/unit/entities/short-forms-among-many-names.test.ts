import { describe, expect, it } from 'vitest';
import { mentionsOf } from './entities-of.js';

/**
 * merge.ts looks a short form up among the article's firms and people by their names' words once it names two
 * dozen of either (a page of thousands of distinct names compared each with every other: read52's note A). Each
 * story below follows thirty firms or people with longer names, so its short form is looked up among them, and
 * joins its full name as a search of all of them would.
 */
const FILLER =
  'Borvan Calder Dunmore Elvast Fennick Gorvale Hartel Istvar Jorlund Kelvane Lorrick Morvane Norvik Pellin Quarrel Rostam Sellick Tamber Ulmar Varden Wexley Yarrow Zellick Abbot Brisk Cobble Dorrit Emsley Farrow Glenning'.split(
    ' ',
  );
const GIVEN = ['Maria Luisa', 'John Paul', 'Anna Maria'];
const FIRMS = FILLER.map((n, i) => `${n} ${FILLER[(i + 1) % 30]} Holdings Corp said profit rose.`).join(' ');
const PEOPLE = FILLER.map((n, i) => `${GIVEN[i % 3]} ${n} ${FILLER[(i + 2) % 30]} resigned.`).join(' ');

/** The story's entities as "id: mention | mention", the thirty before it left out. */
function storyMentions(preamble: string, story: string): string[] {
  return mentionsOf(`${preamble} ${story}`).filter((line) => !FILLER.some((n) => line.includes(n)));
}

describe('short forms in an article of many names', () => {
  it('joins a body’s name without a word inside it, or without its first words, to the full name', () => {
    const church = storyMentions(
      FIRMS,
      'The Ethiopian Orthodox Tewahedo Church held a synod. The Ethiopian Orthodox Church said it would meet again.',
    );
    const authority = storyMentions(
      FIRMS,
      'The Orvane Valley Water Authority raised prices. The Valley Water Authority said costs rose.',
    );

    expect(church).toEqual([
      'organization:ethiopian-orthodox-tewahedo-church: Ethiopian Orthodox Tewahedo Church | Ethiopian Orthodox Church',
    ]);
    expect(authority).toEqual([
      'organization:orvane-valley-water-authority: Orvane Valley Water Authority | Valley Water Authority',
    ]);
  });

  it('joins a firm’s name written run together to the firm', () => {
    const names = storyMentions(FIRMS, 'Time Warner Inc shares rose. TimeWarner said subscribers grew.');

    expect(names).toEqual(['organization:time-warner: Time Warner Inc | TimeWarner']);
  });

  it('joins a person’s last two words, a particle capitalised or not, to the full name', () => {
    const surnames = storyMentions(
      PEOPLE,
      'Maria Luisa Kowalczyk Brandt was sworn in on Monday. Kowalczyk Brandt said she would serve.',
    );
    const particle = storyMentions(PEOPLE, 'Eugene de Kock was jailed. De Kock said he was sorry.');

    expect(surnames).toEqual([
      'person:maria-luisa-kowalczyk-brandt: Maria Luisa Kowalczyk Brandt | Kowalczyk Brandt',
    ]);
    expect(particle).toEqual(['person:eugene-de-kock: Eugene de Kock | De Kock']);
  });
});
