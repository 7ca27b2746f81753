import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { entitiesOf } from './entities-of.js';

const typeOf = (body: string, text: string) =>
  entitiesOf(body).find((e) => e.mentions.some((m) => m.text === text))?.type;

// review21 P2 and review22 findings: shapes of press releases, papers, firms and towns typed wrong.
describe('press-release shapes', () => {
  it('reads accounting standards and immunoglobulins as no names', () => {
    const body =
      'Halvorsen Therapeutics reported GAAP net income of $4 million. The drug treats IgA nephropathy.';

    expect(typeOf(body, 'GAAP')).toBeUndefined();
    expect(typeOf(body, 'IgA')).toBeUndefined();
  });

  it('reads "Name, M.D." as a physician, never Maryland', () => {
    const body = '"We are pleased," said Erik Halvorsen, M.D., founder and chief executive of the company.';
    const tagged = tagArticle({ body, language: 'en' });

    expect(typeOf(body, 'Erik Halvorsen')).toBe('person');
    expect(typeOf(body, 'M.D.')).toBeUndefined();
    expect(tagged.countries.map((c) => c.code)).not.toContain('US');
  });
});

describe('bodies', () => {
  it('keeps the court of "Supreme Court Justice X" opening a sentence', () => {
    const body = 'Supreme Court Justice Samuel Alito wrote the majority opinion on Friday.';

    expect(typeOf(body, 'Supreme Court')).toBe('organization');
    expect(typeOf(body, 'Samuel Alito')).toBe('person');
  });

  it('reads a firm after the word for its kind', () => {
    const body =
      'The odds were cut by bookmaker William Hill. State power utility Eskom warned of cuts. The German charity Sea-Watch said 40 people were rescued.';

    expect(typeOf(body, 'William Hill')).toBe('organization');
    expect(typeOf(body, 'Eskom')).toBe('organization');
    expect(typeOf(body, 'Sea-Watch')).toBe('organization');
  });

  it('reads "General" before ordinary words as a body, before a name as a rank', () => {
    const body =
      'Talks under the General Agreement on Tariffs and Trade resumed. The General Agreement on Tariffs and Trade was signed in 1947. General Petraeus said the surge worked.';

    expect(typeOf(body, 'General Agreement')).toBe('organization');
    expect(typeOf(body, 'Agreement')).toBeUndefined();
    expect(typeOf(body, 'Petraeus')).toBe('person');
  });
});

describe('towns no list knows', () => {
  it('are places after "in nearby" or "neighbouring"', () => {
    const body =
      'Residents in nearby Northfleet were told to leave. Police raided a store in neighbouring Chatelineaux.';

    expect(typeOf(body, 'Northfleet')).toBe('place');
    expect(typeOf(body, 'Chatelineaux')).toBe('place');
  });
});
