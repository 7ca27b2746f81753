import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const tag = (title: string, body: string) =>
  tagArticle({ title, body, language: 'en' }).countryPairs.map((p) => p.pair);

describe('force named in a country links only the country that uses it', () => {
  it('links no country where a charity treating victims of air strikes is based', () => {
    const pairs = tag(
      'Sudan clinics run short of fuel',
      'PORT SUDAN (Reuters) - Clinics in Sudan cut their hours on Monday as fuel ran short, health officials said. ' +
        'A charity based in Britain that treats victims of drone strikes in Sudan said its three field hospitals ' +
        'had fuel for a week. Donors have been asked for $80 million.',
    );

    expect(pairs).not.toContain('GB-SD');
  });

  it('links no country that refugees fled to from air strikes', () => {
    const pairs = tag(
      'Sudan clinics run short of fuel',
      'PORT SUDAN (Reuters) - Clinics in Sudan cut their hours on Monday as fuel ran short, health officials said. ' +
        'Families who reached Chad after fleeing air strikes in Sudan said the camps were full. Donors have been ' +
        'asked for $80 million.',
    );

    expect(pairs).not.toContain('SD-TD');
  });
});
