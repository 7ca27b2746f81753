import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { mentionsOf } from './entities-of.js';

/** "id: mention | mention" of each entity the whole tagger finds, sorted. */
const tagged = (body: string, title?: string) =>
  tagArticle({ body, title })
    .entities.map((e) => `${e.id}: ${e.mentions.map((m) => m.text).join(' | ')}`)
    .sort();

describe("Britain's and Canada's wire credits in a dateline", () => {
  it('reads "(PA)" as the dateline, no firm named PA and no person of the first word', () => {
    // Arrange
    const body = 'DOVER, March 9 (PA) - More than 800 people crossed the Channel in small boats on Sunday.';

    // Act
    const result = tagArticle({ body });

    // Assert
    expect(result.dateline?.text).toBe('DOVER, March 9 (PA) -');
    expect(result.entities.map((e) => e.id)).not.toContain('organization:pa');
    expect(result.entities.map((e) => e.id)).not.toContain('person:more');
  });

  it('reads "(CP)" as the dateline', () => {
    expect(
      tagArticle({ body: 'TORONTO (CP) - Ontario will raise the minimum wage in October.' }).dateline?.text,
    ).toBe('TORONTO (CP) -');
  });
});

describe('a name of two words glued by a figure', () => {
  it('is a body, not a person, when it speaks', () => {
    expect(mentionsOf('Groups including Help4Harbours said the new rules would cost lives.')).toContain(
      'organization:help4harbours: Help4Harbours',
    );
  });
});

describe('two peoples hyphened', () => {
  it('are the two nationalities, not a firm, before a person', () => {
    const lines = mentionsOf('Moscow freed Russian-American chemist Olga Petrenko on Friday.');

    expect(lines).toContain('nationality:ru: Russian');
    expect(lines).toContain('nationality:us: American');
    expect(lines.some((l) => l.includes('Russian-American'))).toBe(false);
  });

  it('are the two nationalities, not a person, before "citizen"', () => {
    const lines = mentionsOf('Police held Igor Lenz, a German-Russian citizen, at the airport.');

    expect(lines).toContain('nationality:de: German');
    expect(lines).toContain('nationality:ru: Russian');
    expect(lines.some((l) => l.includes('German-Russian'))).toBe(false);
  });
});

describe('a prize and its field', () => {
  it('leaves the field after "Prize in" no place', () => {
    const lines = mentionsOf('Dana Whitlock won the 2026 Nobel Prize in Physics on Tuesday.');

    expect(lines.some((l) => l.startsWith('place:'))).toBe(false);
    expect(lines).toContain('other:nobel-prize: Nobel Prize');
  });

  it('keeps a town after "Prize in" a place', () => {
    expect(mentionsOf('She received the Nobel Peace Prize in Oslo.')).toContain(
      'place:geonames:3143244: Oslo',
    );
  });

  it('reads a headline\'s "Nobel physics prize" as the prize, no person', () => {
    expect(
      mentionsOf('Dana Whitlock wins it.', 'Two share Nobel physics prize for quantum sensors'),
    ).toContain('other:nobel: Nobel');
  });
});

describe('a performer with a name in capitals', () => {
  it('is one person named as written, also where the headline reads a firm', () => {
    // Arrange
    const title = "Norway's KK wins song contest in Turin";
    const body = 'TURIN, May 17 (AP) - Norwegian singer KK won the song contest on Saturday with a ballad.';

    // Act
    const lines = tagged(body, title);

    // Assert
    expect(lines).toContain('person:kk: KK | KK');
    expect(lines.some((l) => l.startsWith('organization:kk'))).toBe(false);
  });
});

