import { describe, expect, it } from 'vitest';
import { entityWith, mentionsOf } from './entities-of.js';

describe('a given name before "and" and a full name (review23 ★4)', () => {
  it('shares the surname of the full name', () => {
    // Arrange
    const body =
      'MANCHESTER - Liam and Noel Gallagher played to 70,000 fans on Saturday. Serena and Venus Williams watched.';

    // Act
    const found = mentionsOf(body);

    // Assert
    expect(found).toContain('person:liam-gallagher: Liam');
    expect(found).toContain('person:serena-williams: Serena');
  });

  it('keeps the surname the article gives that first name elsewhere', () => {
    const body = 'Kamala Harris arrived on Monday. Kamala and Doug Emhoff waved to the crowd.';

    expect(entityWith(body, 'Kamala')).toBe('person:kamala-harris: Kamala Harris | Kamala');
  });
});

describe('a listed newsmaker whose name opens with a function word (review23 ★3)', () => {
  it('is the person after a title and at a sentence start', () => {
    const body =
      'MOSCOW - Vietnamese Communist Party chief To Lam met the Russian president on Friday. To Lam later flew to Beijing.';

    expect(mentionsOf(body)).toContain('person:to-lam: To Lam | To Lam');
  });
});

describe('a Korean given name whose last syllable is an English word (review23 ★2)', () => {
  it('stays in the name after the family name', () => {
    const body =
      'SEOUL - Unification Minister Chung Dong-young said talks would resume. The soprano Park Ji-young sang, and the conductor Kim Min-jun bowed.';

    const found = mentionsOf(body);

    expect(found).toContain('person:chung-dong-young: Chung Dong-young');
    expect(found).toContain('person:park-ji-young: Park Ji-young');
    expect(found).toContain('person:kim-min-jun: Kim Min-jun');
  });

  it('is no name after an English prefix', () => {
    const body = 'SEOUL - Samsung Co-founder Lee Byung-chul built the group.';

    expect(entityWith(body, 'Lee Byung-chul')).toBe('person:lee-byung-chul: Lee Byung-chul');
  });
});

describe('a country named with "and" in the possessive (review23 r23-70)', () => {
  it('is one place', () => {
    const body =
      "PORT OF SPAIN - Trinidad and Tobago's Prime Minister Kamla Persad-Bissessar spoke on Monday, and Bosnia and Herzegovina's president replied.";

    const found = mentionsOf(body);

    expect(found).toContain('place:iso:TT: Trinidad and Tobago');
    expect(found).toContain('place:iso:BA: Bosnia and Herzegovina');
  });
});

describe('a parent introduced after a pronoun ("He is the son of …")', () => {
  it('holding an office is the one a later bare surname names', () => {
    const body =
      'NEW YORK - Eric Trump launched a mining company on Monday. He is the son of President Donald Trump. Trump, who took office in January, has praised the industry.';

    expect(entityWith(body, 'Donald Trump')).toBe('person:donald-trump: Donald Trump | Trump');
  });

  it('who held an office in the past stays the relative', () => {
    const body =
      "LA PAZ - Centrist senator Rodrigo Paz won Bolivia's runoff on Sunday. He is the son of former president Jaime Paz Zamora. Paz promised to cut fuel subsidies.";

    expect(entityWith(body, 'Rodrigo Paz')).toBe('person:rodrigo-paz: Rodrigo Paz | Paz');
  });
});
