import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const LABOUR = 'medtop:09000000';
const CRIME = 'medtop:02000000';
const CONFLICT = 'medtop:16000000';
const SPORT = 'medtop:15000000';
const SOCCER = 'medtop:20001065';
const TRAVEL = 'medtop:20000563';
const TELEVISION = 'medtop:20000051';
const ECONOMY = 'medtop:04000000';

const topicsOf = (title: string, body: string) => tagArticle({ title, body }).topics;
const idsOf = (title: string, body: string) => topicsOf(title, body).map((t) => t.id);

describe('"strike" that is no walkout', () => {
  it('reads an earthquake that strikes as a disaster, with no labour topic', () => {
    const ids = idsOf(
      'Powerful earthquake strikes off Sumatra',
      'A magnitude 7.1 earthquake struck off the west coast of Sumatra early on Friday, the geophysics agency ' +
        'said. Residents fled to higher ground and several buildings collapsed in Padang.',
    );

    expect(ids).not.toContain(LABOUR);
  });

  it("reads a striker's late strike as football, with no labour topic", () => {
    const ids = idsOf(
      'Late strike lifts Brentford past Everton',
      "Yoane Wissa's curling strike from 20 yards in the 88th minute gave Brentford a 2-1 win over Everton " +
        'on Saturday. The striker had earlier hit the post.',
    );

    expect(ids[0]).toBe(SPORT);
    expect(ids).not.toContain(LABOUR);
  });

  it('still reads dock workers walking out as a labour strike', () => {
    const ids = idsOf(
      'Strike shuts ports',
      "Dock workers began a 48-hour strike on Monday, shutting the country's two main ports, the union said.",
    );

    expect(ids[0]).toBe(LABOUR);
  });
});

describe('shootings are crime', () => {
  it('files people who "have been shot" at a shopping centre under crime', () => {
    const ids = idsOf(
      'Several people have been shot at a shopping centre in Perth',
      'Several people have been shot at a shopping centre in Perth, emergency services said.',
    );

    expect(ids[0]).toBe(CRIME);
  });

  it('files a mass shooting at a college under crime, not education', () => {
    const ids = idsOf(
      'Mass shooting at college leaves three dead',
      'A mass shooting at a college library in Ohio left three students dead and five wounded on Tuesday. ' +
        'Witnesses said a man opened fire in the reading room.',
    );

    expect(ids[0]).toBe(CRIME);
  });

  it('does not read a film that "was shot" in Morocco as a shooting', () => {
    const ids = idsOf(
      "Director's new thriller opens",
      "The director's new thriller, which was shot in Morocco and Jordan over three months, opens in " +
        'cinemas on Friday. The film stars two Oscar-winning actors.',
    );

    expect(ids).not.toContain(CRIME);
  });
});

describe('missiles and state television', () => {
  it('reads a cruise missile test as conflict news, not travel', () => {
    const ids = idsOf(
      'North Korea tests cruise missile',
      "North Korea's state media said on Friday that leader Kim Jong Un had overseen the test of a new " +
        'strategic cruise missile off the east coast.',
    );

    expect(ids[0]).toBe(CONFLICT);
    expect(ids).not.toContain(TRAVEL);
  });

  it('does not read a minister speaking on state television as a television story', () => {
    const ids = idsOf(
      'Minister rejects talks offer',
      'The foreign minister told state television that his country would not negotiate while sanctions ' +
        'remained in place. He said on national television later that the offer was an insult.',
    );

    expect(ids).not.toContain(TELEVISION);
  });
});

describe("today's football clubs", () => {
  it('gives a one-line result between two current clubs sport and football', () => {
    const ids = idsOf('Manchester City beat Bournemouth', 'Manchester City beat Bournemouth 3-1 on Sunday.');

    expect(ids[0]).toBe(SPORT);
    expect(ids).toContain(SOCCER);
  });

  it('reads Bayer Leverkusen as a club, not the drug maker', () => {
    const ids = idsOf(
      'Liverpool sign Wirtz',
      'Liverpool have completed the signing of Florian Wirtz from Bayer Leverkusen for a British record fee of £116m.',
    );

    expect(ids).toContain(SOCCER);
    expect(ids).not.toContain(ECONOMY);
  });

  it('does not read the West Ham constituency as the club', () => {
    const ids = idsOf(
      'MP selected for east London seat',
      'Labour has selected a local councillor as its candidate for West Ham at the next general election, ' +
        'the party said. The constituency has been held by Labour since 1945.',
    );

    expect(ids).not.toContain(SPORT);
  });
});
