import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';
import { firstTopLevel, ids } from './topic-ids.js';

const CIVIL_UNREST = 'medtop:20000065';
const DIPLOMACY = 'medtop:20000639';
const topicsOf = (title: string, body: string) => tagArticle({ title, body }).topics;

describe('topics34 (read33 F14): a territory that protests is its people in the street, no diplomatic note', () => {
  it("files Hong Kong's march against Beijing's law under civil unrest, with no diplomacy", () => {
    const topics = topicsOf(
      "Hong Kong Protests Beijing's Security Law",
      'HONG KONG - Tens of thousands of people marched through Hong Kong on Sunday against a national security law drafted by Beijing. Police fired tear gas at protesters who blocked roads near the government headquarters.',
    );

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.conflict);
    expect(ids(topics)).not.toContain(DIPLOMACY);
  });

  it("lists civil unrest and no diplomacy for Puerto Rico's march against Washington's cuts", () => {
    const topics = topicsOf(
      "Puerto Rico protests Washington's oversight board cuts",
      'SAN JUAN - Thousands of Puerto Ricans marched in San Juan on Wednesday against spending cuts ordered by a federal oversight board, blocking the main highway into the capital.',
    );

    expect(ids(topics)).toContain(CIVIL_UNREST);
    expect(ids(topics)).not.toContain(DIPLOMACY);
  });

  it('keeps a state that protests another state’s drills in diplomacy', () => {
    const topics = topicsOf(
      "Vietnam Protests Beijing's Drills in South China Sea",
      'HANOI - Vietnam on Monday lodged a protest with China over military drills near the Paracel Islands, the foreign ministry said.',
    );

    expect(ids(topics)).toContain(DIPLOMACY);
  });
});

describe('topics34 (read33, c7e30bd9): a country that "protested" beside a crowd is its people', () => {
  it('lists civil unrest when students fill the streets in the next sentence', () => {
    const topics = topicsOf(
      'Students lead new weekend of anger in Serbia',
      'BELGRADE - Serbia protested again on Saturday. Students, farmers and pensioners filled the centre of Kragujevac, blowing whistles and demanding early elections.',
    );

    expect(ids(topics)).toContain(CIVIL_UNREST);
  });

  it("keeps China's protest at a minister's shrine visit a note, though a crowd gathered there", () => {
    const topics = topicsOf(
      'China lodges protest after Japanese minister visits Yasukuni shrine',
      "BEIJING - China protested on Tuesday after Japan's defence minister visited the Yasukuni shrine, where thousands of people gathered to mark the anniversary. The foreign ministry said the visit hurt the Chinese people.",
    );

    expect(ids(topics)).not.toContain(CIVIL_UNREST);
  });
});
