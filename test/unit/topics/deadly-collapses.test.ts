import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { prepareDocument } from '../../../functions/core/text/document.js';
import { deadlyCollapseInLead } from '../../../functions/core/topics/deadly-collapse.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';
import { firstTopLevel, ids } from './topic-ids.js';

const ACCIDENT = 'medtop:20000139';
const INDUSTRIAL_ACCIDENT = 'medtop:20000141';
const ROAD_ACCIDENT = 'medtop:20000147';

const topicsOf = (title: string, body: string) => tagArticle({ title, body }).topics;

describe('topics29 (review29 T1): a structure or vehicle that gave way and killed is an accident', () => {
  it('files a brief on a mine tunnel that collapsed and killed workers as an accident before mining', () => {
    const topics = topicsOf(
      '',
      'LIMA (Reuters) - Four workers were killed when a tunnel collapsed at the Cerro Alto copper mine on Tuesday, the state-owned company said. The mining minister ordered operations at the mine suspended.',
    );

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.disaster);
    expect(ids(topics)).toContain(ACCIDENT);
    expect(ids(topics)).toContain(TOP_LEVEL.economy);
  });

  it('files a building that collapsed and a bus that plunged into a ravine as accidents', () => {
    const building = topicsOf(
      '',
      'A five-storey building under construction collapsed in Port Amara on Tuesday, killing 12 people, the city governor said. The developer has been questioned.',
    );
    const bus = topicsOf(
      '',
      'Twelve people died when a bus plunged into a ravine in the northern highlands on Monday, police said.',
    );

    expect(firstTopLevel(building)).toBe(TOP_LEVEL.disaster);
    expect(firstTopLevel(bus)).toBe(TOP_LEVEL.disaster);
    expect(ids(bus)).toContain(ROAD_ACCIDENT);
  });

  it('names a mine collapse in the headline as an industrial accident', () => {
    const topics = topicsOf(
      'Five miners killed in mine collapse',
      'Five miners died on Thursday when part of an underground gold mine caved in, the operator said.',
    );

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.disaster);
    expect(ids(topics)).toContain(INDUSTRIAL_ACCIDENT);
  });

  it('leaves a collapse in a war, a market or a coalition to its own desk', () => {
    const war = prepareDocument({
      body: 'A residential building collapsed after an air strike on the city overnight, killing 14 people, rescuers said.',
      language: 'en',
    });
    const market = topicsOf(
      '',
      'Shares in the builder plunged 30% on Monday after its founder died, and the stock market regulator suspended trading.',
    );
    const coalition = topicsOf(
      '',
      'The coalition collapsed on Tuesday after the finance minister resigned over the budget.',
    );

    expect(deadlyCollapseInLead(war, 0)).toBeUndefined();
    expect(firstTopLevel(market)).not.toBe(TOP_LEVEL.disaster);
    expect(ids(coalition)).not.toContain(TOP_LEVEL.disaster);
  });
});

describe('topics29 (review29 T2): emergency powers are no emergency incident', () => {
  it('reads emergency tariffs and an emergency powers law as no disaster', () => {
    const topics = topicsOf(
      "Supreme Court strikes down the president's emergency tariffs",
      'The Supreme Court ruled on Friday that the president exceeded his authority when he used a 1977 emergency powers law to impose tariffs on imports, and said the International Emergency Economic Powers Act did not allow taxes.',
    );

    expect(ids(topics)).not.toContain(TOP_LEVEL.disaster);
  });
});
