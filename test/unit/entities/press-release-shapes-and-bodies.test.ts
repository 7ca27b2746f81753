import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { entitiesOf } from './entities-of.js';

const typeOf = (body: string, text: string) =>
  entitiesOf(body).find((e) => e.mentions.some((m) => m.text === text))?.type;

// review21 P2 and review22 findings: shapes of press releases, papers, firms and towns typed wrong.
describe('press-release shapes', () => {
  it('reads accounting standards, immunoglobulins and glued units as no names', () => {
    const body =
      'Halvorsen Therapeutics reported GAAP net income of $4 million. The drug treats IgA nephropathy. The player holds 5GB of music.';

    expect(typeOf(body, 'GAAP')).toBeUndefined();
    expect(typeOf(body, 'IgA')).toBeUndefined();
    expect(typeOf(body, 'GB')).toBeUndefined();
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

  it('reads "The Mail on Sunday" as a paper, and "on Sunday" after other names as a date', () => {
    const body =
      'The Mail on Sunday apologised to the minister. A spokesman for the Independent on Sunday agreed. Independent on Sunday, officials said.';

    expect(typeOf(body, 'Mail on Sunday')).toBe('organization');
    expect(typeOf(body, 'Independent on Sunday')).toBe('organization');
  });

  it('reads a firm after the word for its kind, capitalised or not', () => {
    const body =
      'Bookmaker William Hill said profits rose 12 percent. State power utility Eskom warned of cuts. The German charity Sea-Watch said 40 people were rescued.';

    expect(typeOf(body, 'William Hill')).toBe('organization');
    expect(typeOf(body, 'Eskom')).toBe('organization');
    expect(typeOf(body, 'Sea-Watch')).toBe('organization');
  });

  it('reads "General" before ordinary words as a body, before a name as a rank', () => {
    const body =
      'Talks under the General Agreement on Tariffs and Trade resumed. The General Agreement on Tariffs and Trade was signed in 1947. General Petraeus said the surge worked.';

    expect(typeOf(body, 'General Agreement on Tariffs and Trade')).toBe('organization');
    expect(typeOf(body, 'Agreement')).toBeUndefined();
    expect(typeOf(body, 'Petraeus')).toBe('person');
  });
});

describe('towns no list knows', () => {
  it('are places after "in nearby" and at the end of a journey', () => {
    const body =
      'Residents in nearby Northfleet were told to leave. The ferry to Tilbury was cancelled. The survivors were taken to Lampedusa.';

    expect(typeOf(body, 'Northfleet')).toBe('place');
    expect(typeOf(body, 'Tilbury')).toBe('place');
    expect(typeOf(body, 'Lampedusa')).toBe('place');
  });
});

// read22 F14: "General" before an event's word opening a sentence made the event a body.
describe('"General" before an event', () => {
  it('reads "The General Election" and "the General Strike" as events, one election', () => {
    const body =
      'Prime Minister Rishi Sunak called a General Election for July 4. The General Election campaign will last six weeks. Unions remembered the General Strike of 1926.';

    const elections = entitiesOf(body).filter((e) => e.mentions.some((m) => m.text === 'General Election'));

    expect(elections.map((e) => e.type)).toEqual(['event']);
    expect(typeOf(body, 'General Strike')).toBe('event');
  });
});
