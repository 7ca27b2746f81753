import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { detectDateline, isInInlineDateline } from '../../../functions/core/text/dateline.js';

// Wire copy of the 1990s opens with its headline in the body, a dash after the desk's slug ("SOCCER -",
// "PRESS DIGEST -"), and files the dateline on the next line with an ISO date.
const SPORT =
  'SOCCER - DYNAMO FANS BARRED AFTER CRUSH .\nMOSCOW 2026-08-30\nDynamo Lipetsk must play their next two home games without fans , the league said on Friday .';

describe('a headline above the dateline', () => {
  it('reads no dateline in a capitals headline whose slug ends in a dash', () => {
    const dateline = detectDateline(
      'GOLF - KELLER LEADS IN PHOENIX , ROOKIE SHINES ON DEBUT .\nKeller shot 65 on Thursday .',
    );

    expect(dateline).toBeUndefined();
  });

  it('reads the place and ISO date on the line under the headline as the dateline', () => {
    const dateline = detectDateline(SPORT);

    expect(dateline?.place).toBe('MOSCOW');
    expect(SPORT.slice(dateline?.start, dateline?.end)).toBe('MOSCOW 2026-08-30\n');
  });

  it('reads the line under a headline in mixed case too, with a region after the town', () => {
    const body =
      'Asian Copper - Quiet market seen lasting .\nHONG KONG , China 2026-08-30\nCopper traded quietly .';

    expect(detectDateline(body)?.place).toBe('HONG KONG , China');
  });

  it('leaves the headline out of the dateline, so its names are the story’s', () => {
    const dateline = detectDateline(SPORT);

    expect(isInInlineDateline(dateline, 'body', 0)).toBe(false);
    expect(isInInlineDateline(dateline, 'body', SPORT.indexOf('MOSCOW'))).toBe(true);
    expect(isInInlineDateline(dateline, 'body', SPORT.indexOf('Dynamo Lipetsk'))).toBe(false);
  });

  it('still reads a dateline whose story is in capitals, and a dash with a story in mixed case', () => {
    expect(detectDateline('WASHINGTON - THE SENATE VOTED ON TUESDAY TO CUT TAXES .')?.place).toBe(
      'WASHINGTON',
    );
    expect(detectDateline('WASHINGTON - The Senate voted on Tuesday .')?.place).toBe('WASHINGTON');
  });

  it('tags the headline’s country as the story’s and the dateline’s town as a place', () => {
    const body =
      'SOCCER - SLOVAKIA EDGE FAROES IN EURO QUALIFIER .\nTOFTIR , Faroe Islands 2026-09-05\nSlovakia edged the Faroe Islands 1-0 in a European Championship qualifier on Saturday .';

    const result = tagArticle({ body });

    expect(result.dateline?.place).toBe('TOFTIR , Faroe Islands');
    expect(result.entities.find((e) => e.name.toLowerCase() === 'toftir')?.type).toBe('place');
    expect(result.countries.find((c) => c.code === 'SK')?.focus).toBe(true);
  });
});
