import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const CONFLICT = 'medtop:16000000';
const LABOUR = 'medtop:09000000';

const topicsOf = (title: string, body: string) => tagArticle({ title, body }).topics.map((t) => t.id);

describe('attacks told in terse war words are war, not a walkout (wild39b ★2)', () => {
  it("files a state's jets that hit targets as armed conflict, not a labour strike", () => {
    const topics = topicsOf(
      'Iran vows response after strikes',
      'Israeli jets hit targets near Isfahan overnight, Iranian officials said.',
    );

    expect(topics[0]).toBe(CONFLICT);
    expect(topics).not.toContain(LABOUR);
  });

  it('files a headline state that strikes another state as armed conflict', () => {
    const topics = topicsOf(
      'India strikes Pakistan',
      'The attack came after weeks of rising tension between the neighbours, officials said on Wednesday.',
    );

    expect(topics[0]).toBe(CONFLICT);
    expect(topics).not.toContain(LABOUR);
  });

  it('files strikes near a city as armed conflict', () => {
    const topics = topicsOf(
      'Live: Tehran latest',
      "Iran's foreign ministry says it will respond decisively to the overnight strikes near Isfahan.",
    );

    expect(topics).toContain(CONFLICT);
    expect(topics).not.toContain(LABOUR);
  });

  it("keeps the dead of a state's aircraft that struck hideouts as war's, not nothing", () => {
    const topics = topicsOf(
      '',
      'Pakistani aircraft struck Taliban hideouts in Afghanistan on Thursday, killing 12 people.',
    );

    expect(topics[0]).toBe(CONFLICT);
  });

  it('files jets that struck targets after overnight strikes as armed conflict', () => {
    const topics = topicsOf(
      'Overnight strikes',
      'Jets struck targets near the border town before dawn, residents said.',
    );

    expect(topics[0]).toBe(CONFLICT);
    expect(topics).not.toContain(LABOUR);
  });

  it('files fighter jets that hit a depot after overnight strikes as armed conflict', () => {
    const topics = topicsOf(
      'Overnight strikes',
      'Fighter jets hit a depot near the border town before dawn, residents said.',
    );

    expect(topics[0]).toBe(CONFLICT);
    expect(topics).not.toContain(LABOUR);
  });

  it('keeps pilots who strike near Christmas and a state or parties that strike a deal out of war', () => {
    const pilots = topicsOf(
      'Airline pilots strike near Christmas',
      'Pilots at the airline will strike near Christmas, their union said, after talks on pay failed.',
    );
    const deal = topicsOf(
      'Britain strikes trade deal with India',
      'Britain and India struck a trade deal on Tuesday that cuts tariffs on whisky and cars, ministers said.',
    );
    const chairs = topicsOf(
      'Parties agree on committee chairs',
      'The coalition parties struck a deal on positions for the parliamentary committees, ministers said.',
    );
    const jets = topicsOf(
      'Chinese jets hit by delays',
      'Chinese jets hit by engine delays will reach airlines next year, the planemaker said.',
    );

    const tariffDeal = topicsOf(
      'UK strikes US tariff deal on steel',
      'Britain agreed a deal with Washington on Thursday to cut tariffs on steel. The UK strikes US deal weeks after talks stalled.',
    );

    for (const topics of [pilots, deal, chairs, jets, tariffDeal]) expect(topics).not.toContain(CONFLICT);
  });
});
