import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

const namesOf = (body: string, title?: string) => entitiesOf(body, title).map((e) => `${e.name}/${e.type}`);

describe("bodies' long names, observatories and labs, areas (wild37 star 12)", () => {
  it('joins a long agency name written as a list when the acronym after it spells it all', () => {
    const body =
      'The Philippine Atmospheric, Geophysical and Astronomical Services Administration (PAGASA) said a storm ' +
      'could form. The Nigerian Midstream and Downstream Petroleum Regulatory Authority (NMDPRA) approved it.';

    const names = namesOf(body, 'Storm warning');

    expect(names).toEqual(
      expect.arrayContaining([
        'Philippine Atmospheric, Geophysical and Astronomical Services Administration/organization',
        'Nigerian Midstream and Downstream Petroleum Regulatory Authority/organization',
      ]),
    );
    expect(names).not.toContain('Geophysical/organization');
  });

  it('leaves a firm named after its partners to the other rules', () => {
    const names = namesOf('Welsh, Carson, Anderson and Stowe (WCAS) bought the company.', 'Deal');

    expect(names.some((n) => n.startsWith('Welsh, Carson'))).toBe(false);
  });

  it('reads an observatory and a lab as bodies', () => {
    const body =
      'The Hong Kong Observatory raised its highest signal. Satellite images analysed by the Humanitarian ' +
      'Research Lab show damage.';

    const names = namesOf(body, 'Typhoon lashes Hong Kong');

    expect(names).toEqual(
      expect.arrayContaining([
        'Hong Kong Observatory/organization',
        'Humanitarian Research Lab/organization',
      ]),
    );
  });

  it('reads a metropolitan area and a local government area as places', () => {
    const body =
      'Flooding submerged large parts of Metro Manila and Bulacan. Gunmen struck a mosque in Maru Local ' +
      'Government Area on Friday.';

    const names = namesOf(body, 'Floods and raids');

    expect(names).toEqual(
      expect.arrayContaining(['Metro Manila/place', 'Bulacan/place', 'Maru Local Government Area/place']),
    );
  });
});

describe("a lawmaker's constituency in brackets (wild37 star 12)", () => {
  it('reads a name ending in a compass word in brackets after a person as a place', () => {
    const body =
      'Senator Natasha Akpoti-Uduaghan (Kogi Central) said the process was opaque. Senator Ali Ndume ' +
      '(Borno South) agreed.';

    const names = namesOf(body, 'Senate confirms clerk');

    expect(names).toEqual(expect.arrayContaining(['Kogi Central/place', 'Borno South/place']));
  });

  it("keeps a firm's full name in brackets a firm", () => {
    const names = namesOf('Shares of Southern (Southern Co) rose on Monday.', 'Utilities rise');

    expect(names).toContain('Southern Co/organization');
  });
});

describe("a web page's furniture (wild37 minor)", () => {
  it("tags no live page's heading", () => {
    const names = namesOf('Share\nKey events\nThe storm hit the coast on Monday.', 'Storm live');

    expect(names.filter((n) => n.startsWith('Key'))).toEqual([]);
  });

  it("reads no call to follow a desk into the agency's name, nor its hub's region into the story", () => {
    const body =
      "The storm hit the coast.\n___\nFollow AP's coverage of Asia at https://apnews.com/hub/asia-pacific";

    const names = namesOf(body, 'Storm hits coast');

    // Since session 62 the whole "Follow … https://…" line is a promotion (text/boilerplate.ts).
    expect(names).not.toContain('Follow AP/other');
    expect(names).not.toContain('Asia/place');
  });
});
