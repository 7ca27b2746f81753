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
