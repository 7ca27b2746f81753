import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';

const evidenceOf = (title: string, body: string, id: string): readonly string[] =>
  tagArticle({ title, body }).topics.find((t) => t.id === id)?.evidence ?? [];

describe('a top level names the reasons its subtopics raised it by', () => {
  // Session 39 (mendT39, wild39a ★6): a frame's moved words are the topic's evidence only where it has no word of
  // its own; business shows the executives, and the court words stay crime's.
  it('shows under business its own words, not the court words a frame moved there from executives on trial', () => {
    const title = 'Track federation officials go on trial';
    const body =
      "Two former executives of the national athletics federation went on trial in Lausanne on Tuesday. Prosecutors say the executives hid payments from a sponsor; the charges carry prison terms of up to five years. The federation's chief executive told the court the payments were commercial fees. The sprinters and marathon runners the federation selects for the world championships were not named in the case.";

    const evidence = evidenceOf(title, body, TOP_LEVEL.economy);

    expect(evidence).toContain('executives');
    expect(evidence).not.toContain('prosecutors');
    expect(evidenceOf(title, body, TOP_LEVEL.crime)).toContain('prosecutors');
  });

  it('shows under business the part a firm sold, as the deal below it does', () => {
    const title = 'Brandt Industries sells packaging unit to Orla';
    const body =
      'Brandt Industries said on Monday it had agreed to sell its packaging unit to Orla Holdings for 420 million euros, as the engineering group cuts debt. The unit makes cartons for food makers and employs 1,900 people in four plants.';

    const evidence = evidenceOf(title, body, TOP_LEVEL.economy);

    expect(evidence).toContain('sells packaging unit');
  });

  it('shows under politics the countries that weighed its international relations', () => {
    const title = 'France and Germany clash over EU budget';
    const body =
      "France and Germany clashed on Thursday over the European Union's next budget, with Paris demanding more farm subsidies and Berlin calling for cuts. French President spoke of a crisis in relations between the two allies after talks in Brussels ended without agreement. Diplomats said the dispute would overshadow the next summit.";

    const evidence = evidenceOf(title, body, TOP_LEVEL.politics);

    expect(evidence).toContain('countries: France, Germany');
  });

  it('keeps the evidence of a story no frame or signal raised as it was', () => {
    const title = 'Council approves new cycle lanes';
    const body =
      'The city council approved plans for 40 km of new cycle lanes on Tuesday, after a vote of 31 to 12. ' +
      'Councillors said the lanes would open next spring.';

    const evidence = evidenceOf(title, body, TOP_LEVEL.politics);

    expect(evidence.some((w) => w.includes(':'))).toBe(false);
  });
});
