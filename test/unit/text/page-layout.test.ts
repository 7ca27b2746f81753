import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { withoutBoilerplate } from '../../../functions/core/text/boilerplate.js';
import { endsDateLine, isDateLine } from '../../../functions/core/text/date-lines.js';
import { storyStart } from '../../../functions/core/text/front-matter.js';
import { isLineBullet, splitSentences } from '../../../functions/core/text/sentences.js';
import { tokenize } from '../../../functions/core/text/tokens.js';

// How web pages, feeds and key-points boxes lay out a story: list bullets, a date or a reporter's role over the lead,
// live-page timestamps, the page's section headings under the story.

const sentencesOf = (text: string) => {
  const tokens = tokenize(text);
  return splitSentences(text, tokens).map((s) => text.slice(s.start, s.end));
};

const namesOf = (article: { title?: string; body: string }) =>
  tagArticle(article).entities.map((e) => `${e.name}/${e.type}`);

const focusOf = (article: { title?: string; body: string }) =>
  tagArticle(article)
    .countries.filter((c) => c.focus)
    .map((c) => c.code);

const KEY_POINTS = (bullet: string) =>
  `The chancellor set out her plans on Wednesday.\n\n${bullet}Shareholders will pay more tax on dividends.\n${bullet}Car tax will rise by 5% from April.\n${bullet}Two new freeports will open in Wales.`;

describe('a line opened by a list bullet', () => {
  it.each(['\u2022 ', '* ', '\u25cf ', '\u25aa ', '\u25ba ', '\u2022', '> ', '+ '])(
    'starts a sentence of its own after %j',
    (bullet) => {
      // Act
      const sentences = sentencesOf(KEY_POINTS(bullet));

      // Assert
      expect(sentences).toEqual([
        'The chancellor set out her plans on Wednesday.',
        `${bullet}Shareholders will pay more tax on dividends.`,
        `${bullet}Car tax will rise by 5% from April.`,
        `${bullet}Two new freeports will open in Wales.`,
      ]);
    },
  );

  it.each(['\u2022 ', '* ', '\u25cf ', '\u25aa '])(
    'opens its first word as a sentence does, after %j',
    (bullet) => {
      // Act
      const names = namesOf({ title: 'Budget: key points', body: KEY_POINTS(bullet) });

      // Assert
      expect(names.filter((n) => /Shareholders|Car|Two/.test(n))).toEqual([]);
    },
  );

  it('ends the sentence of the line before it even without a full stop', () => {
    // Act
    const sentences = sentencesOf('The measures include:\n\u2022 Lower fuel duty\n\u2022 A new rail line');

    // Assert
    expect(sentences).toEqual(['The measures include:', '\u2022 Lower fuel duty', '\u2022 A new rail line']);
  });

  it('is a bullet only at the line start: a star or a plus inside a line is no bullet', () => {
    // Arrange
    const text = 'Shares rose 5% * on Monday.\n* Profits rose.';
    const tokens = tokenize(text);

    // Act
    const bullets = tokens.filter((t) => isLineBullet(text, t)).map((t) => t.start);

    // Assert
    expect(bullets).toEqual([text.indexOf('\n') + 1]);
  });
});

