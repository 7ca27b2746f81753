import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

const names = (body: string) => entitiesOf(body).map((e) => e.name);

// A firm's or a body's name may coordinate ordinary words with "and" after a name no list knows.
describe('a body named with "and"', () => {
  it('is one name after a word no list knows', () => {
    const body =
      'Pohang Iron and Steel Co said its output rose. The Amalgamated Engineering and Electrical Union backed the deal.';

    expect(names(body)).toEqual(
      expect.arrayContaining(['Pohang Iron and Steel Co', 'Amalgamated Engineering and Electrical Union']),
    );
  });

  it('is one name of four words before "and" and a word no list knows after it', () => {
    const body =
      'The September Bund future on the London International Financial Futures and Options Exchange ( LIFFE ) was trading at 97.18 .';

    expect(names(body)).toContain('London International Financial Futures and Options Exchange');
  });

  it('stays two names when either side is a firm the lists know', () => {
    const body = 'Ford Motor and General Motors Corp cut prices. Sony and Samsung Electronics Co rose.';

    expect(names(body)).toEqual(expect.arrayContaining(['Ford Motor', 'General Motors Corp', 'Sony']));
  });

  it('is closed by a firm’s head word, and an acronym, a country or a legal form before "and" ends a name', () => {
    const body =
      'First National Bank and Trust Co lent. Bell and Howell Co rose. The United States and McLeod Young Weir Ltd signed. Piedmont and PSA Inc. merged. Acme Corp and Widget Tools Inc merged.';

    expect(names(body)).toEqual(
      expect.arrayContaining([
        'First National Bank and Trust Co',
        'Bell and Howell Co',
        'United States',
        'PSA Inc.',
        'Acme Corp',
        'Widget Tools Inc',
      ]),
    );
  });

  // read21 F6: a firm the lists know before "and" is a name of its own, so the legal form after "and"
  // closes a second firm.
  it('stays two names when the run before "and" is a firm the lists know', () => {
    const body =
      'Bank shares were mixed in London. Standard Chartered and Prudential Plc edged lower, while Lloyds rose.';

    expect(names(body)).toEqual(expect.arrayContaining(['Standard Chartered', 'Prudential Plc']));
    expect(names(body)).not.toContain('Standard Chartered and Prudential Plc');
  });
});
