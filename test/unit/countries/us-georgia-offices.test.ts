import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const codesOf = (title: string, body: string) =>
  tagArticle({ title, body, language: 'en' }).countries.map((c) => c.code);

describe('Georgia the US state by its offices and its small towns', () => {
  it('reads "Georgia Governor <Name>" as the state, not as part of a name', () => {
    expect(
      codesOf(
        'Governor signs bill',
        'Georgia Governor Brian Kemp signed a bill on Wednesday on school boards.',
      ),
    ).toEqual(['US']);
  });

  it("reads the state's other offices and bodies as the state", () => {
    expect(
      codesOf(
        'Turnout record',
        "Georgia's Secretary of State Brad Raffensperger said early voting broke records.",
      ),
    ).toEqual(['US']);
    expect(
      codesOf('Lawsuit filed', 'Georgia Attorney General Chris Carr sued three drug makers on Friday.'),
    ).toEqual(['US']);
    expect(
      codesOf('Bill stalls', 'Georgia Republicans blocked the bill in a late vote on Thursday.'),
    ).toEqual(['US']);
  });

  // review61 ★2: a headline's Georgia that the body reads as the state by "Gov." alone.
  it("reads a headline's Georgia as the state where the body's words are the state's", () => {
    expect(
      codesOf(
        'Chipmaker to Build Plant in Rural Georgia',
        'The plant near Vidalia will employ 800 people, Gov. Brian Kemp said on Tuesday.',
      ),
    ).toEqual(['US']);
    expect(codesOf('Georgia Passes Media Law', 'Lawmakers in Tbilisi voted 80 to 12 for the bill.')).toEqual([
      'GE',
    ]);
  });

  it('reads an unknown town set off before Georgia after a place word as the state', () => {
    expect(
      codesOf('Three killed', 'A gunman killed three people at a school in Dalton, Georgia, on Monday.'),
    ).toEqual(['US']);
    expect(codesOf('Storm damage', 'A tornado tore through Cartersville, Georgia. No one was hurt.')).toEqual(
      ['US'],
    );
  });

  it("keeps the country where the story's other words say so or Georgia opens a list of countries", () => {
    expect(
      codesOf('Winemakers worry', 'In Zestaponi, Georgia, winemakers say Russian demand has dried up.'),
    ).toContain('GE');
    expect(
      codesOf(
        'Reform pledge',
        'After talks in Brussels, Georgia, Moldova and Ukraine pledged to speed up reforms.',
      ),
    ).not.toContain('US');
    expect(
      codesOf(
        'Vote count',
        "Georgia's prime minister said in Tbilisi that the Georgian Dream party had won.",
      ),
    ).toEqual(['GE']);
  });

  it("reads a firm's plant in Georgia and a federal agency's raid there as the state", () => {
    expect(
      codesOf(
        'Plant raid',
        'Federal agents raided a battery plant in Georgia run by a Japanese supplier, detaining 200 workers.',
      ),
    ).not.toContain('GE');
    const raided = codesOf('', "Toyota's Georgia factory was searched by ICE on Thursday.");
    expect(raided).toContain('US');
    expect(raided).not.toContain('GE');
  });

  it('keeps the country for a hydropower plant or a factory in one of its own regions (read50 R16)', () => {
    // Arrange
    const dam =
      'Turkish builder Enka will build a $500 million hydropower plant in Georgia, the company said on Monday.';
    const cement = "Chinese firm Hualing said it would open a cement factory in Georgia's Kutaisi region.";

    // Act
    const damCodes = codesOf('', dam);
    const cementCodes = codesOf('', cement);
    const battery = codesOf('', 'Hyundai said it would build a battery plant in Georgia.');

    // Assert
    expect(damCodes).toContain('GE');
    expect(damCodes).not.toContain('US');
    expect(cementCodes[0]).toBe('GE');
    expect(cementCodes).not.toContain('US');
    expect(battery).toContain('US');
  });
});
