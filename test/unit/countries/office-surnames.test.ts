import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const codesOf = (title: string, body: string) =>
  tagArticle({ title, body, language: 'en' }).countries.map((c) => c.code);

describe('an office word after a country that is also a given name', () => {
  it('reads "Jordan King" followed by a verb as a footballer, not Jordan', () => {
    const codes = codesOf(
      'Jordan King scores twice for Wrexham',
      'WREXHAM, Wales, Dec 2 - Jordan King scored twice as Wrexham beat Stoke 3-1 on Tuesday.',
    );

    expect(codes).not.toContain('JO');
  });

  it('reads "Chad King," and "Jordan President," before an apposition as people', () => {
    const lawyer = codesOf(
      'Lawyer wins appeal',
      'HOUSTON, Dec 2 - Chad King, a Houston lawyer, won an appeal on Tuesday over a pipeline spill.',
    );
    const director = codesOf(
      'Club elects new chairman',
      "LEEDS, England, Dec 2 - Jordan President, the club's longest-serving director, was elected chairman.",
    );

    expect(lawyer).not.toContain('TD');
    expect(director).not.toContain('JO');
  });

  it("still reads the office before its holder's name as the country", () => {
    const codes = codesOf(
      'Talks on water',
      'AMMAN, Dec 2 - Jordan King Abdullah met Chad President Mahamat Deby on Tuesday to discuss water.',
    );

    expect(codes).toContain('JO');
    expect(codes).toContain('TD');
  });
});
