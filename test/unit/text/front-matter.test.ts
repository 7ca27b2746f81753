import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { prepareDocument } from '../../../functions/core/text/document.js';
import { storyStart } from '../../../functions/core/text/front-matter.js';

const LEAD = 'Russia and China signed a gas deal in Moscow on Monday, officials said.';
const BODY_AFTER_LEAD = '\n\nVladimir Putin said China is a partner.';

describe('storyStart', () => {
  it.each([
    ['By Anna Smith\n\n'],
    ['By Anna Smith\n'],
    ['BY ANNA SMITH AND BOB JONES, REUTERS\n\n'],
    ['By Anna Smith | Staff writer\n\n'],
    ['By Anna Smith\nGas deal\n\n'],
    ['Posted by Léa Martin · 9 Sep 2025 · 4 min read\n\n'],
    ['By Meera Pillai in Chennai\n\n'],
    ['By Meera Pillai in Chennai and Dan Ortiz in Kansas City\n\n'],
    ['Reported by Meera Pillai in Chennai; edited by Dan Ortiz\n\n'],
    ['From our correspondent in Chennai\n\n'],
    ['From a staff reporter\n\n'],
  ])('skips the byline %j before the lead', (front) => {
    const body = `${front}${LEAD}`;

    expect(body.slice(storyStart(body, 'Gas deal'))).toBe(LEAD);
  });

  it('skips a heading that repeats the title', () => {
    const body = `# Gas Deal!\n\n${LEAD}`;

    expect(body.slice(storyStart(body, 'Gas deal'))).toBe(LEAD);
  });

  it.each([
    ['# GAS -- DEAL...', 'Gas deal'],
    ['Gas deal', 'Gas -- deal!!!'],
    ['Café talks', 'Cafe\u0301 talks'],
    ['Cafe talks', 'Café talks'],
  ])('skips the line %j repeating the title %j in other punctuation, case or accents', (line, title) => {
    const body = `${line}\n\n${LEAD}`;

    expect(body.slice(storyStart(body, title))).toBe(LEAD);
  });

  it('skips a first line exactly when its letters and digits, normalised, are the title’s', () => {
    // The definition the shortcuts in storyStart must agree with: normalise both, compare.
    const key = (text: string) =>
      text
        .normalize('NFKD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
    const piece = fc.constantFrom(
      'Gas',
      'gas',
      'DEAL',
      'deal',
      '9',
      ' ',
      '-',
      '!',
      '—',
      'é',
      'e\u0301',
      'ﬁ',
      'İ',
      'Σ',
      '½',
      '’',
    );
    const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join('').trim());
    fc.assert(
      fc.property(text, text, (line, title) => {
        fc.pre(line.length > 0 && !line.includes('\n'));
        const body = `${line}\n\n${LEAD}`;

        const skipped = storyStart(body, title) > 0;

        expect(skipped).toBe(key(title).length > 0 && key(line) === key(title));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps a first line that holds the title and more', () => {
    const body = `Gas deal signed\n\n${LEAD}`;

    expect(storyStart(body, 'Gas deal')).toBe(0);
  });

  it.each([
    ['By Friday, OPEC members will have to\ndecide on output.'],
    ['By Anna Smith'],
    [`${LEAD}\n\nBy Anna Smith`],
    ['By the end of the year the company\nwill close.'],
  ])('keeps the start of %j (a sentence, not a byline)', (body) => {
    expect(storyStart(body, 'Gas deal')).toBe(0);
  });

  it.each([['(Reuters) - '], ['(AP) — '], ['By Anna Smith\n\n(Reuters) - ']])(
    'skips the bare agency credit %j before the lead',
    (front) => {
      const body = `${front}${LEAD}`;

      expect(body.slice(storyStart(body, 'Gas deal'))).toBe(LEAD);
    },
  );

  it('finds the dateline after a byline', () => {
    const doc = prepareDocument({
      title: 'Gas deal',
      body: `By Anna Smith\n\nMOSCOW (Reuters) - ${LEAD}`,
      language: 'en',
    });

    expect(doc.dateline?.place).toBe('MOSCOW');
    expect(doc.body.text.slice(doc.storyStart)).toBe(LEAD);
  });
});

describe('a story that opens with a byline', () => {
  it('is about the countries of its lead, as without the byline', () => {
    const plain = tagArticle({ title: 'Gas deal', body: `${LEAD}${BODY_AFTER_LEAD}` });
    const bylined = tagArticle({ title: 'Gas deal', body: `By Anna Smith\n\n${LEAD}${BODY_AFTER_LEAD}` });

    const focus = (r: typeof plain) => r.countries.filter((c) => c.focus).map((c) => c.code);
    expect(focus(bylined)).toEqual(expect.arrayContaining(['CN', 'RU']));
    expect(focus(bylined)).toEqual(focus(plain));
    expect(bylined.countryPairs.map((p) => p.pair)).toEqual(plain.countryPairs.map((p) => p.pair));
    expect(bylined.countryPairs.map((p) => p.pair)).toContain('CN-RU');
  });
});

describe('a byline that names where its writers file from (review62)', () => {
  it('gives the writer’s town no country of the story', () => {
    // Arrange
    const body =
      'By Meera Pillai in Chennai\n\nCorn futures rose 2% on Wednesday as heat hurt crops in the US Midwest.';

    // Act
    const result = tagArticle({ title: 'Corn prices climb on heat', body });

    // Assert
    expect(result.countries.map((c) => c.code)).toEqual(['US']);
    expect(result.entities.map((e) => e.name)).not.toContain('Meera Pillai');
  });
});

describe('a story that opens with a bare agency credit', () => {
  it('reads its first word as opening a sentence, as after a dateline', () => {
    const result = tagArticle({
      body: '(Reuters) - Astronomers using a new telescope found water on a distant planet.',
    });

    expect(result.entities.map((e) => e.name)).not.toContain('Astronomers');
  });
});
