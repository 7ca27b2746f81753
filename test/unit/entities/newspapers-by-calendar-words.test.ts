import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

const typeOf = (body: string, text: string) =>
  entitiesOf(body).find((e) => e.mentions.some((m) => m.text === text))?.type;

// "Sun" and "Sunday" are calendar words the chunker drops; a few newspapers are named by them.
describe('a newspaper named by a calendar word', () => {
  it('is an organization before "newspaper" and after "told the"', () => {
    const body =
      'Boxer Frank Bruno has quit the ring on medical advice , Britain \'s Sun newspaper reported on Friday .\nHis doctor told the Sun : " There is a risk . "';

    expect(typeOf(body, 'Sun')).toBe('organization');
  });

  it('is an organization when "the Sun" reports', () => {
    expect(typeOf('The Sun said the minister would resign on Monday.', 'Sun')).toBe('organization');
  });

  it('is an organization when "Sunday" opens a paper’s name', () => {
    const body = 'The Sunday Telegraph quoted a spokeswoman as saying she had been warned.';

    expect(typeOf(body, 'Sunday Telegraph')).toBe('organization');
    expect(typeOf('The Sunday Express said the claim was wrong.', 'Sunday Express')).toBe('organization');
  });

  it('is no entity as the star or a date', () => {
    const body =
      "Scientists said the Sun's corona was hotter than expected. Light from the Sun reaches Earth in eight minutes. The paper said on Sunday Times were hard.";

    expect(typeOf(body, 'Sun')).toBeUndefined();
    expect(typeOf(body, 'Sunday Times')).toBeUndefined();
  });
});
