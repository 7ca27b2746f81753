import { describe, expect, it } from 'vitest';
import { entitiesOf, typedNames, typesOf } from './entities-of.js';

// Company news in the wire's pre-tokenised shape: a sentence-case headline line, a dateline line, then one
// sentence a line. Firms no list knows, named bare (no "Plc", no "the company"), were read as people (wild51 W22).
describe('a firm no list knows, in its own results, deal or boardroom story (wild51 W22)', () => {
  it('reads the name before its result in the headline, and its speaker in the body, as the firm', () => {
    const types = typesOf(
      entitiesOf(
        'Torvane first-half profit rises 15 pct .\nLONDON 1996-09-02\n' +
          'Torvane said on Monday first-half pretax profit rose 15 percent to 82 million pounds .\n' +
          'The shares rose 4 pence .',
      ),
    );

    expect(types.get('Torvane')).toEqual(['organization', 'organization']);
  });

  it('reads a firm of two words before a quarter loss that widens as the firm', () => {
    const types = typesOf(
      entitiesOf(
        'Halvorsen Kraft Q3 loss widens .\nOSLO 1996-09-02\n' +
          'Halvorsen Kraft said its third-quarter net loss widened to 12 million crowns .',
      ),
    );

    expect(types.get('Halvorsen Kraft')).toEqual(['organization', 'organization']);
  });

  it('reads a firm that completes an acquisition, or says "it completed" one, as the firm', () => {
    const types = typesOf(
      entitiesOf(
        'Brellmark completes acquisition .\nCHICAGO 1996-09-02\n' +
          'Brellmark said Monday it completed the acquisition of a Texas rival for about 40 million dollars .',
      ),
    );

    expect(types.get('Brellmark')).toEqual(['organization', 'organization']);
  });

  it('reads a firm that names its chief executive or finance officer as the firm', () => {
    const headline = typesOf(
      entitiesOf(
        'Quillon names new chief executive .\nNEW YORK 1996-09-02\n' +
          'Quillon named Peter Hargreave chief executive on Monday .',
      ),
    );
    const prose = typedNames('Quillon appointed Mary Denholm as its chief financial officer on Tuesday.');

    expect(headline.get('Quillon')).toEqual(['organization', 'organization']);
    expect(headline.get('Peter Hargreave')).toEqual(['person']);
    expect(prose).toEqual(expect.arrayContaining(['Quillon/organization', 'Mary Denholm/person']));
  });

  it('reads a firm that expects higher earnings as the firm', () => {
    const types = typesOf(
      entitiesOf(
        'Vendrix sees higher earnings .\nNEW YORK 1996-09-02\n' +
          'Vendrix said on Monday it expected third-quarter earnings to rise .',
      ),
    );

    expect(types.get('Vendrix')).toEqual(['organization', 'organization']);
  });

  it('leaves people who share a lead, lose a match, name a chief of staff or speak of profits as people', () => {
    const lead = typesOf(
      entitiesOf('Tennis news .\nLONDON 1996-09-02\nDenholm loss drops her to second in the rankings .'),
    );
    const staff = typesOf(
      entitiesOf(
        'Yeltsin names new chief of staff .\nMOSCOW 1996-09-02\nYeltsin named Anatoly Chubais chief of staff on Monday .',
      ),
    );
    const analyst = typesOf(
      entitiesOf(
        'Analyst Peter Marlow of Kleinwort Benson said profits would recover .\n' +
          'Marlow said first-half profit rose more than expected .',
      ),
    );
    const ambassador = typedNames('Clinton named John Smith ambassador to Japan on Monday.');

    expect(lead.get('Denholm')).toEqual(['person']);
    expect(staff.get('Yeltsin')).toEqual(['person', 'person']);
    expect(analyst.get('Marlow')).toEqual(['person']);
    expect(ambassador).toContain('Clinton/person');
  });

  it('reads no name into the labels of a results table or the earnings of a country', () => {
    const table = entitiesOf(
      'Qtly dividend 15 cts vs 14 cts\nNet profit 23.4 mln dlrs vs loss 11.8 mln\nOperating profit rose 3 pct .',
    );
    const country = typedNames(
      'U.K. Average earnings rose a seasonally adjusted 7.6 pct in the year to January.',
    );

    expect(table.map((e) => e.name)).toEqual([]);
    expect(country).not.toContain('U.K. Average/organization');
  });

  it("reads no result across a line break of one-sentence-a-line text (a table's header over its rows)", () => {
    const types = typesOf(
      entitiesOf('Forecasts .\nTOKYO 1996-09-02\n( Parent ) FORECAST FORECAST\nSales rose 9.06 vs 9.31'),
    );

    expect(types.get('FORECAST FORECAST') ?? []).not.toContain('organization');
  });

  it("leaves an appointee, a manager speaking of a firm's result, and a buyer of a club as people (read52 R8, R9)", () => {
    const appointee = typesOf(
      entitiesOf(
        'Kowalczyk named new chief executive .\nWARSAW 1996-09-02\n' +
          'Kowalczyk was named chief executive of the state telecoms firm on Monday .',
      ),
    );
    const manager = typesOf(
      entitiesOf(
        'Adebayo says first-half profit rose at Lagos Gas .\nLAGOS 1996-09-02\n' +
          'Adebayo said on Monday first-half profit rose at the state gas firm .',
      ),
    );
    const jobs = typesOf(
      entitiesOf(
        'Wanjiru to cut 300 jobs at Rift Valley Rail .\nNAIROBI 1996-09-02\nWanjiru said the jobs would go by June .',
      ),
    );
    const buyer = typesOf(
      entitiesOf(
        'Ferraresi completes takeover of Torino .\nTURIN 1996-09-02\n' +
          'Ferraresi , a businessman from Milan , said on Monday he had completed the purchase of the club .',
      ),
    );

    expect(appointee.get('Kowalczyk') ?? []).not.toContain('organization');
    expect(manager.get('Adebayo') ?? []).not.toContain('organization');
    expect(jobs.get('Wanjiru') ?? []).not.toContain('organization');
    expect(buyer.get('Ferraresi') ?? []).not.toContain('organization');
  });

  it('leaves an author whose book sales soar as a person (read52)', () => {
    const author = typesOf(
      entitiesOf(
        'Kowalczyk sales soar after film .\nLONDON 1996-09-02\nKowalczyk said on Monday her novel had sold two million copies .',
      ),
    );

    expect(author.get('Kowalczyk') ?? []).not.toContain('organization');
  });
});
