import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';
import { firstTopLevel, ids } from './topic-ids.js';

describe('review25: words a sports page, a currency desk and a volcano borrow', () => {
  it('reads a concerted intervention as no concert', () => {
    const title = 'Central banks step in to steady the yen';
    const body =
      'The Bank of Japan and the Federal Reserve bought yen in a concerted intervention on Tuesday, dealers said, after the currency fell to a two-year low against the dollar.';

    const topics = tagArticle({ title, body }).topics;

    expect(ids(topics)).not.toContain(TOP_LEVEL.arts);
  });

  it('reads the Louvre accord as a currency pact, not the museum', () => {
    const title = 'Ministers reaffirm currency pact';
    const body =
      'Finance ministers of the leading industrial nations reaffirmed the Louvre accord on Sunday, pledging to keep the dollar stable against the yen and the mark.';

    const topics = tagArticle({ title, body }).topics;

    expect(ids(topics)).not.toContain(TOP_LEVEL.arts);
    expect(ids(topics)).toContain('medtop:20000355');
  });

  it("reads a rugby team's tour, the Tests it will play and its tourists as sport only", () => {
    const title = 'Wallabies name squad for tour of Argentina';
    const body =
      'Australia named a 33-man squad on Monday for their tour of Argentina, where they will play two Tests in Buenos Aires and Mendoza. The tourists fly out next week, with the captain back from a knee injury.';

    const topics = tagArticle({ title, body }).topics;

    expect(ids(topics)).not.toContain(TOP_LEVEL.arts);
    expect(ids(topics)).not.toContain(TOP_LEVEL.lifestyle);
  });

  it('reads two boxers who clash as no war', () => {
    const title = 'FURY AND USYK CLASH IN RIYADH';
    const body =
      'Tyson Fury and Oleksandr Usyk meet in Riyadh on Saturday for the undisputed heavyweight title, with the Ukrainian unbeaten in 21 professional fights. The boxers weighed in on Friday.';

    const topics = tagArticle({ title, body }).topics;

    expect(ids(topics)).not.toContain(TOP_LEVEL.conflict);
  });

  it('reads a player who battles into a quarter-final as no war', () => {
    const title = 'Draper battles into quarter-finals';
    const body =
      'Jack Draper battled past the seventh seed in five sets on Wednesday to reach the quarter-finals of the US Open, his first at a Grand Slam tournament.';

    const topics = tagArticle({ title, body }).topics;

    expect(ids(topics)).not.toContain(TOP_LEVEL.conflict);
  });

  it('reads volcanic ash heard far away on the Ring of Fire as a disaster, with no sport or fire', () => {
    const title = 'Volcano erupts off Tonga';
    const body =
      "Ash covered much of the main island after an undersea volcano erupted on Saturday, and the blast was heard as far away as Fiji. The volcano lies on the Pacific Ring of Fire, where most of the world's earthquakes strike.";

    const topics = tagArticle({ title, body }).topics;

    expect(ids(topics)).not.toContain(TOP_LEVEL.sport);
    expect(ids(topics)).not.toContain('medtop:20000150');
  });

  it("keeps a band's tour and concerts music", () => {
    const title = 'Band announces stadium tour';
    const body =
      'The band will play 20 concerts on a world tour next summer, touring Europe and North America with their new album.';

    const topics = tagArticle({ title, body }).topics;

    expect(ids(topics)).toContain('medtop:20000018');
  });

  it('keeps troops who clash with rebels in a battle a war story', () => {
    const title = 'Troops clash with rebels near border';
    const body =
      'Government troops clashed with rebels near the northern border on Monday, the army said, in the heaviest battle since the ceasefire collapsed.';

    const topics = tagArticle({ title, body }).topics;

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.conflict);
  });
});
