import { describe, expect, it } from 'vitest';
import { focusAndPairs } from './focus-and-pairs.js';

// wild38b ★4: a label headline over a lead that names only a part of the world left nothing in focus.
const tag = (title: string, body: string) => focusAndPairs({ title, body });

describe('a lead that names a part of the world and no country', () => {
  it('gives way to the next sentence, which says where', () => {
    // Arrange
    const body = [
      'BLITZER: Breaking news out of the Middle East right now.',
      'Israel says it has received the remains of another hostage from Hamas.',
      'Jeremy Diamond is in Tel Aviv. Jeremy, what are you hearing?',
      "DIAMOND: Wolf, the Israeli prime minister's office confirmed the handover through the Red Cross in Gaza.",
    ].join(' ');

    // Act
    const { focus, pairs } = tag('CNN NEWSROOM transcript', body);

    // Assert
    expect(focus).toEqual(['IL', 'PS']);
    expect(pairs).toEqual(['IL-PS']);
  });

  // Session 43 (wild43 ★1): a short scene that names no country gives way too (lead-after-opener.test.ts); a news lead
  // that names none is kept.
  it('gives way after a short scene that names no part of the world either', () => {
    const body = [
      'It was a night of surprises.',
      'Israel says it has received the remains of another hostage from Hamas.',
      'Jeremy Diamond is in Tel Aviv. Jeremy, what are you hearing?',
      "DIAMOND: Wolf, the Israeli prime minister's office confirmed the handover through the Red Cross in Gaza.",
    ].join(' ');

    expect(tag('CNN NEWSROOM transcript', body).focus).toEqual(['IL', 'PS']);
  });

  it('is kept when it is a news lead that names no place', () => {
    const body = [
      'The opposition leader has backed stem cell research, saying it is important that people are not frightened of the future.',
      'The issue was a feature of recent election campaigns in the United States and Italy.',
      'He told an audience in a speech that scientists should be free to pursue it.',
    ].join(' ');

    expect(tag('Opposition backs stem cell research', body).focus).toEqual([]);
  });
});
