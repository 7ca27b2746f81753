import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

const typeOf = (body: string, text: string, title?: string) =>
  entitiesOf(body, title).find((e) => e.mentions.some((m) => m.text === text))?.type;

describe('sides and cars on a sports page', () => {
  it('reads a given name after sides in the plural as the club', () => {
    const body =
      'Arsenal were held 1-1 at home by Bolton in the soccer league on Saturday and are now 11 points behind leaders Chelsea with nine matches left .';

    expect(typeOf(body, 'Chelsea')).toBe('organization');
  });

  it('reads the name of the car a driver finished in as the team', () => {
    const body =
      'Michael Schumacher won the Spanish Grand Prix on Sunday , while Jacques Villeneuve was third in a Williams after 65 laps .\nSchumacher took his first podium of the championship for Ferrari .';

    expect(typeOf(body, 'Williams')).toBe('organization');
  });

  it('reads no team in a phrase that goes on to describe a match', () => {
    const body =
      'Norway beat Estonia 3-1 ( halftime 1-0 ) in a European under-21 championship qualifier on Wednesday .';

    expect(typeOf(body, 'European')).not.toBe('organization');
  });

  it('reads a given name and a surname that is a place’s head word after a title as the person', () => {
    const body =
      'Jacques Villeneuve was third after championship leader Damon Hill spun off on the 45th lap .\nHill still leads the championship by 10 points .';

    expect(typeOf(body, 'Damon Hill')).toBe('person');
  });

  it('reads no title across a sentence’s end before such a name', () => {
    // (The bookmaker "William Hill" of the first version is a person since 2026-12-02's rule that a listed given
    // name before "Hill" names a person, as Damon, Fiona and Lauryn Hill do: a known weakness, see docs/entities.md.)
    const body = 'The grand marshal will be a former world champion. Albert Park hosts the race on Sunday .';

    expect(typeOf(body, 'Albert Park')).not.toBe('person');
  });

  it('keeps such a name a place where no title stands before it', () => {
    const body = 'The race starts at Albert Park in Melbourne on Sunday , organisers said .';

    expect(typeOf(body, 'Albert Park')).toBe('place');
  });
});

describe('a people’s name in the plural on a sports page', () => {
  it('is the club named after them before a side’s noun or listed with a club', () => {
    const body =
      'Michael Lynagh kicked five penalties to steer his Saracens side to a 25-23 home win in the rugby league match , and there were narrow successes for Wasps and Bristol .';

    expect(typeOf(body, 'Saracens')).toBe('organization');
    expect(typeOf(body, 'Wasps')).toBe('organization');
  });

  it('stays the people in a history story', () => {
    const body = 'The Saracens held the city for two centuries before the Normans took it in 1091 .';

    expect(typeOf(body, 'Saracens')).not.toBe('organization');
  });
});

describe('a capitals title’s ordinary word', () => {
  it('is no person when the story writes the word only in lower case', () => {
    const body =
      'NEW DELHI, March 3 - India is seeking 100,000 tonnes of white sugar in a tender closing on March 10, traders said.';

    expect(typeOf(body, 'WHITE', 'SUGAR - INDIA SEEKS WHITE SUGAR IN TENDER')).toBeUndefined();
  });

  it('stays the firm the story’s first word names', () => {
    const body =
      'Stone Packaging Corp said the waiting period for its purchase of Northfield Pulp Inc had ended.\n    Stone said it will close the purchase next month.';

    expect(typeOf(body, 'STONE', 'STONE PACKAGING <SPK> CLEARS WAITING PERIOD')).toBe('organization');
  });

  it('stays a name the story writes with a capital inside a sentence', () => {
    const body =
      'WASHINGTON, March 3 - Treasury official John White said on Tuesday that the deficit would narrow, White said.';

    expect(typeOf(body, 'WHITE', 'WHITE SEES SMALLER DEFICIT')).toBe('person');
  });
});
