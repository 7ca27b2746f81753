import { describe, expect, it } from 'vitest';
import { focusAndPairs, story } from './focus-and-pairs.js';

describe('a table of output by country sent as plain text', () => {
  it('puts each producer with a row in focus and pairs the producers, under a headline naming a group', () => {
    // Arrange
    const article = story(
      'OPEC+ output slips in May as cuts deepen',
      'VIENNA, June 3 - Crude output from the OPEC+ group fell by 180,000 barrels per day in May, a survey of ' +
        'shippers and analysts showed, as Kazakhstan pumped above its target.\n    Output by member, in mln bpd:\n' +
        '     ALGERIA        0.91       0.92\n' +
        '     KAZAKHSTAN     1.62       1.58\n' +
        '     NIGERIA        1.44       1.41\n' +
        '     OMAN           0.76       0.76\n' +
        '     ANGOLA         1.10       1.12\n',
    );

    // Act
    const { focus, pairs } = focusAndPairs(article);

    // Assert
    expect(focus).toEqual(expect.arrayContaining(['AO', 'DZ', 'KZ', 'NG', 'OM']));
    expect(pairs).toEqual(expect.arrayContaining(['AO-NG', 'DZ-OM', 'KZ-NG']));
  });

  it('reads rows in mixed case run together with dots ("Chile ...... 412")', () => {
    const article = story(
      'Fish oil production climbs to a four-year high',
      'LONDON, March 9 - Fish oil production in the main producing nations rose last year, the industry body ' +
        'said in its annual review.\n    Its figures, in thousands of tonnes:\n' +
        ' Chile ......... 412\n Peru .......... 388\n Norway ........ 151\n Iceland ....... 97\n',
    );

    const { focus, pairs } = focusAndPairs(article);

    expect(focus).toEqual(expect.arrayContaining(['CL', 'IS', 'NO', 'PE']));
    expect(pairs).toEqual(expect.arrayContaining(['IS-NO', 'CL-PE']));
  });

  it("leaves an importer's table of quotas by supplier as background", () => {
    const article = story(
      'Sugar quota imports detailed',
      'WASHINGTON, Feb 9 - The Agriculture Department said sugar imports so far this quota year, by ' +
        'supplying country, were as follows, in short tons:\n' +
        ' ARGENTINA        nil          41,250\n' +
        ' AUSTRALIA        nil          68,920\n' +
        ' BELIZE           nil          12,340\n' +
        ' BOLIVIA          nil           6,810\n' +
        ' FIJI             nil          22,470\n',
    );

    const { focus } = focusAndPairs(article);

    expect(focus).not.toContain('AR');
    expect(focus).not.toContain('FJ');
  });

  it('leaves a table under a headline naming a country to the roster rules', () => {
    const article = story(
      'Brazil coffee output seen lower',
      'SAO PAULO, May 4 - Brazil will produce less coffee this year, traders said, pointing to production ' +
        'elsewhere:\n' +
        ' COLOMBIA        11.2\n VIETNAM         28.1\n ETHIOPIA         7.9\n HONDURAS         6.0\n',
    );

    const { focus } = focusAndPairs(article);

    expect(focus).not.toContain('VN');
  });

  it('leaves the buyers in a table of exports by destination as background, though producers export them', () => {
    const article = story(
      'Cocoa exports by destination',
      'ABIDJAN - Ivorian cocoa producers exported 210,000 tonnes in March, the regulator said. Shipments by ' +
        'destination, in tonnes:\n' +
        '  NETHERLANDS     61,000\n  FRANCE          38,000\n  MALAYSIA        27,000\n  ESTONIA         19,000\n',
    );

    const { focus, pairs } = focusAndPairs(article);

    expect(focus).not.toContain('MY');
    expect(pairs).not.toContain('FR-NL');
  });

  it('leaves a table of car registrations by market as background, though automakers cut production', () => {
    const article = story(
      'Van sales slide across Europe',
      'BRUSSELS - New van registrations fell 4% in May, the industry group said, as carmakers cut production. ' +
        'Registrations by market:\n' +
        '  GERMANY     21,300   -2.1\n  FRANCE      15,800   -6.0\n  ITALY       14,100   +1.3\n' +
        '  SWEDEN       4,200   -0.8\n',
    );

    const { focus, pairs } = focusAndPairs(article);

    expect(focus).not.toContain('SE');
    expect(pairs).not.toContain('DE-FR');
  });
});
