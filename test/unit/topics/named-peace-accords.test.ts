import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// Peace agreements known by a place's name (wild45 item 27). Stories are invented.
const PEACE_PROCESS = 'medtop:20000073';

describe('a peace agreement named after a place is the peace process', () => {
  it.each([
    [
      'the Oslo accords in a 1996 brief',
      "ISRAEL'S NETANYAHU TO MEET ARAFAT - AIDE",
      'JERUSALEM 1996-08-27 Israeli Prime Minister Benjamin Netanyahu will meet Palestinian President Yasser Arafat ' +
        'for the first time next week, an aide said on Tuesday. Palestinian negotiator Saeb Erekat said the meeting ' +
        "would test Israel's commitment to the Oslo accords.",
    ],
    [
      'the Dayton agreement',
      'Bosnian leaders mark 30 years since Dayton',
      'Bosnian leaders marked 30 years since the Dayton agreement on Friday, with officials saying the country ' +
        'still struggled with the divided government it created.',
    ],
    [
      'the Minsk agreements',
      'Envoys discuss Minsk agreements',
      'Envoys from four countries met in Berlin on Monday to discuss how to revive the Minsk agreements, a ' +
        'spokesman said.',
    ],
  ])('gives %s the peace process', (_case, title, body) => {
    // Act
    const result = tagArticle({ title, body });

    // Assert
    expect(result.topics.map((t) => t.id)).toContain(PEACE_PROCESS);
  });
});

describe('a place an accord is named after is no accord on its own (read45 on 1a25d7a5)', () => {
  it('gives a bushfire at Wye River no peace process', () => {
    // Act
    const result = tagArticle({
      title: 'Bushfire threatens homes on Great Ocean Road',
      body:
        'A bushfire threatened homes in Wye River on Sunday as strong winds fanned the flames, firefighters said. ' +
        'Residents of Lorne and Wye River were told to leave.',
    });

    // Assert
    expect(result.topics.map((t) => t.id)).not.toContain(PEACE_PROCESS);
  });

  it('still gives the Wye River memorandum the peace process', () => {
    // Act
    const result = tagArticle({
      title: 'Israel suspends Wye River memorandum',
      body: 'Israel said on Sunday it would suspend the Wye River memorandum until the Palestinians met its terms.',
    });

    // Assert
    expect(result.topics.map((t) => t.id)).toContain(PEACE_PROCESS);
  });
});
