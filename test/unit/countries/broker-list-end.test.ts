import { describe, expect, it } from 'vitest';
import { namedAsBroker } from '../../../functions/core/countries/party-links.js';

const brokerAt = (text: string, name: string) => {
  const start = text.lastIndexOf(name);
  return namedAsBroker(text, { field: 'body', start, end: start + name.length, text: name });
};

describe('the go-betweens listed after "by" end where "and" closes the list (read26 F6)', () => {
  it('reads no country after a closed list and a comma as a go-between', () => {
    const result = brokerAt(
      'Under a truce brokered by Norway and Oman, Chile and Peru swapped prisoners.',
      'Chile',
    );

    expect(result).toBe(false);
  });

  it('reads no speaker after a closed list of hosts as a host', () => {
    const result = brokerAt('The summit hosted by Kenya and Ghana, Nigeria said, failed.', 'Nigeria');

    expect(result).toBe(false);
  });

  it('still reads each go-between of an open list', () => {
    const text = 'A deal brokered by Saudi Arabia, Qatar and the United Arab Emirates was signed.';

    expect([brokerAt(text, 'Qatar'), brokerAt(text, 'United Arab Emirates')]).toEqual([true, true]);
  });
});
