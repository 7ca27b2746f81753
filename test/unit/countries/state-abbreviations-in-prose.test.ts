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
});
