import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

// Invented stories (session 38, entities38): ranks before names, clubs named by a town and an ordinary word,
// long bodies' names, bands taken up as bodies, players whose given names the lists lack.
const typeOf = (body: string, text: string, title?: string) =>
  entitiesOf(body, title).find((e) => e.mentions.some((m) => m.text === text))?.type;
const names = (body: string, title?: string) => entitiesOf(body, title).map((e) => `${e.name}[${e.type}]`);

describe('naval and police ranks', () => {
  it('splits a commodore from the name of the officer holding the rank', () => {
    const body = 'Commodore Jay Tarriela, the coast guard spokesman, said no one was hurt.';

    expect(names(body, 'Ship rammed near shoal')).toContain('Jay Tarriela[person]');
  });

  it('keeps a firm named with a senior rank and ordinary words whole', () => {
    const body =
      'Commodore International filed for bankruptcy in 1994, and Admiral Insurance said profits rose.';

    expect(typeOf(body, 'Commodore International', 'Home computers')).toBe('organization');
    expect(typeOf(body, 'Admiral Insurance', 'Home computers')).toBe('organization');
  });

  it('splits an office named by "of" and a police body from its holder', () => {
    const body = 'Superintendent of Police Rakesh Kumar said the accused had fled to Nepal.';

    expect(names(body, 'Custodial death')).toContain('Rakesh Kumar[person]');
  });

  it('reads police ranks in capitals and an ensign as titles', () => {
    const body =
      'SSP Rajesh Kumar said the accused fled. IGP Kayode Egbetokun ordered an inquiry. Ensign Mark Lee testified.';

    expect(names(body, 'Inquiry ordered')).toEqual(
      expect.arrayContaining(['Rajesh Kumar[person]', 'Kayode Egbetokun[person]', 'Mark Lee[person]']),
    );
  });
});

describe('a town and an ordinary word', () => {
  it('makes a club named by a town and a word that is also a given name a body, off a sports page', () => {
    const body = 'Melbourne Storm signed a new hooker on Monday, the club said.';

    expect(typeOf(body, 'Melbourne Storm', 'Contract news')).toBe('organization');
  });

  it('makes a name ending in "National" no person', () => {
    const body = 'Augusta National said the course would be watered overnight.';

    expect(typeOf(body, 'Augusta National', 'Course news')).toBe('organization');
  });

  it('leaves a given name and a surname that is also a word a person', () => {
    const body = 'Austin Butler starred in the film, which opened on Friday.';

    expect(typeOf(body, 'Austin Butler', 'Film opens')).toBe('person');
  });

  it('reads a trade fair named by a town as no firm', () => {
    const body = 'Publishers flocked to the London Book Fair on Tuesday.';

    expect(typeOf(body, 'London Book Fair', 'Publishers gather')).not.toBe('organization');
  });
});

describe('long names of bodies', () => {
  it('runs a body through a second "for" to "in" and a country', () => {
    const body = 'The Board of Control for Cricket in India on Tuesday named a new selection committee.';

    expect(names(body, 'New selectors')).toContain('Board of Control for Cricket in India[organization]');
  });

  it('runs a court through "of the Nation"', () => {
    const body = "Mexico's Supreme Court of Justice of the Nation on Monday struck down part of the law.";

    expect(names(body, 'Court ruling')).toContain('Supreme Court of Justice of the Nation[organization]');
  });

  it('leaves a body and a town after "in" apart without a second connector', () => {
    const body = 'The Bank of Japan in Tokyo kept rates on hold.';

    expect(names(body, 'Rates on hold')).toEqual(
      expect.arrayContaining(['Bank of Japan[organization]', 'Tokyo[place]']),
    );
  });

  it('leaves a minister of a domain before the holder a person', () => {
    const body = 'Minister of Justice Pam Bondi said the inquiry would go on.';

    expect(names(body, 'Inquiry goes on')).toContain('Pam Bondi[person]');
  });
});

describe('a band the story takes up', () => {
  it('makes a name of a given name and an ordinary word a band after ", who … the band said"', () => {
    const body =
      'Royal Blood, who formed in 2011 in Brighton, have announced a 12-date arena tour, the band said on Monday.';

    expect(typeOf(body, 'Royal Blood', 'Tour announced')).toBe('organization');
  });
});

describe('players whose given names the lists lack', () => {
  it('makes a word no list knows and an ordinary word a player before a feat, in every mention', () => {
    const body =
      'Quarterback Lamar Jackson threw for 290 yards and three touchdowns, and Zay Flowers caught two as the ' +
      'Baltimore Ravens beat the Cincinnati Bengals 34-17 in the NFL. Zay Flowers finished with 98 receiving yards.';
    const flowers = entitiesOf(body, 'Ravens rout Bengals').filter((e) => e.name === 'Zay Flowers');

    expect(flowers.map((e) => e.type)).toEqual(['person']);
  });
});
