import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

const names = (body: string) => entitiesOf(body).map((e) => `${e.type}:${e.name}`);

describe('a body beside a title or its leader', () => {
  // The portfolio between a body's acronym and the title is the title's ("Farm Commissioner").
  it('keeps the acronym alone before a portfolio and a title', () => {
    const body = 'EC Farm Commissioner Frans Andriessen said the plan would cost 500 million ECUs.';

    expect(names(body)).toEqual(expect.arrayContaining(['organization:EC', 'person:Frans Andriessen']));
    expect(names(body)).not.toContain('organization:EC Farm');
  });

  // "the X Party of <leader>": the person after "of" leads the party.
  it('ends a party’s name before its leader’s', () => {
    const body =
      'The Kurdistan Democratic Party of Massoud Barzani took the town. The Bharatiya Janata Party of Atal Behari Vajpayee won.';

    expect(names(body)).toEqual(
      expect.arrayContaining([
        'organization:Kurdistan Democratic Party',
        'person:Massoud Barzani',
        'organization:Bharatiya Janata Party',
        'person:Atal Behari Vajpayee',
      ]),
    );
  });

  it('keeps names whose "of" is no leader', () => {
    const body =
      'The Party of Regions lost. The Party of European Socialists met. The Democratic Party of Japan won.';

    expect(names(body)).toEqual(
      expect.arrayContaining([
        'organization:Party of Regions',
        'organization:Party of European Socialists',
        'organization:Democratic Party of Japan',
      ]),
    );
  });

  // read21 F7: a plural noun or a place the gazetteer knows after "of" ends the body's own name.
  it('keeps a party named after its members or its region whole', () => {
    const body =
      "BUDAPEST - The liberal Alliance of Free Democrats said on Tuesday it would leave the coalition. In Itanagar, the People's Party of Arunachal Pradesh named a new chief.";

    expect(names(body)).toEqual(
      expect.arrayContaining([
        'organization:Alliance of Free Democrats',
        "organization:People's Party of Arunachal Pradesh",
      ]),
    );
    expect(names(body)).not.toContain('place:Arunachal Pradesh');
  });
});
