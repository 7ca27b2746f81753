import { describe, expect, it } from 'vitest';
import { typedNames } from './entities-of.js';

describe('prizes, tournaments and blends', () => {
  it('reads a prize after a determiner or in the plural as a thing, not a person or a body', () => {
    const entities = typedNames(
      'Mara Quill won an Oscar in 1994 and two Grammys. The Emmys are on Sunday. Tony said he would watch.',
    );

    expect(entities).toContain('Oscar/other');
    expect(entities).toContain('Grammys/other');
    expect(entities).toContain('Emmys/other');
    expect(entities).toContain('Tony/person');
  });

  it('reads "the Masters", "the Ashes" and "Brexit" as events', () => {
    const entities = typedNames(
      'Dunne won the Masters in April. England lost the Ashes. Brexit cost billions.',
    );

    expect(entities).toContain('Masters/event');
    expect(entities).toContain('Ashes/event');
    expect(entities).toContain('Brexit/event');
  });
});

describe('abbreviations of common nouns', () => {
  it('reads no name in "MPs", "CEOs", "A&E" or "R&D"', () => {
    const entities = typedNames('MPs and CEOs debated waits at A&E and R&D budgets. Tory MEPs agreed.');

    expect(entities.filter((e) => /^(MPs|CEOs|A&E|R&D|MEPs)\//.test(e))).toEqual([]);
  });
});

describe("a body's branch in a country and a nation's party", () => {
  it('reads "NHS England", "BBC Scotland" and "Amnesty International Kenya" as bodies', () => {
    const entities = typedNames(
      'NHS England said waits fell, BBC Scotland reported. Amnesty International Kenya said police had killed protesters.',
    );

    expect(entities).toContain('NHS England/organization');
    expect(entities).toContain('BBC Scotland/organization');
    expect(entities).toContain('Amnesty International Kenya/organization');
  });

  it('reads "Scottish Labour" and "Welsh Conservatives" as parties, and keeps a person\'s initials', () => {
    const entities = typedNames(
      'Scottish Labour and the Welsh Conservatives lost seats. E.C. Jordan said the count was fair.',
    );

    expect(entities).toContain('Scottish Labour/organization');
    expect(entities).toContain('Welsh Conservatives/organization');
    expect(entities).toContain('E.C. Jordan/person');
  });
});
