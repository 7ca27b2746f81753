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

  it('keeps the paragraph after a list that ends in a colon before a quote, or with a no-break space', () => {
    const lead = 'Ukraine’s president rejected any plan to give up the Donbas region on Thursday.';
    const list = ['Related stories', 'Ceasefire talks to resume next week'];
    const rest = [
      'Speaking after talks with Finland’s President Alexander Stubb in Kyiv, Zelenskiy told reporters:',
      '"We will not give up our land."',
    ];
    const nbsp = 'Zelenskiy spoke after talks with Finland’s President Alexander Stubb in Kyiv.\u00a0';

    expect(kept(withoutBoilerplate([lead, ...list, ...rest].join('\n'), undefined))).toEqual([lead, ...rest]);
    const after = 'The talks are expected to take place in Istanbul.';
    expect(kept(withoutBoilerplate([lead, ...list, nbsp, after].join('\n'), undefined))).toEqual([
      lead,
      nbsp.trim(),
      after,
    ]);
  });

  it('keeps a live page’s own "Latest news" updates, and takes such a heading as links only at the page’s end', () => {
    const updates = [
      'Fighting intensified around El Fasher on Tuesday as mediators struggled to revive talks.',
      'Latest news',
      '- Egypt and Saudi Arabia call for immediate ceasefire',
      '- Chad closes border crossing at Adre after influx of refugees',
      'The United Nations said some 30,000 people had fled the city since Sunday.',
    ];
    const tail = [...updates, 'Trending', 'Royal wedding guest list revealed', 'Oil prices slip'];

    expect(withoutBoilerplate(updates.join('\n'), undefined)).toBe(updates.join('\n'));
    expect(kept(withoutBoilerplate(tail.join('\n'), undefined))).toEqual(updates);
  });

  it('keeps a story’s sentence that says a post appeared first on a platform', () => {
    const body =
      'The post by Russia’s defence ministry appeared first on Telegram and was shared by state media in Serbia.\n' +
      'Elon Musk deleted a post. The post on X appeared first on his account late on Saturday.';

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

  it.each([
    ['a share heading over its buttons, one a line', 'Share this:\nTwitter\nFacebook\nWhatsApp\nLinkedIn'],
    ['a share heading with its buttons on its line', 'Share this: Twitter Facebook WhatsApp'],
    ['a blog post’s meta line', 'Posted by admin on March 3, 2026 in Agriculture, Uganda, Tanzania'],
    ['a meta line of date and categories', 'Posted on 3 March 2026 in Markets, Rwanda'],
    ['an agency’s assistance line after an em dash', '— With assistance from Ana Costa in Lisbon.'],
    [
      'a site’s footer',
      'Catch all the Politics News, Breaking News and Latest News Updates on Daily Ledger.',
    ],
    ['a link labelled “RELATED NEWS”', 'RELATED NEWS: Uganda bans maize exports'],
    ['a link labelled “CLICK HERE to read”', 'CLICK HERE to read: Egypt buys wheat from Romania'],
    [
      'a title-case “Most Read” list at the page’s end',
      'Most Read\nUganda bans maize exports\nRwanda cuts rates',
    ],
  ])('blanks %s after the story (review62)', (_, furniture) => {
    // Arrange
    const story = 'Tea prices rose at the Mombasa auction on Tuesday, brokers said.';
    const body = `${story}\n${furniture}`;

    // Act
    const cleaned = withoutBoilerplate(body, undefined);

    // Assert
    expect(cleaned.length).toBe(body.length);
    expect(kept(cleaned)).toEqual([story]);
  });

  it.each([
    ['a note on the writer as the last line', 'Jane Wanjiru is a business correspondent based in Kampala.'],
    [
      'a science page’s source and citation',
      'Story Source:\nMaterials provided by University of Utrecht. Note: Content may be edited for style and length.\n\n' +
        'Journal Reference:\nLena Vogel, Marco Bianchi. Soil fungi in a Rwandan highland. Soil Biology, 2026; DOI: 10.1016/j.x.2026.01.002\n\n' +
        'Cite This Page:\nUniversity of Utrecht. "Soil fungi." ScienceWire, 3 March 2026.',
    ],
    ['a bare DOI line', 'DOI: 10.1038/s41586-026-01234-5'],
    ['the BBC’s image credit line', 'Image source, Getty Images'],
    ['a “Related topics” list', 'Related topics\nAviation\nUganda'],
    ['a promotion of a hub', 'Follow our coverage of East Africa’s economy: https://example.org/hub/uganda'],
    [
      'an Instagram embed’s lines',
      'View this post on Instagram\n\nA post shared by Rwanda Cycling (@rwandacycling)',
    ],
  ])('blanks %s after the story (review62)', (_, furniture) => {
    // Arrange
    const story = 'Tea prices rose at the Mombasa auction on Tuesday, brokers said.';
    const body = `${story}\n\n${furniture}`;

    // Act
    const cleaned = withoutBoilerplate(body, undefined);

    // Assert
    expect(kept(cleaned)).toEqual([story]);
  });

  it.each([
    [
      'Police in Kampala arrested the editor of a weekly paper on Monday.',
      'Jane Wanjiru is the editor of The Kampala Weekly, one of the biggest papers in Uganda.',
    ],
    [
      'A court released a reporter on Tuesday after a year in detention.',
      'Omar Haddad is a freelance journalist who has written for outlets in Jordan and Lebanon.',
    ],
    [
      'Police in Kampala detained Jane Wanjiru, a reporter, on Tuesday.',
      'Wanjiru is a business correspondent based in Kampala.',
    ],
  ])('keeps a last line on a journalist the story is about (review62): %s', (story, last) => {
    // Arrange
    const body = `${story}\n\n${last}`;

    // Act
    const cleaned = withoutBoilerplate(body, undefined);

    // Assert
    expect(cleaned).toBe(body);
  });

  it('keeps a story’s sentence on a journalist that another paragraph follows', () => {
    // Arrange
    const body =
      'Police in Kampala detained a reporter on Tuesday.\nJane Wanjiru is a business correspondent based in Kampala.\nShe was released on bail.';

    // Act
    const cleaned = withoutBoilerplate(body, undefined);

    // Assert
    expect(cleaned).toBe(body);
  });

  it.each([
    'Share this knowledge with your children, the minister told parents in Kigali.',
    'Follow the money from Uganda to the coast, investigators told the court in Mombasa.',
    'Posted on Facebook on March 3, 2026, the video showed soldiers near the border with Uganda.',
    'Posted on March 3, 2026, the video showed soldiers near the border with Uganda.',
  ])('keeps a story’s sentence that opens like a share or meta line: %s', (sentence) => {
    // Arrange
    const body = `Tea prices rose at the Mombasa auction on Tuesday.\n${sentence}`;

    // Act
    const cleaned = withoutBoilerplate(body, undefined);

    // Assert
    expect(cleaned).toBe(body);
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
