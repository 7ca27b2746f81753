import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

/** Each entity as "id: mention | mention …", sorted. */
function mentionsOf(body: string, title?: string): string[] {
  return entitiesOf(body, title)
    .map((e) => `${e.id}: ${e.mentions.map((m) => m.text).join(' | ')}`)
    .sort();
}

/** The entity holding a mention written so, as "id: mentions". */
function entityWith(body: string, text: string): string | undefined {
  return mentionsOf(body).find((line) => line.split(': ')[1]!.split(' | ').includes(text));
}

describe('a short form the text gives in brackets', () => {
  it('joins an acronym, a short form or a ticker to the name before it, and its later mentions', () => {
    const acronym = entityWith(
      'The Manufacturers Association of Nigeria (MAN) urged the central bank to pause. MAN said factories were closing.',
      'MAN',
    );
    const shortForm = entityWith(
      'Shell Plc and Petroliam Nasional Bhd (Petronas) agreed on Tuesday to develop a gas field. Petronas said output would start in 2027.',
      'Petronas',
    );
    const ticker = entityWith('Reddit Inc. (RDDT) jumped in its market debut on Thursday.', 'RDDT');

    expect(acronym).toBe(
      'organization:manufacturers-association-of-nigeria: Manufacturers Association of Nigeria | MAN | MAN',
    );
    expect(shortForm).toBe('organization:petroliam-nasional: Petroliam Nasional Bhd | Petronas | Petronas');
    expect(ticker).toBe('organization:reddit: Reddit Inc. | RDDT');
  });

  it('leaves a bracketed place after a person, and an acronym after a name the chunker cut, apart', () => {
    const place = mentionsOf('Mike Johnson (Louisiana) spoke on Monday.');
    const cut = mentionsOf(
      'The Securities and Exchange Commission (SEC) sued the firm. The SEC said it had lied.',
    );

    expect(place.some((line) => line.includes('Mike Johnson') && line.includes('Louisiana'))).toBe(false);
    expect(cut.some((line) => line.startsWith('organization:exchange-commission'))).toBe(false);
  });
});

describe('a name cut or glued to its neighbours', () => {
  it('keeps "Justice" ending a court before a full stop, and the demonym opening the court', () => {
    const names = mentionsOf(
      'Italy must comply with a recent judgment of the European Court of Justice. Meloni called the decision prejudiced.',
    );

    expect(names).toContain('organization:european-court-of-justice: European Court of Justice');
    expect(names.some((line) => line.startsWith('nationality:'))).toBe(false);
  });

  it('splits a firm or a people before a title from the holder the lists do not know', () => {
    const firm = mentionsOf(
      'QatarEnergy Chief Executive Saad al-Kaabi, who is also energy minister, signed the deal. Kaabi said more would follow.',
    );
    const people = mentionsOf(
      'Xi Jinping held talks with Lao President Thongloun Sisoulith in Beijing on Tuesday. Thongloun said the railway had helped trade.',
    );

    expect(firm).toContain('person:saad-al-kaabi: Saad al-Kaabi | Kaabi');
    expect(firm).toContain('organization:qatarenergy: QatarEnergy');
    expect(people).toContain('person:thongloun-sisoulith: Thongloun Sisoulith | Thongloun');
  });
});
