import { describe, expect, it } from 'vitest';
import { guestsAfter } from '../../../functions/core/countries/guests.js';

/** Whether the words after `second` in `text` make the two countries before it guests. */
const guests = (text: string, second: string) => guestsAfter(text, text.indexOf(second) + second.length);

describe('two countries at their own event are no guests', () => {
  it('reads no guests at the opening of a bridge linking their countries', () => {
    const text =
      'Romanian President Andrei Popa and Bulgarian President Stefan Ivanov attended the opening of a third ' +
      'bridge linking their countries on Friday.';

    expect(guests(text, 'Bulgarian')).toBe(false);
  });

  it('reads no guests at the signing of a truce not named as between others', () => {
    const text =
      'Chinese Vice Premier Liu Wen and U.S. Commerce Secretary Mark Hale attended the signing of a six-month ' +
      'tariff truce on Monday, ending a year of rising duties.';

    expect(guests(text, 'U.S.')).toBe(false);
  });

  it('keeps guests at the signing of a deal between others', () => {
    const text =
      'Rwandan President Paul Kagame and Burundian President Evariste Ndayishimiye attended the signing of the ' +
      'peace deal between Armenia and Azerbaijan in Washington.';

    expect(guests(text, 'Burundian')).toBe(true);
  });

  it('keeps guests at a ceremony that names no owner', () => {
    const text =
      'Rwandan President Paul Kagame and Burundian President Evariste Ndayishimiye both attended the ceremony ' +
      'near the Kenyan border with their wives.';

    expect(guests(text, 'Burundian')).toBe(true);
  });
});