describe('a club named by its town', () => {
  it('is the club when it signs a player named by position', () => {
    expect(mentionsOf('Leicester signed Norway striker Lars Vik from Brentford on Monday.')).toContain(
      'organization:leicester: Leicester',
    );
  });

  it('leaves the town a place when it signs a deal', () => {
    expect(mentionsOf('Liverpool signed a trade deal with Shanghai on Monday.')).toContain(
      'place:geonames:2644210: Liverpool',
    );
  });

  it('does not take the town of the dateline', () => {
    // Arrange
    const body =
      'LIVERPOOL, England, Aug 30 (Reuters) - Liverpool signed Norway striker Lars Vik from Brentford on Saturday. Liverpool manager Arne Slot said Vik was fit.';

    // Act
    const lines = tagged(body);

    // Assert
    expect(lines).toContain('place:geonames:2644210: LIVERPOOL');
    expect(lines).toContain('organization:liverpool: Liverpool | Liverpool');
  });
});

describe('Georgia the US state', () => {
  it('is one entity, the state, for its abbreviation, its name and its governor', () => {
    // Arrange
    const body =
      'MACON, Ga., June 2 (AP) - A woman was charged with arson on Tuesday, police said.\n\nDeputies arrested her in Warner Robins, Georgia. Georgia Gov. Brian Kemp said the state would help the owners.';

    // Act
    const lines = tagged(body);

    // Assert
    expect(lines).toContain('place:georgia-us-state: Ga. | Georgia | Georgia');
    expect(lines.some((l) => l.startsWith('place:iso:GE') || l.startsWith('place:georgia:'))).toBe(false);
  });

  it("names the state for its governor's title in a US story", () => {
    const body =
      'MACON, Ga., June 2 (AP) - A fire destroyed a church.\n\nGeorgia Gov. Brian Kemp said the state would help.';

    expect(tagged(body)).toContain('place:georgia-us-state: Ga. | Georgia');
  });

  it('keeps the country in a story from Tbilisi', () => {
    const body = "TBILISI (Reuters) - Georgia's parliament passed the law on Tuesday despite protests.";

    expect(tagged(body)).toContain('place:iso:GE: Georgia');
  });
});

describe('places named in a list after a plural place noun', () => {
  it('are places after "provinces including"', () => {
    const lines = mentionsOf('Floods hit coastal provinces including Binh Lac and Tay Hoa on Monday.');

    expect(lines).toContain('place:binh-lac: Binh Lac');
    expect(lines).toContain('place:tay-hoa: Tay Hoa');
  });
});

describe('a seat in parliament', () => {
  it('is a place, named by one town or two, before "by-election"', () => {
    const lines = mentionsOf(
      'Reform won the Runcorn and Helsby by-election, and Labour held the Caerphilly by-election.',
    );

    expect(lines).toContain('place:helsby: Helsby');
    expect(
      lines.some((l) => l.startsWith('organization:runcorn') || l.startsWith('organization:caerphilly')),
    ).toBe(false);
  });

  it('leaves a kind of seat before "constituency" no place', () => {
    expect(mentionsOf('The table shows turnout in each Parliamentary constituency.')).toEqual([]);
  });

  it('leaves a party before "by-election" no place', () => {
    expect(
      mentionsOf('A Reform by-election win shocked the Conservatives.').some((l) => l.startsWith('place:')),
    ).toBe(false);
  });
});

describe('teams named by a town and a plural nickname', () => {
  it('are clubs in a result on a page with no other sports words', () => {
    const lines = mentionsOf('The Denver Nuggets beat the New York Knicks 118-105 on Saturday.');

    expect(lines).toContain('organization:denver-nuggets: Denver Nuggets');
    expect(lines).toContain('organization:new-york-knicks: New York Knicks');
  });
});

describe("a continent's agency", () => {
  it('is one body, named by the continent and an acronym', () => {
    expect(mentionsOf('The Africa CDC kept its continental emergency in place.')).toEqual([
      'organization:africa-cdc: Africa CDC',
    ]);
  });
});

describe("a party named by a people's word", () => {
  it('is a body when an apposition calls it the ruling party', () => {
    expect(mentionsOf('Armenian Future, the ruling party, won the vote on Sunday.')).toContain(
      'organization:armenian-future: Armenian Future',
    );
  });
});
