import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

const typesOf = (body: string, text: string, title?: string) =>
  entitiesOf(body, title)
    .filter((e) => e.mentions.some((m) => m.text === text))
    .map((e) => e.type);

// mendB (read25 F6, F7, F14, F16): firms, people and places the entities25 rules had mistyped.
describe('firms and people after an owner, in business copy (read25)', () => {
  it('keeps a country\u2019s firm that "struck a deal" a firm, not a player', () => {
    const body =
      "NAIROBI - Kenya's Telvora struck a deal with the government on Monday to expand its mobile money service. " +
      "Nigeria's Okafor Cement struck a separate deal. Telvora said the deal would bring in new customers.";

    expect(typesOf(body, 'Telvora')).not.toContain('person');
  });

  it('still reads a club\u2019s one-word player who scored as a person', () => {
    const body = "Chelsea's Palmer scored twice as his side beat Fulham 3-1 on Saturday.";

    expect(typesOf(body, 'Palmer')).toEqual(['person']);
  });
});

describe('a founder\u2019s surname beside the firm named after the founder (read25)', () => {
  it('reads the surname a person\u2019s pronoun takes up as the person, not the firm', () => {
    const body =
      'SAN FRANCISCO - Harold Brenner Corp said on Thursday its founder Harold Brenner would step down as ' +
      'chairman. Harold Brenner, 86, built the broker in the 1970s. Brenner said he was proud of the firm.';

    expect(typesOf(body, 'Brenner')).toEqual(['person']);
  });

  it('keeps the surname alone the firm where no pronoun makes it a person', () => {
    const body =
      'Harold Brenner Corp cut its forecast on Thursday. Brenner said profits would fall this year.';

    expect(typesOf(body, 'Brenner')).not.toContain('person');
  });
});

describe('bosses listed with their banks (read25)', () => {
  it('keeps a boss in a list with banks a person where the surname speaks alone later', () => {
    const body =
      'LONDON - MPs on the Treasury committee questioned Barclays Bank, Lloyds Bank, Dermot Keogan and ' +
      'Priya Raman on Tuesday about mortgage rates. Keogan said rates would fall.';

    expect(typesOf(body, 'Dermot Keogan')).toEqual(['person']);
  });

  it('still reads banks named like people in a list with another bank as firms', () => {
    const body =
      'Chase Manhattan, Morgan Guaranty and Citibank cut their prime rate. Morgan Guaranty said so too.';

    expect(typesOf(body, 'Chase Manhattan')).toEqual(['organization']);
  });
});

describe('a neighbourhood named by a given name and "Hill" (read25)', () => {
  it('reads every mention of the neighbourhood as the place the article makes it', () => {
    const title = 'Murray Hill blaze';
    const body =
      'NEW YORK - Murray Hill residents were evacuated on Tuesday after a gas explosion, officials said.';

    expect(typesOf(body, 'Murray Hill', title)).toEqual(['place']);
  });
});
