import { describe, expect, it } from 'vitest';
import { entityWith, mentionsOf } from './entities-of.js';

describe('a nickname inside a person’s name', () => {
  it('in brackets is part of the mention, not of the name', () => {
    // Arrange
    const body =
      'YANGON - James Leander (Leo) Nichols, a close friend of the opposition leader, died in jail on Saturday. Nichols was 65.';

    // Act
    const found = mentionsOf(body);

    // Assert
    expect(found).toContain('person:james-leander-nichols: James Leander (Leo) Nichols | Nichols');
  });

  it('in quotes may hold "of", and pre-tokenised text may space the quotes off', () => {
    const body =
      'PANAMA CITY 1996-08-30\nBoxing legend Roberto " Hands of Stone " Arrieta climbs into the ring on Saturday .\nArrieta , 45 , has won 100 fights .';

    expect(mentionsOf(body)).toContain(
      'person:roberto-arrieta: Roberto " Hands of Stone " Arrieta | Arrieta',
    );
  });

  it('is no country in brackets after a player', () => {
    const body = 'LONDON - Tim Henman (Britain) beat Greg Rusedski (Britain) 6-4 6-4 on Friday.';

    expect(entityWith(body, 'Tim Henman')).toBe('person:tim-henman: Tim Henman');
  });
});

describe('a monarch’s first numeral', () => {
  it('joins the name after a royal title', () => {
    const found = mentionsOf('1951 - Belgian King Baudouin I crowned . He reigned until 1993 .');

    expect(found).toContain('person:baudouin-i: Baudouin I');
  });

  it('is no numeral where the pronoun follows a name', () => {
    const found = mentionsOf('LONDON - When I met Tony I said no, and Tony left early.');

    expect(found.some((line) => line.includes('Tony I'))).toBe(false);
  });
});

describe('a place’s name opening a desk’s at a line start', () => {
  it('keeps its first word', () => {
    const body = 'The rig utilization rate was 91.1 percent .\n-- New York Energy Desk 212-859-1620';

    expect(entityWith(body, 'New York Energy Desk')).toBeDefined();
  });
});

describe('titles and possessives around bodies (review22)', () => {
  it('reads "Chief Adviser" as a title', () => {
    const body =
      "DHAKA - Bangladesh's interim leader, Chief Adviser Muhammad Yunus, said on Monday the vote would be held in February.";

    expect(mentionsOf(body)).toContain('person:muhammad-yunus: Muhammad Yunus');
  });

  it('keeps a leader’s possessive apart from her party’s league', () => {
    const body =
      "DHAKA - Hasina's Awami League has been barred from the vote. Hasina fled to India last year, and supporters of Hasina protested on Monday.";

    const found = mentionsOf(body);

    expect(found).toContain('organization:awami-league: Awami League');
    expect(found).toContain('person:sheikh-hasina: Hasina | Hasina | Hasina');
  });

  it('reads "Lloyd\'s of London" as one firm, and "Lloyd\'s" as its short name', () => {
    const body =
      "LONDON - Lloyd's of London reported a profit on Monday. Lloyd's chairman said claims from the Red Sea fell.";

    expect(mentionsOf(body)).toContain("organization:lloyds-of-london: Lloyd's of London | Lloyd's");
  });
});

describe('a firm named with "\'s"', () => {
  it('keeps the "\'s" in its short mentions', () => {
    const body = "NEW YORK - Moody's Investors Service Inc cut the rating on Monday. Moody's said debt rose.";

    expect(mentionsOf(body)).toContain(
      "organization:moodys-investors-service: Moody's Investors Service Inc | Moody's",
    );
  });

  it('in pre-tokenised text is one name with the spaced "\'s", with the id of the written form', () => {
    const body =
      "KARACHI 1996-08-22\nPakistan People 's Party leader Benazir Bhutto said on Thursday the government would fall .";

    expect(mentionsOf(body)).toContain("organization:pakistan-peoples-party: Pakistan People 's Party");
  });
});

describe('a surname’s particle written in lower case', () => {
  it('is no name alone where a sentence opens with the same word', () => {
    const found = mentionsOf(
      'MADRID - El ministro Juan Ramón de la Fuente viajará a Washington. La ministra dijo que la visita sería breve.',
    );

    expect(found.some((line) => line.includes('| La'))).toBe(false);
  });
});

// read22 F7 and F11: the pronoun "I" after a monarch's name, and abbreviations or a country after a bracketed nickname.
describe('a monarch’s name before the pronoun "I"', () => {
  it('keeps the pronoun out of the name when a lower-case word follows', () => {
    const body =
      'LONDON (Reuters) - A nurse was knighted by King Charles on Tuesday. "When I met King Charles I was shaking," she told reporters. The King thanked her.';

    const found = mentionsOf(body);

    expect(found.some((line) => line.startsWith('person:charles-i:'))).toBe(false);
    // (The king himself is named by his regnal name: reigning-names.ts.)
    expect(found.some((line) => line.startsWith('person:charles-iii:'))).toBe(true);
  });
});

describe('brackets after a name', () => {
  it('hold a state, no nickname, when their letters are not the name’s initials', () => {
    const body = 'WASHINGTON - Senator Jack Reed (R.I.) Democrats said they agreed on the bill.';

    expect(entityWith(body, 'Jack Reed')).toBe('person:jack-reed: Jack Reed');
  });

  it('end the name at the surname after a nickname', () => {
    const body = 'Leading scores: 1. Jonathan (Jon) Rahm Spain 66 2. Rory McIlroy Northern Ireland 67';

    expect(entityWith(body, 'Jonathan (Jon) Rahm')).toBe('person:jonathan-rahm: Jonathan (Jon) Rahm');
  });
});

describe('a person’s possessive before a league for a cause', () => {
  it('leaves the person and the party apart, spaced "\'s" or not', () => {
    const body =
      "RANGOON 1996-08-30\nPolice detained members of Suu Kyi 's National League for Democracy ( NLD ) on Friday . Suu Kyi said 20 were held .";

    expect(entityWith(body, 'National League for Democracy')).toBe(
      'organization:national-league-for-democracy: National League for Democracy | NLD',
    );
  });
});
