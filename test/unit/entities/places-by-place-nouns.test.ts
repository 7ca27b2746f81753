import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

const typeOf = (body: string, text: string) =>
  entitiesOf(body).find((e) => e.mentions.some((m) => m.text === text))?.type;

// Vietnamese, Lao and Bosnian places whose words are also given names (Ben, Dong, Tam, Don) or ordinary
// words ("An") are named beside a place noun: that noun says place.
describe('a name beside a place noun', () => {
  it('is a place after "the province of" and before "province"', () => {
    expect(typeOf('Floods hit the province of Ben Tre on Monday.', 'Ben Tre')).toBe('place');
    expect(typeOf('Floods hit Ben Tre province on Monday.', 'Ben Tre')).toBe('place');
  });

  it('is a place for every name of a list a plural place noun opens or closes', () => {
    const body =
      'Floods hit the provinces of Ben Tre and Dong Thap on Monday. The towns of Hoi An and Tam Ky were cut off, as were Binh Duong and Dong Nai provinces.';

    for (const place of ['Ben Tre', 'Dong Thap', 'Hoi An', 'Tam Ky', 'Dong Nai'])
      expect(typeOf(body, place)).toBe('place');
  });

  it('is a place after "towns such as" and before "crossing"', () => {
    const body =
      'Refugees returned to towns such as Brcko and Srebrenica. Officials met at the Erez crossing on Monday.';

    expect(typeOf(body, 'Brcko')).toBe('place');
    expect(typeOf(body, 'Srebrenica')).toBe('place');
    expect(typeOf(body, 'Erez')).toBe('place');
  });

  it('leaves a person who speaks and a firm named by its head word', () => {
    const body = 'Ben Smith said the port of Tanjung Pelepas Co would grow. The state of Texas sued.';

    expect(typeOf(body, 'Ben Smith')).toBe('person');
  });
});