describe('a line that only says when', () => {
  it.each([
    '6 December 2026',
    'Dec. 6, 2026, 10:42 AM ET',
    'Published: 06:42 GMT, 6 December 2026',
    'Updated 2 hours ago',
    'Updated December 6, 2026 at 10:42 a.m. EST',
    'Mon 6 Dec 2026 09.42 GMT',
    '2026-12-06',
    '4 min read',
    '6 December 2026 \u00b7 4 min read',
    '09:42 GMT',
  ])('is a date line: %j', (line) => {
    expect(isDateLine(line)).toBe(true);
  });

  it.each([
    'More than 100,000 homes are without power',
    'March 2026 was the wettest on record',
    'Arsenal 2-1 Fulham',
    'May Day',
    '2026',
    'The 10.42 from Paddington',
    'Last year',
  ])('is no date line: %j', (line) => {
    expect(isDateLine(line)).toBe(false);
  });

  it('is asked of a line only when its last word is a figure or a word of time', () => {
    // Arrange
    const text = 'Storm news\nPower cut';

    // Act
    const asked = endsDateLine(text, text.indexOf('\n'), 'news');

    // Assert
    expect(asked).toBe(false);
  });

  it('ends the sentence before the next line: a live page timestamp makes no name of its first word', () => {
    // Arrange
    const body =
      'Storm Darragh has hit the west coast.\n\n09:42 GMT\nMore than 100,000 homes are without power, National Grid said.\n\n10:05 GMT\nTurnout at the shelters was high, officials said.';

    // Act
    const sentences = sentencesOf(body);
    const names = namesOf({ title: 'Storm live', body });

    // Assert
    expect(sentences).toContain('09:42 GMT');
    expect(sentences).toContain('More than 100,000 homes are without power, National Grid said.');
    expect(names.filter((n) => /^(?:More|Turnout)\//.test(n))).toEqual([]);
  });
});

describe('lines over the lead that are not the story', () => {
  const LEAD =
    "Kenya's athletics body has suspended marathon runner Mary Wanjiru from all competition until the end of the year.";
  const BODY = `${LEAD}\n\nAthletics Kenya issued the ban after Wanjiru missed a training camp in Iten.`;

  it.each([
    ['6 December 2026\n\n'],
    ['Updated 2 hours ago\n\n'],
    ['Published: 06:42 GMT, 6 December 2026\n\n'],
    ['4 min read\n\n'],
    ['Jane Smith\nSports correspondent\n\n'],
    ['By Jane Smith\nBusiness reporter, BBC News\n\n'],
    ['By Jane Smith, BBC News\nPublished 6 December 2026\n\n'],
    ['Jane Smith and Tom Brown\nReuters\n\n'],
    ['FILE PHOTO: Runners train in Iten, Kenya, May 5, 2023. REUTERS/Tom Brown/File Photo\n'],
    ['Runners train at a camp in Eldoret, Kenya, on Monday. (AP Photo/Tom Brown)\n'],
  ])('are skipped: the lead after %j is the story start', (front) => {
    // Arrange
    const body = `${front}${BODY}`;

    // Act
    const start = storyStart(body, 'Runner banned');

    // Assert
    expect(body.slice(start)).toBe(BODY);
  });

  it.each([['6 December 2026\n\n'], ['Jane Smith\nSports correspondent\n\n']])(
    'leave the focus country and name no one after %j',
    (front) => {
      // Arrange
      const article = { title: 'Runner banned', body: `${front}${BODY}` };

      // Act
      const focus = focusOf(article);
      const names = namesOf(article);

      // Assert
      expect(focus).toEqual(focusOf({ title: 'Runner banned', body: BODY }));
      expect(focus).toContain('KE');
      expect(names.some((n) => n.startsWith('Jane Smith'))).toBe(false);
    },
  );

  it('keep a first line of names that no role line follows: a list of people is the story', () => {
    // Arrange
    const body = `Mary Wanjiru\nJoyce Chepkirui\n\n${BODY}`;

    // Act
    const start = storyStart(body, 'Runner banned');

    // Assert
    expect(start).toBe(0);
  });
});

describe("the headings of a page's sections under the story", () => {
  it.each([
    'Share this article\nRelated Topics\nMore on this story\nTop Stories\nMost read',
    'Related Stories\n\nYou may also like\n\nTrending Now',
    'Our Standards: The Thomson Reuters Trust Principles.',
  ])('are blanked: %j', (tail) => {
    // Arrange
    const body = `Factory orders rose in May, the ministry said.\n\n${tail}`;

    // Act
    const text = withoutBoilerplate(body, undefined);

    // Assert
    expect(text.trim()).toBe('Factory orders rose in May, the ministry said.');
    expect(text.length).toBe(body.length);
  });

  it('keep a line of prose that opens with the same words', () => {
    // Arrange
    const body = 'Factory orders rose.\n\nMost read the report as a sign of recovery, analysts said.';

    // Act
    const text = withoutBoilerplate(body, undefined);

    // Assert
    expect(text).toBe(body);
  });
});

describe('a dated dateline under a headline and a byline line', () => {
  it('is read on its third line: the byline does not hide a town no list knows', () => {
    // Arrange
    const body =
      'Storm hits coast .\nJane Smith\nKELVANO 1996-08-30\nA storm hit the town on Friday , police said .';

    // Act
    const names = namesOf({ body });

    // Assert
    expect(names).toContain('Kelvano/place');
    expect(names).toContain('Jane Smith/person');
  });

  it('takes the town the story names as a subject off a sports page', () => {
    // Arrange
    const body =
      'Town votes on mayor .\nNOVDUSDER 1996-08-30\nNovdusder , which wants to keep its mayor , voted on Friday .';

    // Act
    const entities = tagArticle({ body }).entities.filter((e) => e.name === 'Novdusder');

    // Assert
    expect(entities.map((e) => `${e.type}:${e.mentions.length}`)).toEqual(['place:2']);
  });

  it('leaves a club named after its town on a sports page, and a body the lists know', () => {
    // Arrange
    const sport =
      'SOCCER - TOFRAM WIN .\nTOFRAM 1996-08-30\nTofram , who lead the league , beat Lervik 2-1 on Friday .';
    const un =
      'U.N. Council concerned .\nUNITED NATIONS 1996-08-29\nSecurity Council members expressed concern on Thursday .';

    // Act
    const club = tagArticle({ body: sport }).entities.filter((e) => e.name === 'Tofram');
    const body = tagArticle({ body: un }).entities.find((e) => e.name === 'United Nations');

    // Assert
    expect(club.map((e) => `${e.type}:${e.mentions.map((m) => m.start).join(',')}`).sort()).toEqual([
      'organization:9,40',
      'place:22',
    ]);
    expect(body?.type).toBe('organization');
  });
});

describe('a line-up opened by a bullet', () => {
  it.each(['\u2022 ', '- '])('is still a line-up after %j', (bullet) => {
    // Arrange
    const body = `England named their squad for the Six Nations on Tuesday, with three new caps.\n\n${bullet}Balshaw, Cohen, Cueto, Lewsey, Robinson, Voyce, Abbott, Noon, Tait, Tindall.`;

    // Act
    const names = namesOf({ title: 'England name rugby squad', body });

    // Assert
    expect(names).toContain('Cueto/person');
    expect(
      names.filter((n) => /^(?:Balshaw|Cohen|Lewsey|Voyce|Noon)\//.test(n) && !n.endsWith('/person')),
    ).toEqual([]);
  });
});

describe("a photo's caption over the story", () => {
  it("of an archive photo takes no focus from the story: its places are an old picture's", () => {
    // Arrange
    const story =
      "Ghana's central bank raised its main interest rate by 200 basis points on Monday, citing stubborn inflation.";
    const caption =
      'FILE PHOTO: A view of the Bank of England building in London, Britain, May 5, 2023. REUTERS/Tom Brown/File Photo';

    // Act
    const focus = focusOf({ title: 'Ghana raises rates', body: `${caption}\n${story}` });

    // Assert
    expect(focus).toEqual(['GH']);
  });
});
