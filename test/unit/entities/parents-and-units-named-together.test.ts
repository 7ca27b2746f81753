import { describe, expect, it } from 'vitest';
import { mentionsOf } from './entities-of.js';

// Session 44 (mendE44): a group's unit and its parent both named ("Toyota Industries" and "Toyota Motor", "Tata
// Motors" and "Tata Sons") are two organisations, and the group's word alone ("Toyota said") is the parent's.

describe('a parent firm and its unit named in one story', () => {
  it('gives the word alone to the parent when both are named in full', () => {
    // Arrange
    const body =
      'Toyota Industries agreed on Tuesday to a $33 billion buyout led by Toyota Motor. Toyota Industries ' +
      'makes forklifts and compressors. Toyota owns about 24% of the company and will tender its shares, ' +
      'Toyota said.';

    // Act
    const found = mentionsOf(body);

    // Assert
    expect(found).toEqual([
      'organization:toyota-industries: Toyota Industries | Toyota Industries',
      'organization:toyota: Toyota Motor | Toyota | Toyota',
    ]);
  });

  it('gives the word alone to the family holding over an operating unit', () => {
    const found = mentionsOf(
      'Tata Motors completed the split of its truck business on Wednesday. Tata Sons, the holding ' +
        'company, owns 44% of Tata Motors. Tata said the move would unlock value.',
    );

    expect(found).toEqual([
      'organization:tata-motors: Tata Motors | Tata Motors',
      'organization:tata-sons: Tata Sons | Tata',
    ]);
  });

  it('keeps a listed brand named alone apart from its unit named in full', () => {
    const found = mentionsOf(
      'Toyota Industries agreed on Tuesday to be taken private. Toyota owns about 24% of the forklift ' +
        'maker and will tender its shares, Toyota said.',
    );

    expect(found).toEqual([
      'organization:toyota-industries: Toyota Industries',
      'organization:toyota: Toyota | Toyota',
    ]);
  });

  it('still joins the word alone to the one firm the story names in full', () => {
    const found = mentionsOf(
      'Hyundai Motor said quarterly profit rose 12%. Hyundai shares gained 3% in Seoul.',
    );

    expect(found).toContain('organization:hyundai: Hyundai Motor | Hyundai');
  });
});
