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

describe('two countries at the launch of what they made together are no guests', () => {
  it('reads no guests at the launch of a jointly built satellite', () => {
    const text =
      'Indian Prime Minister Arjun Mehta and French President Claire Dubois attended the launch of a jointly built ' +
      'weather satellite on Friday, the result of six years of work by their engineers.';

    expect(guests(text, 'French')).toBe(false);
  });

  it('reads no guests when the tail names cooperation between their agencies', () => {
    const text =
      'Brazilian President Lucas Ferreira and Chinese Premier Zhao Min attended the launch of an earth observation ' +
      'satellite on Tuesday, the fruit of a decade of cooperation between their space agencies.';

    expect(guests(text, 'Chinese')).toBe(false);
  });

  it('reads no guests at the launch of a ship they built together', () => {
    const text =
      'Korean President Han Jisoo and Polish President Marek Nowak attended the launch of the frigate they built ' +
      'together at the Gdansk yard.';

    expect(guests(text, 'Polish')).toBe(false);
  });

  it('keeps guests who merely sat together at a ceremony', () => {
    const text =
      'Rwandan President Paul Kagame and Burundian President Evariste Ndayishimiye attended the inauguration ' +
      'together and left before the parade.';

    expect(guests(text, 'Burundian')).toBe(true);
  });
});
