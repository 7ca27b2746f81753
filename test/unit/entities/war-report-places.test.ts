import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

// Invented war reports (session 53, fixE53): towns no place list knows, read by the verbs and phrases war news
// puts before and after them.
const typeOf = (body: string, text: string, title = 'Fighting flares') =>
  entitiesOf(body, title).find((e) => e.mentions.some((m) => m.text === text))?.type;

describe('towns of war reports that no list knows', () => {
  it('reads the object of a verb of taking or shelling as a place', () => {
    expect(typeOf('The rebels captured Kalvora on Saturday .', 'Kalvora')).toBe('place');
    expect(typeOf('Troops shelled Zenitsa overnight , witnesses said .', 'Zenitsa')).toBe('place');
    expect(typeOf('Government forces retook Dravnik after heavy fighting .', 'Dravnik')).toBe('place');
  });

  it('reads a surname-shaped town after such a verb as a place, not a person', () => {
    expect(typeOf('Aircraft bombed Sorbayan on Sunday .', 'Sorbayan')).toBe('place');
  });

  it('reads the ground a battle moves over as a place', () => {
    expect(typeOf('Government tanks were advancing on Kalvora on Tuesday .', 'Kalvora')).toBe('place');
    expect(typeOf('Fighting raged around Kalvora for a third day .', 'Kalvora')).toBe('place');
    expect(typeOf('The siege of Kalvora entered its third week .', 'Kalvora')).toBe('place');
    expect(typeOf('Thousands fled Kalvora after the attack .', 'Kalvora')).toBe('place');
  });

  it('reads what troops take control of or claim the capture of as a place', () => {
    expect(
      typeOf('Government forces have taken full control of Kalvora , the ministry said .', 'Kalvora'),
    ).toBe('place');
    expect(typeOf('The army claims capture of Dravnik .', 'Dravnik', 'Offensive')).toBe('place');
  });

  it('leaves a firm that investors take control of to its own reading', () => {
    expect(
      typeOf('Investors have taken full control of Zentrix , the filing said .', 'Zentrix', 'Deal'),
    ).not.toBe('place');
  });

  it('reads a town an apposition or "fell to the rebels" explains as a place', () => {
    expect(typeOf('Rebels seized Kalvora , a town 50 km north of the capital .', 'Kalvora')).toBe('place');
    expect(typeOf('Dravnik fell to the rebels on Saturday .', 'Dravnik')).toBe('place');
  });

  it('leaves a firm that investors flee or regulators seize to its own reading', () => {
    expect(
      typeOf(
        'Investors fled Zentrix after the profit warning , and its shares fell .',
        'Zentrix',
        'Shares fall',
      ),
    ).toBe('organization');
    expect(
      typeOf('Regulators seized Zentrix on Friday and sold its deposits .', 'Zentrix', 'Bank seized'),
    ).not.toBe('place');
  });

  it('leaves a market that closed or advanced on a day alone', () => {
    expect(typeOf('Zentrix shares closed on Friday at 833 pence .', 'Zentrix', 'Shares')).not.toBe('place');
  });

  it('reads the land a storm reaches in a weather bulletin as a place', () => {
    const body =
      'The storm was expected to make landfall over Kalvora on Thursday . Signal No. 2 was raised over Dravnik .';

    expect(typeOf(body, 'Kalvora', 'Storm warning')).toBe('place');
    expect(typeOf(body, 'Dravnik', 'Storm warning')).toBe('place');
  });

  it("leaves a person or a firm whose apposition names a town's office or rank alone", () => {
    expect(typeOf("Okafor , the city 's mayor , said the river would peak .", 'Okafor', 'Floods')).toBe(
      'person',
    );
    expect(typeOf('Okafor, a town councillor, said the river would peak.', 'Okafor', 'Floods')).toBe(
      'person',
    );
    expect(
      typeOf("Zentrix , the region 's biggest employer , said it would cut jobs .", 'Zentrix', 'Jobs'),
    ).not.toBe('place');
  });

  it('leaves a person that police or a manhunt take out of the places, and reads that person as one', () => {
    expect(typeOf('Police captured Abimaro after a two-week manhunt .', 'Abimaro', 'Manhunt ends')).toBe(
      'person',
    );
    expect(typeOf('Troops captured Abimaro after a long manhunt .', 'Abimaro', 'Manhunt ends')).toBe(
      'person',
    );
  });

  it('leaves the owner a possessive names after a verb of taking to other cues', () => {
    expect(
      typeOf("Troops captured Abimaro 's former bodyguard on Tuesday .", 'Abimaro', 'Manhunt ends'),
    ).not.toBe('place');
  });

  it('keeps a town whose airport a verb of taking names a place', () => {
    expect(typeOf("Rebels captured Kalvora's main airport on Friday after heavy fighting .", 'Kalvora')).toBe(
      'place',
    );
  });
});
