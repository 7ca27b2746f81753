import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { withoutBoilerplate } from '../../../functions/core/text/boilerplate.js';

const kept = (text: string) => text.split(/\s*\n\s*/).filter(Boolean);

describe('a page’s lists of links to other stories', () => {
  it('blanks a heading and the headlines under it, keeping the length and the story', () => {
    const story = [
      'A 34-year-old man has been charged with attempted murder in Leeds.',
      'West Yorkshire Police said the victim remained in hospital.',
    ];
    const body = [
      ...story,
      'Related stories',
      'Two arrested after Birmingham shooting',
      'Paris attack suspect extradited from Belgium',
      'More from BBC News',
      'Trump says US will "take" Greenland',
    ].join('\n');

    const cleaned = withoutBoilerplate(body, undefined);

    expect(cleaned.length).toBe(body.length);
    expect(kept(cleaned)).toEqual(story);
  });

  it('stops at the story’s next sentence after a list in the middle of the story', () => {
    const body = [
      'The rand strengthened on Thursday after the central bank cut its rate.',
      'ALSO READ:',
      '',
      'Nigeria’s naira hits two-year high',
      '',
      'Egypt secures $1.2bn IMF tranche',
      '',
      'The governor said inflation risks had eased.',
    ].join('\n');

    expect(kept(withoutBoilerplate(body, undefined))).toEqual([
      'The rand strengthened on Thursday after the central bank cut its rate.',
      'The governor said inflation risks had eased.',
    ]);
  });

  it('keeps a story’s sentences after a heading that names no list, and sentences that open with the words', () => {
    const body = [
      'Most read of all were the letters from the front.',
      'Related talks will resume in Oslo next week.',
      'More from the minister is expected on Friday.',
    ].join('\n');

    expect(withoutBoilerplate(body, undefined)).toBe(body);
  });

  it('blanks tags, share buttons, a long copyright line and a feed’s "appeared first on" line', () => {
    const story = 'Video shows cars swept away in the Spanish city.';
    const body = [
      `${story} The post Watch: Flooding in Valencia appeared first on Example Wire.`,
      'Read also: Hungary’s Orban meets Trump in Washington',
      'Tags: Russia, EU, sanctions, Ukraine war',
      'Share this article: Facebook | X | WhatsApp | LinkedIn',
      '© 2025 Asia Daily. All rights reserved. Reporting by Maria Santos; Editing by Tom Lee in Singapore and Jakarta',
    ].join('\n');

    const cleaned = withoutBoilerplate(body, undefined);

    expect(cleaned.length).toBe(body.length);
    expect(kept(cleaned)).toEqual([story]);
  });

  it('pairs no country of a linked headline with the story’s', () => {
    const result = tagArticle({
      title: 'Man charged over stabbing in Leeds',
      body:
        'A man has been charged with attempted murder after a woman was stabbed in Leeds on Saturday.\n' +
        'Related stories\nTrump says US will "take" Greenland\nFrance and Belgium agree border checks',
    });

    expect(result.countries.map((c) => c.code)).toEqual(['GB']);
    expect(result.countryPairs).toEqual([]);
  });
});
