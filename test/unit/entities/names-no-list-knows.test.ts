import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

const typed = (body: string, title?: string) => entitiesOf(body, title).map((e) => `${e.name}/${e.type}`);

describe('names no list knows that their context says are no person', () => {
  it('reads an article or an ordinal before the name, an apposition and a gang as no person', () => {
    const names = typed(
      'Flamengo won a fourth Copa Libertadores on Saturday. Police ' +
        'arrested members of the Tren de Aragua gang. Provincias Unidas, a group of centrist governors, came ' +
        'third. Fosen Vind, owned by Statkraft, must pay compensation. Farmers depend on the Syr Darya.',
    );

    expect(names).toContain('Copa Libertadores/other');
    expect(names).toContain('Tren de Aragua/organization');
    expect(names).toContain('Provincias Unidas/organization');
    expect(names).toContain('Fosen Vind/organization');
    expect(names).toContain('Syr Darya/other');
    expect(names.filter((n) => n.endsWith('/person'))).toEqual([]);
  });

  it('reads places by the noun after them, festivals as events, listed groups and acronyms as bodies', () => {
    const names = typed(
      "The eruption of the Hunga Tonga-Hunga Ha'apai volcano closed Salgado Filho international airport. " +
        'Drought hit the Bay and Bakool regions. Muslims celebrated Eid al-Fitr as attacks by Boko Haram went ' +
        'on. Banks were cut from the SWIFT messaging system at the Mercosur summit.',
    );

    expect(names).toContain("Hunga Tonga-Hunga Ha'apai/place");
    expect(names).toContain('Salgado Filho/place');
    expect(names).toContain('Bakool/place');
    expect(names).toContain('Eid al-Fitr/other');
    expect(names).toContain('Boko Haram/organization');
    expect(names).toContain('SWIFT/organization');
    expect(names).toContain('Mercosur/organization');
  });

  it('reads the dateline town as the place wherever only the default typed it', () => {
    const names = typed('KOUROU, French Guiana - An Ariane 6 rocket lifted off from Kourou on Tuesday.');

    expect(names).toContain('Kourou/place');
    expect(names).not.toContain('Kourou/organization');
  });

  it('shows a listed name as the article spells it and joins a club named without its town', () => {
    const names = typed(
      'Kylian Mbappé scored twice as Real Madrid beat Bayern Munich 2-1. Bayern had led at half-time.',
      'Real Madrid beat Bayern',
    );

    expect(names).toContain('Kylian Mbappé/person');
    expect(names).toContain('Bayern Munich/organization');
    expect(names).not.toContain('Bayern/organization');
  });
});
