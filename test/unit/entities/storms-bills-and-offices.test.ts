import { describe, expect, it } from 'vitest';
import { entitiesOf, typedNames } from './entities-of.js';

describe("a storm's name alone", () => {
  it('joins the named storm', () => {
    const entities = entitiesOf(
      'Hurricane Doria made landfall in Jamaica. Doria is forecast to cross Cuba. Typhoon Kalem hit Luzon; Kalem weakened.',
    );
    const storm = entities.find((e) => e.name === 'Hurricane Doria');
    const typhoon = entities.find((e) => e.name === 'Typhoon Kalem');

    expect(storm?.mentions.map((m) => m.text)).toEqual(['Hurricane Doria', 'Doria']);
    expect(typhoon?.mentions.map((m) => m.text)).toEqual(['Typhoon Kalem', 'Kalem']);
  });
});

describe('"the Bill" and "the Budget" in parliamentary copy', () => {
  it('reads no person in "the Bill" or "a similar Bill", and no place in "the Budget"', () => {
    const entities = entitiesOf(
      "The Safe Streets Bill cleared the Commons. Supporters of the Bill said it was fair, and a similar Bill failed. In next week's Budget taxes rise. Bill said he was pleased.",
    );
    const bill = entities.find((e) => e.id === 'person:bill');

    expect(bill?.mentions.map((m) => m.start)).toEqual([
      "The Safe Streets Bill cleared the Commons. Supporters of the Bill said it was fair, and a similar Bill failed. In next week's Budget taxes rise. "
        .length,
    ]);
    expect(entities.filter((e) => e.name === 'Budget')).toEqual([]);
  });
});

describe('offices and post-nominals the lists lacked', () => {
  it('splits Cabinet Secretary, "Minister for X", police ranks and KC off the person', () => {
    const entities = typedNames(
      'Chief Cabinet Secretary Hiroto Mori told reporters. Minister for Finance Michael Doyle said. Detective Superintendent Danny Reid said. Const. Amar Gill and Cpl. Jane Doe were hurt. Kerri Judd KC said.',
    );

    for (const person of [
      'Hiroto Mori',
      'Michael Doyle',
      'Danny Reid',
      'Amar Gill',
      'Jane Doe',
      'Kerri Judd',
    ])
      expect(entities).toContain(`${person}/person`);
    expect(entities.filter((e) => /Cabinet|Cpl|Const|Finance|KC/.test(e))).toEqual([]);
  });

  it('keeps the employer after "a spokesman for"', () => {
    expect(typedNames('a spokesman for Delta Airlines said the flight was late.')).toContain(
      'Delta Airlines/organization',
    );
  });
});
