import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

const namesOf = (body: string, title?: string) => entitiesOf(body, title).map((e) => `${e.name}/${e.type}`);

/** An invented match report: enough words of sport for a sports page. */
const REPORT =
  'Everton were held to a 1-1 draw in the league match on Saturday after Dwight McNeil scored and the ' +
  'visitors equalised late in the Premier League. ';

describe('names in sports prose (wild37 star 5)', () => {
  it("reads a player's possessive before a touch of the ball, and a manager's before his side, as people", () => {
    const body = `${REPORT}Robert Lewandowski headed in Raphinha's corner before Pedri's pass set up the second. Hansi Flick's side need a win.`;

    const names = namesOf(body, 'Everton held at home');

    expect(names).toEqual(expect.arrayContaining(['Raphinha/person', 'Pedri/person', 'Hansi Flick/person']));
  });

  it('reads both sides of a fixture told with a plural verb as clubs', () => {
    const names = namesOf(`${REPORT}Liverpool play Chelsea at Anfield on Monday.`, 'Everton held at home');

    expect(names).toEqual(expect.arrayContaining(['Liverpool/organization', 'Chelsea/organization']));
  });

  it('keeps two players who play a course people and places', () => {
    const names = namesOf(`${REPORT}McIlroy and Woods play Augusta next week.`, 'Everton held at home');

    expect(names).not.toContain('Woods/organization');
  });

  it('reads grounds as places: an oval, a saint\'s park after "At", a ground after "at the"', () => {
    const body = `${REPORT}At St James' Park, Alexander Isak scored twice. Travis Head struck 140 at the Adelaide Oval. Kick-off at the Santiago Bernabeu on Sunday.`;

    const names = namesOf(body, 'Everton held at home');

    expect(names).toEqual(
      expect.arrayContaining(["St James' Park/place", 'Adelaide Oval/place', 'Santiago Bernabeu/place']),
    );
  });

  it('tags no body part before an injury and no day qualifier before a weekday', () => {
    const body = `${REPORT}Tyrese Haliburton went down with a right Achilles injury. The Chiefs host the Raiders on Black Friday, and shops expect Cyber Monday sales to rise.`;

    const names = namesOf(body, 'Everton held at home');

    expect(names.filter((n) => /^(Achilles|Black|Cyber)\//.test(n))).toEqual([]);
  });

  it('counts the leagues of other countries as words of sport', () => {
    const body =
      "Napoli and Inter drew 1-1 in Serie A, while Bayern won in the Bundesliga after Harry Kane scored twice. Raphinha's corner was cleared.";

    const names = namesOf(body, 'Weekend round-up');

    expect(names).toContain('Raphinha/person');
  });

  it("reads one word whose possessive comes before a player's full name as the team", () => {
    const body = `${REPORT}Max Verstappen was third, ahead of Mercedes' George Russell.`;

    const names = namesOf(body, 'Everton held at home');

    expect(names).toEqual(expect.arrayContaining(['Mercedes/organization', 'George Russell/person']));
  });

  it("keeps a country whose possessive comes before a player's name a place", () => {
    const body = `${REPORT}Spain's Rafael Nadal beat Britain's Tim Henman in the final.`;

    const names = namesOf(body, 'Everton held at home');

    expect(names).not.toContain('Spain/organization');
    expect(names).not.toContain('United Kingdom/organization');
  });

  it('reads a given name opening a result with "their" as a side', () => {
    const body = `${REPORT}Kerry won their 39th title, beating Donegal in front of 82,300.`;

    const names = namesOf(body, 'Everton held at home');

    expect(names).toContain('Kerry/organization');
  });

  it("counts Australia's premierships as words of sport", () => {
    const body =
      'The Brisbane Lions beat Geelong by 47 points in the AFL grand final to win back-to-back premierships. ' +
      'Geelong coach Chris Scott said his side were beaten by a better team.';

    const names = namesOf(body, 'Lions win back-to-back AFL premierships');

    expect(names).toContain('Geelong/organization');
  });

  it("reads Italy's leagues by their letter as one name, a thing", () => {
    const body =
      'Napoli and Inter drew 1-1 in Serie A, while Bayern won. Juventus are second in Serie A. Parma lead Serie B.';

    const names = namesOf(body, 'Weekend round-up');

    expect(names).toEqual(expect.arrayContaining(['Serie A/other', 'Serie B/other']));
    expect(names.some((n) => n.startsWith('Serie A. '))).toBe(false);
  });
});
