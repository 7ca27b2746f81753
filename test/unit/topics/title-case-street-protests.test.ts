import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';
import { firstTopLevel } from './topic-ids.js';

const CIVIL_UNREST = 'medtop:20000065';
const DIPLOMACY = 'medtop:20000639';

/** read32 F2: Title Case and capitals capitalise every word, so a capital after "protests" names no state. */
describe('read32 F2: street protests in Title-Case or capital headlines are no diplomatic note', () => {
  it('keeps a Title-Case headline of street protests out of politics first, with civil unrest and no diplomacy', () => {
    const { topics } = tagArticle({
      title: 'Moldova Protests Enter Second Week As Police Detain Dozens',
      body: 'CHISINAU - Thousands of protesters rallied outside parliament for a ninth night on Monday, and riot police used tear gas to clear the square, detaining 30 people.',
    });

    expect(firstTopLevel(topics)).not.toBe(TOP_LEVEL.politics);
    expect(topics.map((t) => t.id)).toContain(CIVIL_UNREST);
    expect(topics.map((t) => t.id)).not.toContain(DIPLOMACY);
  });

  it('reads "Protests Against" a bill in Title Case as street protest', () => {
    const { topics } = tagArticle({
      title: 'Uganda Protests Against Fuel Levy Turn Deadly',
      body: 'KAMPALA - Police shot dead two protesters on Monday as demonstrations against a new fuel levy spread to six towns, rights groups said.',
    });

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.conflict);
    expect(topics.map((t) => t.id)).not.toContain(DIPLOMACY);
  });

  it('reads "PROTESTS TO CONTINUE" in a capital headline as street protest', () => {
    const { topics } = tagArticle({
      title: 'SLOVAKIA PROTESTS TO CONTINUE AFTER TEACHER DIES',
      body: 'BRATISLAVA - Students said on Monday they would keep up street protests after a teacher died at a rally, and thousands marched through the capital blocking roads.',
    });

    expect(topics.map((t) => t.id)).toContain(CIVIL_UNREST);
    expect(topics.map((t) => t.id)).not.toContain(DIPLOMACY);
  });

  it('still reads a Title-Case protest to another state as diplomacy', () => {
    const { topics } = tagArticle({
      title: 'Greece Protests To Turkey Over Research Ship',
      body: 'ATHENS - Greece lodged a formal protest with Turkey on Monday after a Turkish research vessel began surveying waters Athens claims.',
    });

    expect(topics.map((t) => t.id)).toContain(DIPLOMACY);
    expect(topics.map((t) => t.id)).not.toContain(CIVIL_UNREST);
  });
});

describe("read32 F2's rest: a Title-Case protest at another state's capital is a diplomatic note", () => {
  it("reads 'Protests Beijing's Drills' as diplomacy, not civil unrest", () => {
    // Arrange
    const title = "Vietnam Protests Beijing's Drills Near Paracels";
    const body =
      "HANOI - Vietnam's foreign ministry said on Tuesday it had lodged a protest with China over military drills near " +
      'the Paracel Islands, calling them a violation of its sovereignty.';

    // Act
    const ids = tagArticle({ title, body }).topics.map((t) => t.id);

    // Assert
    expect(ids).toContain(DIPLOMACY);
    expect(ids).not.toContain(CIVIL_UNREST);
  });

  it("keeps 'Protests' at the state's own capital a street protest", () => {
    // Arrange
    const title = "Serbia Protests Belgrade's Canopy Collapse Verdict";
    const body =
      'BELGRADE - Tens of thousands of students marched through the capital on Tuesday against a court verdict over ' +
      'the deadly collapse of a station canopy, as police blocked bridges.';

    // Act
    const ids = tagArticle({ title, body }).topics.map((t) => t.id);

    // Assert
    expect(ids).toContain(CIVIL_UNREST);
    expect(ids).not.toContain(DIPLOMACY);
  });
});
