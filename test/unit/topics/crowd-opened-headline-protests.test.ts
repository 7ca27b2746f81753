import { describe, expect, it } from 'vitest';
import { topicIds } from './topic-ids.js';

// Session 45 (places45, read44 ★5): a headline "<seat or state> protests against …" over a body that opens on a
// marching crowd and names no government's note is the street's protest. Stories are invented.
const DEMONSTRATION = 'medtop:20000066';
const DIPLOMACY = 'medtop:20000639';

describe("a headline's protest over a body that opens on a crowd", () => {
  it('reads "The Hague protests against Israel" over a march as a demonstration, no diplomacy', () => {
    // Arrange
    const title = 'The Hague protests against Israel';
    const body =
      'Tens of thousands of people marched through The Hague on Sunday calling on the Dutch government to halt ' +
      'arms exports to Israel.';

    // Act
    const ids = topicIds(title, body);

    // Assert
    expect(ids).toContain(DEMONSTRATION);
    expect(ids).not.toContain(DIPLOMACY);
  });

  it('reads "La Paz protests against Chile\'s lithium deal" over a march as a demonstration', () => {
    // Arrange
    const title = "La Paz protests against Chile's lithium deal";
    const body =
      'Thousands of people marched through La Paz on Tuesday against a lithium deal with Chile, police said. ' +
      'Several demonstrators were arrested.';

    // Act
    const ids = topicIds(title, body);

    // Assert
    expect(ids).toContain(DEMONSTRATION);
    expect(ids).not.toContain(DIPLOMACY);
  });

  it('keeps a note lodged after a crowd gathered as diplomacy', () => {
    // Arrange
    const title = 'China protests to Japan over shrine visit';
    const body =
      'China lodged a strong protest with Japan on Tuesday after its prime minister visited the Yasukuni shrine, ' +
      'where hundreds of people gathered. The foreign ministry summoned the Japanese ambassador.';

    // Act
    const ids = topicIds(title, body);

    // Assert
    expect(ids).toContain(DIPLOMACY);
    expect(ids).not.toContain(DEMONSTRATION);
  });

  it("keeps a state's own note as diplomacy when its body names people or students, no crowd acting", () => {
    // Arrange
    const arms = 'CHINA PROTESTS U.S. ARMS SALE TO TAIWAN';
    const armsBody =
      'China on Monday condemned a $2 billion U.S. arms sale to Taiwan, saying it hurt the feelings of the Chinese ' +
      'people. Beijing urged Washington to cancel the deal at once.';
    const textbook = "Seoul protests Tokyo's textbook claim";
    const textbookBody =
      'South Korea on Tuesday demanded that Japan withdraw a school textbook that tells students the disputed ' +
      'islets are Japanese territory. The textbook will be used in 300 schools from April.';

    // Act
    const armsIds = topicIds(arms, armsBody);
    const textbookIds = topicIds(textbook, textbookBody);

    // Assert
    expect(armsIds).toContain(DIPLOMACY);
    expect(armsIds).not.toContain(DEMONSTRATION);
    expect(textbookIds).toContain(DIPLOMACY);
    expect(textbookIds).not.toContain(DEMONSTRATION);
  });

  it('reads a crowd that rallied over a headline protest as a demonstration', () => {
    // Arrange
    const title = 'Santiago protests against Israel';
    const body =
      'Thousands of people rallied in Santiago on Saturday against the war in Gaza. Police used water cannon ' +
      'near the presidential palace.';

    // Act
    const ids = topicIds(title, body);

    // Assert
    expect(ids).toContain(DEMONSTRATION);
    expect(ids).not.toContain(DIPLOMACY);
  });

  it('reads a march as a demonstration when the state it is against answers it (read45 on a7af2fc4)', () => {
    // Arrange
    const title = "La Paz protests against Chile's lithium deal";
    const body =
      'Thousands of people marched through La Paz on Tuesday against a lithium deal with Chile. Chile said the deal ' +
      'was legal and would benefit both countries.';

    // Act
    const ids = topicIds(title, body);

    // Assert
    expect(ids).toContain(DEMONSTRATION);
    expect(ids).not.toContain(DIPLOMACY);
  });
});
