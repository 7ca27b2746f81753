import { describe, expect, it } from 'vitest';
import { briefFocusAndPairs } from './focus-and-pairs.js';

// One-line briefs "<Country> said <demonym> strikes killed …": the speaker is the country attacked and the attacker
// it names acts too (places50, wild50 C2). Sentences written for these tests.
const read = briefFocusAndPairs;

describe("a short item's speaker reporting an attack on it", () => {
  it('pairs the speaker with the attacker named by its strikes as a noun', () => {
    // Act
    const found = read('Syria said Turkish drone strikes killed five people near Qamishli on Friday.');

    // Assert
    expect(found.focus).toEqual(['SY', 'TR']);
    expect(found.pairs).toContain('SY-TR');
  });

  it('pairs the speaker with the country whose ships or planes it says crossed or rammed', () => {
    // Act
    const rammed = read('Vietnam said Chinese vessels had rammed two of its fishing boats.');
    const crossed = read('Seoul said 12 North Korean aircraft crossed the border on Tuesday.');

    // Assert
    expect(rammed.pairs).toContain('CN-VN');
    expect(crossed.pairs).toContain('KP-KR');
  });

  it("leaves a speaker reporting another country's figures out of the clause", () => {
    // Act
    const found = read("Japan said China's exports rose 5% in October.");

    // Assert
    expect(found.pairs).toEqual([]);
  });
});
