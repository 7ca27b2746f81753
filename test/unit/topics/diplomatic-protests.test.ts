import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';
import { firstTopLevel, topicIds } from './topic-ids.js';

const CIVIL_UNREST = 'medtop:20000065';
const DIPLOMACY = 'medtop:20000639';

describe("review32 ★T3: a state's protest to another is diplomacy, no street protest", () => {
  it('files a headline protest to another state under diplomacy first, with no civil unrest', () => {
    const { topics } = tagArticle({
      title: 'Greece protests to Turkey over research ship',
      body: 'ATHENS - Greece lodged a formal protest with Turkey on Monday after a Turkish research vessel began surveying waters Athens claims.',
    });

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.politics);
    expect(topics.map((t) => t.id)).toContain(DIPLOMACY);
    expect(topics.map((t) => t.id)).not.toContain(CIVIL_UNREST);
  });

  it('reads an envoy summoned to protest as no demonstration', () => {
    const ids = topicIds(
      'South Korea summons Japanese envoy over textbooks',
      "SEOUL - South Korea summoned Japan's ambassador on Friday to protest against new school textbooks that claim disputed islands, the foreign ministry said.",
    );

    expect(ids).not.toContain(CIVIL_UNREST);
  });

  it('reads a state that protested to another on a weekday as no demonstration', () => {
    const ids = topicIds(
      'Egypt protests Ethiopian dam filling',
      'CAIRO - Egypt protested on Sunday to Ethiopia over the fifth filling of the giant dam on the Blue Nile, saying it breaks international law.',
    );

    expect(ids).not.toContain(CIVIL_UNREST);
    expect(ids).toContain(DIPLOMACY);
  });

  it('reads a protest lodged without an article as no demonstration', () => {
    const ids = topicIds(
      'Japan lodges protest with China over new buoy',
      'TOKYO - Japan lodged a protest with China on Tuesday after Chinese coast guard ships placed a buoy inside its exclusive economic zone, the chief cabinet secretary said.',
    );

    expect(ids).not.toContain(CIVIL_UNREST);
  });

  it("keeps a country's street protests in the headline as civil unrest", () => {
    const ids = topicIds(
      'Georgia protests enter third week as police detain hundreds',
      'TBILISI - Tens of thousands of protesters marched through the capital for a 21st night on Saturday, as police used water cannon and detained hundreds of demonstrators.',
    );

    expect(ids).toContain(CIVIL_UNREST);
  });

  it('keeps crowds that protested to parliament, and supporters summoned to protest, as civil unrest', () => {
    const ids = topicIds(
      'Thousands rally in Belgrade over canopy collapse',
      'BELGRADE - Tens of thousands protested to Parliament on Saturday demanding justice for the 16 people killed when a station canopy collapsed. The opposition leader summoned supporters to protest again on Sunday.',
    );

    expect(ids).toContain(CIVIL_UNREST);
  });
});
