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
