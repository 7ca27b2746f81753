import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

/** "text/id" of each mention the whole tagger finds in a body. */
function mentionIds(body: string): string[] {
  return tagArticle({ body }).entities.flatMap((e) => e.mentions.map((m) => `${m.text}/${e.id}`));
}

describe("a results list's country codes in brackets", () => {
  it("reads each competitor's code as the country's nationality, not a body", () => {
    const ids = mentionIds(
      'Second round: Pablo Ruiz (ESP x3) bt Tom Hardy (GBR) 6-4 6-3; Luca Conti (ITA) bt Jan Berg (GER) 7-5 6-2.',
    );

    expect(ids).toContain('ESP/nationality:es');
    expect(ids).toContain('GBR/nationality:gb');
    expect(ids).toContain('ITA/nationality:it');
    expect(ids).toContain('GER/nationality:de');
    expect(ids.filter((m) => m.includes('/organization:'))).toEqual([]);
  });

  it("reads the home nations of British sport and a rider's code before his team's", () => {
    const ids = mentionIds(
      'Leading scores: 270 Sam Reid (SCO) 66 68 70 66, Owen Price (WAL) 67 69 68 66. Stage winner: Ivo Novak (SLO/XYZ).',
    );

    expect(ids).toContain('SCO/nationality:gb');
    expect(ids).toContain('WAL/nationality:gb');
    expect(ids).toContain('SLO/nationality:si');
  });

  it("reads a code alone after a person's full name", () => {
    expect(mentionIds('Sean Walsh (NIR) shot a 66 on Sunday.')).toContain('NIR/nationality:gb');
  });

  it("leaves a body's acronym that spells its initials or stands alone after a body's name", () => {
    const ids = mentionIds(
      'The Iraqi News Agency (INA) said the talks would resume. The Movement Toward Socialism (MAS) lost the vote.',
    );

    expect(ids.filter((m) => m.includes('nationality:id') || m.includes('nationality:my'))).toEqual([]);
  });
});
