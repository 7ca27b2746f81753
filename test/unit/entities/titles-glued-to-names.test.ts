import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

const namesOf = (body: string, title?: string) => entitiesOf(body, title).map((e) => `${e.name}/${e.type}`);

describe('titles glued to names or tagged alone (wild37 star 4)', () => {
  it('strips the titles the lists lacked: Councilor, Barrister, Magistrate, DSP', () => {
    const body =
      'Councilor Anna Trevorrow voted against the plan. Barrister Jane Okafor filed the appeal. ' +
      'DSP Yazid Abubakar told reporters the suspects were held. ' +
      'Lucknow District Magistrate Suryapal Gangwar ordered the road closed.';

    const names = namesOf(body, 'Town votes on bridge');

    expect(names).toEqual(
      expect.arrayContaining([
        'Anna Trevorrow/person',
        'Jane Okafor/person',
        'Yazid Abubakar/person',
        'Suryapal Gangwar/person',
        'Lucknow/place',
      ]),
    );
  });

  it("splits a county's executive from the county", () => {
    const names = namesOf('Erie County Executive Mark Poloncarz said the bridge would open next year.');

    expect(names).toEqual(expect.arrayContaining(['Mark Poloncarz/person', 'Erie County/place']));
  });

  it("reads a district attorney's title whole, leaving the city", () => {
    const names = namesOf('Philadelphia District Attorney Larry Krasner filed charges on Monday.');

    expect(names).toEqual(expect.arrayContaining(['Larry Krasner/person', 'Philadelphia/place']));
    expect(names).not.toContain('Philadelphia District/place');
  });

  it('tags no office written in capitals alone', () => {
    const body =
      'LUCKNOW: The state announced a relief package. "No farmer will be left without help," the CM said. ' +
      'The DSP said three men were held.';

    const names = namesOf(body, 'Relief for farmers');

    expect(names).toEqual(['Lucknow/place']);
  });

  it("tags no honour or rank of the bar after a person's name", () => {
    const body =
      'Mike Ozekhome, SAN, said the ruling was wrong. Jane Smith, KC, and Elton John, CBE, agreed.';

    const names = namesOf(body, 'Lawyers react to ruling');

    expect(names.filter((n) => /^(SAN|KC|CBE)\//.test(n))).toEqual([]);
    expect(names).toContain('Mike Ozekhome/person');
  });

  it('reads an office spelled out between titles as no person', () => {
    const body =
      'Group Chief Branding and Communications Officer Anthony Chiejina said the plant was ready. ' +
      '"These data help," said Dr. Maria Chen, Chief Medical Officer. The state\'s Chief Medical Officer warned of flu.';

    const names = namesOf(body, 'Refinery begins exports');

    expect(names).not.toContain('Branding/person');
    expect(names).not.toContain('Medical/person');
    expect(names).toEqual(expect.arrayContaining(['Anthony Chiejina/person', 'Maria Chen/person']));
  });

  it('keeps a holder named after the spelled-out office', () => {
    const names = namesOf('Chief Medical Officer Chris Whitty warned of a hard winter.');

    expect(names).toContain('Chris Whitty/person');
  });

  it('tags no office ending in "Officer" whose other words are ordinary ones', () => {
    const body =
      'The Police Public Relations Officer in the state, DSP Yazid Abubakar, confirmed the attack. ' +
      'The Returning Officer declared the result.';

    const names = namesOf(body, 'Police confirm attack');

    expect(names).toEqual(['Yazid Abubakar/person']);
  });

  it('keeps a body whose name goes on after "Officer"', () => {
    const names = namesOf('The Army Officer Training Corps met on Monday.', 'Corps meets');

    expect(names).toContain('Army Officer Training Corps/organization');
  });
});
