import { describe, expect, it } from 'vitest';
import { entityWith, mentionsOf } from './entities-of.js';

describe('a possessive whose owner is a name of its own', () => {
  it('after "the" and a body’s head word is the body named before, and the committee a body of its own', () => {
    // Arrange
    const body =
      "LONDON - The Bank of England held interest rates at 4 percent on Thursday. Two members of the Bank's Monetary Policy Committee voted for a cut, and the Bank said inflation would fall.";

    // Act
    const found = mentionsOf(body);

    // Assert
    expect(found).toContain('organization:bank-of-england: Bank of England | Bank | Bank');
    expect(found).toContain('organization:monetary-policy-committee: Monetary Policy Committee');
  });

  it('after an acronym or a listed body’s short form names the owner’s body', () => {
    const body =
      "WASHINGTON - The IMF's Executive Board approved a $3 billion loan to Ruritania on Friday. NATO's Military Committee meets in Brussels next week.";

    const found = mentionsOf(body);

    expect(found).toContain('organization:executive-board: Executive Board');
    expect(found).toContain('organization:military-committee: Military Committee');
    expect(entityWith(body, 'NATO')).toBe('organization:nato: NATO');
  });

  it('after the surname of a person the text named in full is that person’s firm', () => {
    const body =
      "NEW YORK - Financier Carl Rourke made a new offer on Monday. Rourke's Meridian Airlines Inc said it would bid $52 a share for Coastal Air.";

    const found = mentionsOf(body);

    expect(found).toContain('organization:meridian-airlines: Meridian Airlines Inc');
    expect(found.some((line) => line.includes("Rourke's Meridian"))).toBe(false);
  });

  it('keeps a firm or a body named with a possessive whole', () => {
    const body =
      "Moody's Investors Service cut the rating on Monday. McDonald's Corp said sales rose. The Children's Society said poverty was rising, and BJ's Wholesale Club opened two stores.";

    const found = mentionsOf(body);

    expect(entityWith(body, "Moody's Investors Service")).toBeDefined();
    expect(entityWith(body, "McDonald's Corp")).toBeDefined();
    expect(entityWith(body, "Children's Society")).toBeDefined();
    expect(found.some((line) => line.includes("BJ's Wholesale Club"))).toBe(true);
  });
});

describe('a body’s head word alone after "the"', () => {
  it('is no person where the text names no body it opens', () => {
    const body =
      'AMSTERDAM - Money market rates eased after the Bank set special advances at 4.8 billion guilders, dealers said.';

    expect(entityWith(body, 'Bank')).toBe('organization:bank: Bank');
  });

  it('stays apart from two bodies it could name', () => {
    const body =
      'TOKYO - The Bank of Japan and the Bank of Korea met on Monday. Dealers said the Bank would wait.';

    expect(entityWith(body, 'Bank of Japan')).toBe('organization:bank-of-japan: Bank of Japan');
    expect(entityWith(body, 'Bank of Korea')).toBe('organization:bank-of-korea: Bank of Korea');
  });
});

describe('two bodies joined by "and"', () => {
  it('are two where the lead word of the first opens the second', () => {
    const body = 'TOKYO - Dealers said the Bank of Japan and Bank of England bought dollars on Tuesday.';

    const found = mentionsOf(body);

    expect(found).toContain('organization:bank-of-japan: Bank of Japan');
    expect(found).toContain('organization:bank-of-england: Bank of England');
  });

  it('are two where the first ends in its head word, an administration', () => {
    const body =
      'WASHINGTON - Ginnie Mae guarantees securities backed by Federal Housing Administration and Veterans Administration loans.';

    expect(entityWith(body, 'Veterans Administration')).toBe(
      'organization:veterans-administration: Veterans Administration',
    );
  });

  it('are two where the second opens with "New"', () => {
    const body =
      'NEW YORK - Aside from Harbor Motels and New Dawn Pictures, no issuer of such bonds has defaulted.';

    expect(entityWith(body, 'New Dawn Pictures')).toBeDefined();
  });

  it('stay one where "and" joins two sectors or two fields of a body', () => {
    const body =
      'The Ministry of Trade and Industry and the Bank of Credit and Commerce met. Pacific Gas and Electric Co raised rates.';

    const found = mentionsOf(body);

    expect(entityWith(body, 'Ministry of Trade and Industry')).toBeDefined();
    expect(entityWith(body, 'Bank of Credit and Commerce')).toBeDefined();
    expect(found.some((line) => line.includes('Pacific Gas and Electric Co'))).toBe(true);
  });
});

describe('a ministry named with its portfolio list (review23 ★8)', () => {
  it('keeps the list of ordinary words closed by "and" in its name', () => {
    const body =
      'LONDON - She moves to the Ministry of Housing, Communities and Local Government, and he takes over the Department for Environment, Food and Rural Affairs.';

    const found = mentionsOf(body);

    expect(entityWith(body, 'Ministry of Housing, Communities and Local Government')).toBeDefined();
    expect(entityWith(body, 'Department for Environment, Food and Rural Affairs')).toBeDefined();
    expect(found.some((line) => line.startsWith('organization:food:'))).toBe(false);
  });

  it('stops before a list of bodies', () => {
    const body =
      'LONDON - Officials from the Ministry of Defence, Foreign Office and Treasury met on Monday.';

    expect(entityWith(body, 'Ministry of Defence')).toBe(
      'organization:defence-ministry: Ministry of Defence',
    );
  });
});
