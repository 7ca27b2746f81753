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
  ])('skips the byline %j before the lead', (front) => {
    const body = `${front}${LEAD}`;

    expect(body.slice(storyStart(body, 'Gas deal'))).toBe(LEAD);
  });

  it('skips a heading that repeats the title', () => {
    const body = `# Gas Deal!\n\n${LEAD}`;

    expect(body.slice(storyStart(body, 'Gas deal'))).toBe(LEAD);
  });

  it.each([
    ['By Friday, OPEC members will have to\ndecide on output.'],
    ['By Anna Smith'],
    [`${LEAD}\n\nBy Anna Smith`],
    ['By the end of the year the company\nwill close.'],
  ])('keeps the start of %j (a sentence, not a byline)', (body) => {
    expect(storyStart(body, 'Gas deal')).toBe(0);
  });

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
