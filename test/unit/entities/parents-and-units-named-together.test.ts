import { describe, expect, it } from 'vitest';
import { mentionsOf } from './entities-of.js';

// Session 44 (mendE44): a group's unit and its parent both named ("Toyota Industries" and "Toyota Motor") are two
// organisations, and the group's word alone ("Toyota said") is not the unit's; a group named in passing does not take
// the word alone from the story's own firm (read44: "Samsung Electronics … Samsung Group chairman … Samsung said").

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

  it('gives the word alone to the story’s own firm, not to a group named in passing', () => {
    const chips = mentionsOf(
      'Samsung Electronics said on Thursday its chip profit doubled. Samsung Group chairman Lee Jae-yong met ' +
        'suppliers in Texas. Samsung said memory prices would keep rising.',
    );
    const ports = mentionsOf(
      'Adani Ports reported a 30% rise in quarterly profit on Monday. Adani Group shares rose 2%. Adani said ' +
        'container volumes grew 9%.',
    );

    expect(chips).toContain('organization:samsung: Samsung Electronics | Samsung');
    expect(ports).toContain('organization:adani-ports: Adani Ports | Adani');
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
