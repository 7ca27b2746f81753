import { describe, expect, it } from 'vitest';
import type { TagResult } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';

// Invented 2025-26 stories (session 37, topics37): which crime, for kinds the tree lacked.
const ids = (result: TagResult) => result.topics.map((t) => t.id);
const firstTop = (result: TagResult) => result.topics.find((t) => t.level === 1)?.id;
const ARSON = 'medtop:20000083';
const SEX_CRIME = 'medtop:20000085';
const BRIBERY = 'medtop:20000094';
const HIJACKING = 'medtop:20000098';
const GANG_ACTIVITY = 'medtop:20000102';
const TAX_EVASION = 'medtop:20001195';
const RECKLESS_DRIVING = 'medtop:20001196';

describe('crime kinds named by their own words', () => {
  it.each([
    [
      'Man jailed for arson attack on mosque',
      'A 32-year-old man has been jailed for eight years for an arson attack on a mosque in Leeds. The arsonist poured petrol through the door, the court heard.',
      ARSON,
    ],
    [
      'Former coach charged with rape and sexual assault',
      'A former youth coach has been charged with rape and sexual assault of teenage girls between 2015 and 2019, police said. He will appear in court next week.',
      SEX_CRIME,
    ],
    [
      'Mayor arrested over bribes from builders',
      'The mayor was arrested on suspicion of taking bribes from construction firms in return for planning permits, anti-corruption police said. Prosecutors say the bribery went on for three years.',
      BRIBERY,
    ],
    [
      'Hijackers seize bus on highway outside Lima',
      'Armed hijackers seized a bus carrying 40 passengers on a highway outside Lima and forced the driver to stop in a remote area, police said. The hijacking ended after four hours.',
      HIJACKING,
    ],
    [
      'Gang violence leaves 12 dead in Port-au-Prince',
      'At least 12 people were killed in gang violence in the Haitian capital over the weekend, police said, as rival street gangs fought for control of the port district.',
      GANG_ACTIVITY,
    ],
    [
      'Singer charged with tax evasion in Spain',
      'Spanish prosecutors have charged a pop singer with tax evasion, accusing her of hiding 6 million euros of income in offshore companies. She denies the charges.',
      TAX_EVASION,
    ],
    [
      'Drink-driver jailed for killing cyclist',
      'A man who killed a cyclist while drink-driving has been jailed for nine years for causing death by dangerous driving. He was three times over the limit, the court heard.',
      RECKLESS_DRIVING,
    ],
  ])('%s lists its kind of crime', (title, body, kind) => {
    const result = tagArticle({ title, body });

    expect(ids(result)).toContain(kind);
  });

  it("reads no hijacking in a browser that spyware hijacks, and the plane's hijacking first as crime", () => {
    const spyware = tagArticle({
      title: 'Spyware that can hijack browsers spreads',
      body: 'Security firms warned that new spyware can hijack web browsers and send users to fake shopping sites.',
    });
    const plane = tagArticle({
      title: 'Hijackers of Sudanese jet charged',
      body: 'Seven men who seized a Sudanese airliner and forced it to fly to London were charged with hijacking on Friday.',
    });

    expect(ids(spyware)).not.toContain(HIJACKING);
    expect(firstTop(plane)).toBe(TOP_LEVEL.crime);
    expect(ids(plane)).toContain(HIJACKING);
  });

  it('reads no sex crime in rape the oilseed of a crop report', () => {
    const result = tagArticle({
      title: 'German barley and rape hit by winter frost',
      body:
        'West German winter barley and rape crops were damaged by frost, the farm ministry said, and traders expect ' +
        'rapeseed exports to fall by a fifth. Wheat prices rose on the Hamburg exchange.',
    });

    expect(firstTop(result)).toBe(TOP_LEVEL.economy);
    expect(ids(result)).not.toContain(SEX_CRIME);
    expect(ids(result)).not.toContain(TOP_LEVEL.crime);
  });
});
