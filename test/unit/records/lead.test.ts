import { describe, expect, it } from 'vitest';
import { LEAD_MAX, leadOf } from '../../../functions/core/records/lead.js';

describe('the lead a list shows of a story without a title', () => {
  it('is the first sentence after the dateline and its dash', () => {
    const body =
      'OSLO, Norway \u2014 Norway will buy 12 new frigates from Britain, the defence ministry said on Friday. The deal is worth $10 billion.';

    expect(leadOf(body, 'OSLO, Norway \u2014')).toBe(
      'Norway will buy 12 new frigates from Britain, the defence ministry said on Friday.',
    );
  });

  it('reads past an abbreviation and a title before a name', () => {
    const body = 'Gov. Maria Lopez signed the U.S. budget bill into law on Tuesday. Lawmakers cheered.';

    expect(leadOf(body, undefined)).toBe('Gov. Maria Lopez signed the U.S. budget bill into law on Tuesday.');
  });

  it('joins a sentence broken over lines and cuts a long one at a word, with an ellipsis', () => {
    const long = `The central bank ${'raised its benchmark rate again '.repeat(8)}on Thursday.`;

    const lead = leadOf(`  The bank\nmet today to weigh rates and jobs data. ${long}`, undefined);
    const cut = leadOf(long, undefined);

    expect(lead).toBe('The bank met today to weigh rates and jobs data.');
    expect(cut?.length).toBeLessThanOrEqual(LEAD_MAX);
    expect(cut?.endsWith('\u2026')).toBe(true);
    expect(long.startsWith(`${cut?.slice(0, -1)} `)).toBe(true);
  });

  it('is nothing for an empty body', () => {
    expect(leadOf(' \n ', undefined)).toBeUndefined();
  });
});
