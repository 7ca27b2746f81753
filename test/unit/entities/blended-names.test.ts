import { describe, expect, it } from 'vitest';
import { entityWith } from './entities-of.js';

describe("a firm's word blended from the starts of its full name's words", () => {
  it('joins the full name the article gives', () => {
    const body =
      'MEXICO CITY - Petroleos Mexicanos said on Monday output fell 5 percent in October. Pemex blamed ageing fields.';

    expect(entityWith(body, 'Pemex')).toBe('organization:petroleos-mexicanos: Petroleos Mexicanos | Pemex');
  });

  it('joins a full name with its legal form', () => {
    const body =
      'RIO DE JANEIRO - Petroleo Brasileiro SA raised its output target on Friday. Petrobras said new fields would start next year.';

    expect(entityWith(body, 'Petrobras')).toBe(
      'organization:petroleo-brasileiro: Petroleo Brasileiro SA | Petrobras',
    );
  });

  it('leaves a firm whose word only starts like another name apart', () => {
    const body =
      'NEW YORK - General Motors said sales rose. Genmark Systems said it would cut jobs, and Genmark shares fell.';

    expect(entityWith(body, 'General Motors')).toBe('organization:general-motors: General Motors');
  });
});

describe('a word that only looks blended', () => {
  it("leaves a unit named after its parent and its legal form apart ('Millicorp' of 'Millipore Corp')", () => {
    const body =
      'BOSTON - Millipore Corp said its venture capital subsidiary, Millicorp, bought a stake in the company. Millipore shares rose.';

    expect(entityWith(body, 'Millicorp')).toBe('organization:millicorp: Millicorp');
  });

  it('leaves a name apart when the word skips one of its words', () => {
    const body =
      'SAN FRANCISCO - BankAmerica Corp said its unit Bank of America N.T. would sell the loans. BankAmerica shares fell.';

    expect(entityWith(body, 'Bank of America N.T.')).toBe(
      'organization:bank-of-america-nt: Bank of America N.T.',
    );
  });
});

describe('a blended word in capitals', () => {
  it('stays with the firm whose own name it is', () => {
    const body =
      'SAN FRANCISCO - BankAmerica Corp said it would sell the unit. Its Bank of America said loans rose. BankAmerica shares fell.';

    expect(entityWith(body, 'BANKAMERICA', 'BANKAMERICA <BAC> TO SELL BANKING UNIT')).toBe(
      'organization:bankamerica: BANKAMERICA | BankAmerica Corp | BankAmerica',
    );
  });
});
