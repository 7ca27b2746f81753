import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

function countriesOf(body: string): { code: string; mentions: string[] }[] {
  return tagArticle({ body }).countries.map((c) => ({
    code: c.code,
    mentions: c.mentions.map((m) => m.text),
  }));
}

describe('states and provinces abbreviated in running text (wild52 X18)', () => {
  it('reads "in B.C." as British Columbia, in Canada', () => {
    const found = countriesOf(
      'Wildfires in B.C. forced 5,000 people from their homes on Saturday, officials said.',
    );

    expect(found).toEqual([{ code: 'CA', mentions: ['B.C.'] }]);
  });

  it('reads a province whose government acts, "The Ont. government"', () => {
    const found = countriesOf('The Ont. government said it would appeal the ruling.');

    expect(found).toEqual([{ code: 'CA', mentions: ['Ont.'] }]);
  });

  it('reads two US states the AP abbreviates, side by side', () => {
    const found = countriesOf('Heavy snow closed roads in Vt. and N.H. on Tuesday, state police said.');

    expect(found).toEqual([{ code: 'US', mentions: ['Vt.', 'N.H.'] }]);
  });

  it('leaves a year before Christ, a nota bene and abbreviations that are words alone', () => {
    expect(countriesOf('The port was built in 300 B.C. and rebuilt by the Romans.')).toEqual([]);
    expect(countriesOf('N.B. The figures are provisional.')).toEqual([]);
    expect(countriesOf('The prize went to Miss. Smith of the drama club.')).toEqual([]);
  });
  it("leaves a person's dotted initials before the surname alone (read52 R14)", () => {
    expect(
      countriesOf('The petition was filed by S.C. Sharma and N.C. Saxena in the Delhi High Court.'),
    ).toEqual([{ code: 'IN', mentions: ['Delhi'] }]);
    expect(
      countriesOf('The award went to S.D. Burman and R.D. Burman, whose songs defined Hindi cinema.'),
    ).toEqual([]);
  });

  it('leaves a name whose full stop ends the sentence alone (read52 R15)', () => {
    expect(countriesOf('Hatoyama resigned on Wednesday and handed power to Kan.')).toEqual([]);
    expect(countriesOf('The reindeer herders met government officials in Alta.')).toEqual([]);
  });
});
