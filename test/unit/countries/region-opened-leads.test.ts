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

  it('is kept when it names no part of the world either', () => {
    const body = [
      'It was a night of surprises.',
      'Israel says it has received the remains of another hostage from Hamas.',
      'Jeremy Diamond is in Tel Aviv. Jeremy, what are you hearing?',
      "DIAMOND: Wolf, the Israeli prime minister's office confirmed the handover through the Red Cross in Gaza.",
    ].join(' ');

    expect(tag('CNN NEWSROOM transcript', body).focus).toEqual([]);
  });
});
