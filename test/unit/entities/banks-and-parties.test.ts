import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

const typed = (body: string) => entitiesOf(body).map((e) => `${e.name}/${e.type}`);

describe('banks named "Bank X" and parties named like people', () => {
  it('reads a name opened by "Bank" as the bank, not a person called Bank', () => {
    const names = typed(
      'Bank Indonesia held its benchmark rate on Wednesday. In Kuala Lumpur, Bank Negara Malaysia kept its ' +
        'policy rate unchanged, and Bank Leumi reported higher profit.',
    );

    expect(names).toContain('Bank Indonesia/organization');
    expect(names).toContain('Bank Negara Malaysia/organization');
    expect(names).toContain('Bank Leumi/organization');
    expect(names.filter((n) => n.endsWith('/person'))).toEqual([]);
  });

  it('reads a given name alone as a party before its lawmakers or in an apposition that calls it one', () => {
    const names = typed(
      'Morena, the ruling party, won a two-thirds majority on Sunday. Morena lawmakers plan to pass the ' +
        'reform, and President Claudia Sheinbaum thanked voters.',
    );

    expect(names).toContain('Morena/organization');
    expect(names).toContain('Claudia Sheinbaum/person');
    expect(names).not.toContain('Morena/person');
  });

  it('joins a party named without "Party" to the party, but keeps a leader a party is named after a person', () => {
    const party = entitiesOf('The Jan Suraaj Party won no seats. Supporters of Jan Suraaj wept in Patna.');
    const leader = typed(
      'Robert Kilroy-Silk launched the Robert Kilroy-Silk Party on Monday. Robert Kilroy-Silk said it would fight every seat.',
    );

    expect(party.find((e) => e.name === 'Jan Suraaj Party')?.mentions.map((m) => m.text)).toEqual([
      'Jan Suraaj Party',
      'Jan Suraaj',
    ]);
    expect(leader).toContain('Robert Kilroy-Silk/person');
  });

  it('joins a firm written without its legal form or group word, also in capitals, but not a listed body', () => {
    const firm = entitiesOf(
      'UNION CARBIDE SETS PAYOUT\nUnion Carbide Corp said on Monday it would raise its dividend. Union Carbide shares rose.',
    );
    const fed = entitiesOf(
      'The Federal Reserve Board met. The Federal Reserve held rates, and the Fed said more was needed.',
    );

    expect(firm.filter((e) => e.name.toLowerCase().startsWith('union carbide')).map((e) => e.type)).toEqual([
      'organization',
    ]);
    expect(fed.find((e) => e.id === 'organization:federal-reserve')?.mentions.map((m) => m.text)).toEqual([
      'Federal Reserve',
      'Fed',
    ]);
  });
});
