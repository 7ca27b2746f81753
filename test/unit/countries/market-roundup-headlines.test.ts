import { describe, expect, it } from 'vitest';
import { focusAndPairs } from './focus-and-pairs.js';

describe('markets set side by side in a roundup', () => {
  it('does not pair two countries a headline names only by their currencies', () => {
    const { focus, pairs } = focusAndPairs({
      title: 'Kenyan shilling steady, Nigerian naira weakens',
      body:
        'NAIROBI, June 4 - The Kenyan shilling was stable on Wednesday, supported by tea and diaspora inflows, ' +
        'traders said.\n\nIn Lagos, the Nigerian naira weakened to 1,580 per dollar on the official market as ' +
        "importers bought dollars. Ghana's cedi was little changed.",
    });

    expect(focus).toEqual(['KE', 'NG']);
    expect(pairs).toEqual([]);
  });

  it('does not pair two markets a lead reports in turn under the dateline of one', () => {
    const { pairs } = focusAndPairs({
      title: 'South African rand firms; Turkish lira hits record low',
      body:
        "JOHANNESBURG, Aug 9 - South Africa's rand firmed 0.6% against the dollar on Friday as metal prices " +
        "rose, while Turkey's lira fell to a record low after the central bank held rates.\n\nSouth African " +
        'government bond yields fell.',
    });

    expect(pairs).toEqual([]);
  });

  it('still pairs two countries a sentence links beside their currencies', () => {
    const { pairs } = focusAndPairs({
      title: 'Brazil and Argentina sign gas deal; peso weakens',
      body:
        'BUENOS AIRES, Oct 2 - Argentina and Brazil signed an agreement on Wednesday for Argentine gas to flow ' +
        "to Brazilian industry, the energy ministries said.\n\nArgentina's peso weakened 1% in the official market.",
    });

    expect(pairs).toContain('AR-BR');
  });
});
