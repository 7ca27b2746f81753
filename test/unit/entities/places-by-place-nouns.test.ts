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

  // read21 F8: "and" closed the list, so the name after the next comma is a speaker in apposition.
  it('leaves a person named after a closed list of provinces', () => {
    const body =
      'Landslides blocked roads in the provinces of Lao Cai and Yen Bai, Tran Quoc Hung, a provincial official, told state media on Tuesday. Tran Quoc Hung said rescue teams had reached the villages.';

    expect(typeOf(body, 'Tran Quoc Hung')).toBe('person');
    expect(
      entitiesOf(body)
        .filter((e) => e.type === 'place')
        .map((e) => e.name),
    ).not.toContain('Tran Quoc Hung');
  });

  // read21 F14: a crossing one travels on is a ferry's or a train's service, not a border point.
  it('leaves an operator whose crossing is ridden on', () => {
    const body =
      'Passengers on the Eurostar crossing to Paris waited for three hours on Friday after a signal fault, the company said.';

    expect(typeOf(body, 'Eurostar')).not.toBe('place');
  });
});
