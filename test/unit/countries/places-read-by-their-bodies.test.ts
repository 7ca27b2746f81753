import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// Session 58 (gaz58, from review57's list): counties and a state whose bare name the gazetteer does not read (a
// person's name, a city abroad) are read with the body that serves them. Sentences are invented.
const countriesOf = (body: string): string[] =>
  tagArticle({ title: '', body, language: 'en' }).countries.map((c) => `${c.code}${c.focus ? '*' : ''}`);

describe('a county read by the body that serves it', () => {
  it.each([
    'Kent Police said the lorry driver had been arrested on the motorway.',
    'Essex Police said two men had been charged with the robbery.',
    'Suffolk County Council approved plans for a new primary school.',
    'Norfolk Constabulary appealed for witnesses to the collision.',
  ])('reads an English county with its police or council: %s', (body) => {
    expect(countriesOf(body)).toEqual(['GB*']);
  });

  it('reads an Irish county named like a person with its gardaí', () => {
    expect(countriesOf('Kerry gardaí have appealed for witnesses after a crash on a rural road.')).toEqual([
      'IE*',
    ]);
  });

  it('reads "Co." before an Irish county', () => {
    expect(countriesOf('A walker was rescued in Co. Mayo after a night on the hills.')).toEqual(['IE*']);
  });

  it('keeps a firm’s "Co." out of a county', () => {
    expect(countriesOf('Shares of the Toyota Motor Co. fell in Tokyo.')).toEqual(['JP*']);
  });

  it('reads a city’s police department as the city’s, not the English county', () => {
    expect(
      countriesOf('Norfolk Police Department officers arrested two men, Virginia officials said.'),
    ).toEqual(['US*']);
  });

  it.each([
    'Durham Police Chief Dana Wills said the officer had been placed on paid leave.',
    'Kent Police Chief Omar Reyes said car break-ins in the suburb had doubled since spring.',
    'Durham Police Dept. spokesman Carl Boyd said the road would reopen by noon.',
    'Kent Police Sgt. Lena Ortiz said nobody was hurt in the crash.',
  ])('reads a city force’s chief, department or rank as no English county: %s', (body) => {
    expect(countriesOf(body)).toEqual([]);
  });

  it.each([
    'Kent Police Chief Constable Helen Shaw said the force would recruit 300 officers.',
    'Essex Police Chief Superintendent Mark Dean said the roads would be patrolled overnight.',
    'Essex Police Sgt Ian Cole said the driver had been arrested on the bypass.',
  ])('keeps an English force’s chief ranks and British "Sgt": %s', (body) => {
    expect(countriesOf(body)).toEqual(['GB*']);
  });

  it.each([
    [
      'Kent Police Officer Jailed for Misconduct',
      'A constable who lied about a chase was jailed on Tuesday.',
    ],
    ['KENT POLICE CHIEF SETS OUT WINTER PATROLS', 'More patrols will be on the streets over the holidays.'],
  ])('keeps an English force in a headline that capitalises every word: %s', (title, body) => {
    expect(
      tagArticle({ title, body, language: 'en' }).countries.map((c) => `${c.code}${c.focus ? '*' : ''}`),
    ).toEqual(['GB*']);
  });
});

describe('Australia’s state Victoria', () => {
  it.each([
    'The Victorian Premier announced a new rail line for the outer suburbs.',
    'The Victoria state government approved the hospital on Tuesday.',
  ])('is read with its government: %s', (body) => {
    expect(countriesOf(body)).toEqual(['AU*']);
  });

  it('is not read alone', () => {
    expect(countriesOf('Victoria and David moved to a new house last year.')).toEqual([]);
  });
});
