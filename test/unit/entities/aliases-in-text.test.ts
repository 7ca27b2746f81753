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
  it('joins an acronym or a ticker to the name before it, and its later mentions', () => {
    const acronym = entityWith(
      'The Manufacturers Association of Nigeria (MAN) urged the central bank to pause. MAN said factories were closing.',
      'MAN',
    );
    const ticker = entityWith('Reddit Inc. (RDDT) jumped in its market debut on Thursday.', 'RDDT');

    expect(acronym).toBe(
      'organization:manufacturers-association-of-nigeria: Manufacturers Association of Nigeria | MAN | MAN',
    );
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
  it('keeps the demonym opening a court named with "of"', () => {
    const names = mentionsOf(
      'Italy must comply with a judgment the European Court of Justice gave in October, Meloni said.',
    );

    expect(names).toContain('organization:european-court-of-justice: European Court of Justice');
    expect(names.some((line) => line.startsWith('nationality:'))).toBe(false);
  });
});
