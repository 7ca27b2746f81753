import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { detectDateline } from '../../../functions/core/text/dateline.js';
import { entitiesOf } from './entities-of.js';

const typesOf = (body: string, text: string, title?: string) =>
  entitiesOf(body, title)
    .filter((e) => e.mentions.some((m) => m.text === text))
    .map((e) => e.type);

describe('a kind of match after "in a" on a sports page', () => {
  it('is no team’s car: cricket’s "in a Test"', () => {
    const body =
      'BIRMINGHAM, England - Alastair Cook scored 294, the highest score by an England batsman in a Test since 1990, as England reached 710 for seven against India. Stuart Broad took four wickets in a Test for the third time. Cook batted for 13 hours.';

    const tagged = entitiesOf(body, 'Cricket: Cook makes century');

    expect(tagged.some((e) => e.mentions.some((m) => m.text === 'Test'))).toBe(false);
  });
});

describe('Māori names opening with "Te"', () => {
  it('keeps players named Te Maire and Te Ahu persons', () => {
    const body =
      'AUCKLAND - The New Zealand Warriors have signed five-eighth Te Maire Martin on a two-year deal. Te Maire Martin played for the Cowboys last season. Te Ahu Davis, the All Blacks lock, also joined a Super Rugby side.';

    const tagged = entitiesOf(body, 'Warriors sign Te Maire Martin');

    expect(typesOf(body, 'Te Maire Martin', 'Warriors sign Te Maire Martin')).toEqual(['person']);
    expect(tagged.find((e) => e.mentions.some((m) => m.text === 'Te Ahu Davis'))?.type).toBe('person');
  });

  it('keeps the surname Te Kanawa at a sentence start with the singer', () => {
    const body =
      'WELLINGTON - New Zealand soprano Dame Kiri Te Kanawa said on Wednesday she would no longer sing in public. Te Kanawa, 73, made her debut at Covent Garden in 1971. Te Kanawa said she had lost her love of singing.';

    expect(typesOf(body, 'Te Kanawa', 'Kiri Te Kanawa to retire from singing')).toEqual(['person']);
  });

  it('still reads a Māori body’s name as an organization', () => {
    const body =
      'WELLINGTON - Te Whatu Ora said on Monday it would cut 500 jobs. Te Pāti Māori said the cuts would hurt rural clinics.';

    expect(typesOf(body, 'Te Whatu Ora')).toEqual(['organization']);
    expect(typesOf(body, 'Te Pāti Māori')).toEqual(['organization']);
  });
});

describe('a first line ending in an ISO date', () => {
  it('is no dateline when it is a web page’s stamp or a release’s header', () => {
    const updated = 'Updated 2024-02-07\nNairobi - Kenya’s central bank raised rates on Tuesday.';
    const meeting =
      'Annual General Meeting 2024-05-14\nThe board of Nokia Oyj proposed a dividend of 0.13 euros a share.';
    const release = 'PRESS RELEASE 2023-10-01\nStockholm - Ericsson said on Sunday it had signed a 5G deal.';

    expect(tagArticle({ body: updated }).dateline?.place).not.toBe('Updated');
    expect(detectDateline(meeting)).toBeUndefined();
    expect(detectDateline(release)?.place).not.toBe('PRESS RELEASE');
  });

  it('is still the wire’s dateline in capitals', () => {
    expect(detectDateline('MOSCOW 1996-08-30\nRussian troops left Grozny on Friday .')?.place).toBe('MOSCOW');
  });
});

describe('a headline with the verb "press"', () => {
  it('makes no newspaper of a capitals subhead', () => {
    const body =
      'WASHINGTON - President Joe Biden will press China on trade at a summit next week, the White House said.\n\nTAIWAN\n\nThe two leaders will also discuss Taiwan, officials said.';

    expect(typesOf(body, 'TAIWAN', 'Biden to press China on trade')).not.toContain('organization');
  });
});
