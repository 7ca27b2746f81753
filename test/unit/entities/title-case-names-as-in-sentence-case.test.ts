import { describe, expect, it } from 'vitest';
import { tagStory } from '../countries/focus-and-pairs.js';
import { entitiesOf } from './entities-of.js';

// Invented title-case headlines (AP and US papers write them) and lines in capitals (session 55, heads55): the
// headline should name what its sentence-case twin names.
const titleNames = (title: string, body: string) =>
  entitiesOf(body, title)
    .filter((e) => e.mentions.some((m) => m.field === 'title'))
    .map((e) => `${e.name}/${e.type}`)
    .sort();

const focusOf = (title: string, body: string) =>
  tagStory({ title, body })
    .countries.filter((c) => c.focus)
    .map((c) => c.code);

describe('an abbreviation in a title-case headline', () => {
  it('keeps its case: "US" is the country, not the pronoun', () => {
    // Arrange
    const title = 'US Seeks New Ruling on Tobacco Fines';
    const body = 'Government lawyers asked an appeals court on Monday to look again at the case.';

    // Act
    const names = titleNames(title, body);

    // Assert
    expect(names).toContain('United States/place');
  });

  it('keeps a broadcaster named by its letters', () => {
    const names = titleNames(
      'Singer Wins Top Award at MTV Ceremony',
      'The singer thanked her fans after the show in Lisbon on Thursday.',
    );

    expect(names).toContain('MTV/organization');
  });

  it('is a body spelled like a function word before a capitalised verb', () => {
    const names = titleNames('WHO Warns of Measles Surge', 'The health agency said cases rose in Europe.');

    expect(names).toContain('World Health Organization/organization');
  });

  it('goes on into a longer name the story writes', () => {
    const names = titleNames(
      'Kelvane Town Face Rovers in FA Cup',
      'Non-league Kelvane Town were drawn at home to Rovers in the FA Cup third round.',
    );

    expect(names).toContain('FA Cup/other');
    expect(names).not.toContain('FA/organization');
  });
});

describe('a body the team list knows, in a headline whose case says nothing', () => {
  it('reads "Bank of England" whole in title case (read54)', () => {
    const names = titleNames('Bank of England Cuts Rates', 'Markets waited on Thursday.');

    expect(names).toEqual(['Bank of England/organization']);
  });

  it('reads "Federal Reserve" before a lower-case preposition', () => {
    const names = titleNames('Federal Reserve in Focus', 'Markets waited on Thursday.');

    expect(names).toEqual(['Federal Reserve/organization']);
  });

  it('reads it in a headline in capitals too', () => {
    const names = titleNames(
      'WORLD BANK REPORT CRITICISES FARM PLAN',
      'A report said the plan would raise food prices.',
    );

    expect(names).toContain('World Bank/organization');
  });

  it("reads a body's one-word form written as a word", () => {
    const names = titleNames(
      "Coach Hails Rovers' Uefa Spirit",
      'The coach praised his side after the 2-0 win in the Uefa Cup on Thursday.',
    );

    expect(names).toContain('UEFA/organization');
  });

  it('reads no body in an ordinary phrase of the headline (read55 R2)', () => {
    const rescue = titleNames('Firefighters Save the Children From Blaze', 'Two boys were carried out.');
    const ministry = titleNames('New Law and Justice Ministry Planned', 'The cabinet met on Monday.');

    expect(rescue).not.toContain('Save the Children/organization');
    expect(ministry).not.toContain('Law and Justice/organization');
  });

  it("reads a body of ordinary words before the headline's verb", () => {
    const names = titleNames('Save the Children Warns of Famine', 'The charity said aid was running out.');

    expect(names).toContain('Save the Children/organization');
  });

  it("reads no party in a firm's ticker in capitals", () => {
    const names = titleNames(
      'KELVANE-MORTON <GOP> SELLS GAS STAKE',
      'Kelvane-Morton Inc said it sold its gas interests for 12 mln dlrs.',
    );

    expect(names).not.toContain('Republican Party/organization');
  });
});

describe('an ordinary word of a headline whose case says nothing', () => {
  it('is a capital of a million people when the lists know it so', () => {
    const names = titleNames(
      'Berlin Hails European Cinema',
      'The festival opened on Thursday with a French drama.',
    );

    expect(names).toContain('Berlin/place');
  });

  it('is the common noun after an article (read55 R1)', () => {
    const names = titleNames(
      'Retailer Rises Like a Phoenix From Bankruptcy',
      'The chain reopened 40 stores on Monday.',
    );

    expect(names).not.toContain('Phoenix/place');
  });

  it('is no firm before a word of bosses when the story writes it in lower case', () => {
    const names = titleNames(
      'Police Detain Chinese Milk Bosses',
      'Police detained four milk company bosses over tainted baby formula.',
    );

    expect(names).not.toContain('Milk/organization');
  });

  it('is the word the story writes in lower case, not a name', () => {
    const names = titleNames(
      'Joke E-mail Virus Tricks Users',
      'A joke e-mail carrying a virus spread quickly on Monday.',
    );

    expect(names).toEqual([]);
  });
});

describe('the test for a title-case headline', () => {
  it("takes a phrasal verb's lower-case particle as the sign of title case", () => {
    const names = titleNames(
      'Ireland Call up Uncapped Kelvane',
      'Ireland have called up uncapped flanker Tom Kelvane for the Six Nations.',
    );

    expect(names).not.toContain('Ireland Call/organization');
    expect(names.some((n) => n.startsWith('Uncapped'))).toBe(false);
  });

  it('takes a verb of speech ending the headline as its verb', () => {
    const names = titleNames(
      'Protect Whistleblowers, TUC Says',
      'Unions want new laws to protect whistleblowers, the TUC said on Monday.',
    );

    expect(names).toEqual(['TUC/organization']);
  });
});

describe('a town of a title-case headline before a capitalised word', () => {
  it('names its country when the entities read it as the place', () => {
    const focus = focusOf(
      'Kelvanova Seals Canberra Victory',
      'Tamara Kelvanova won her first title on Saturday, beating the top seed in straight sets.',
    );

    expect(focus).toContain('AU');
  });

  it('does not name it where the words are a longer place', () => {
    const focus = focusOf('Hyde Park Concert Cancelled', 'The concert was called off because of the storm.');

    expect(focus).toEqual([]);
  });
});
