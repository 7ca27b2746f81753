import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { typedNames } from './entities-of.js';

describe('things and clubs that name lists read as people', () => {
  it('does not read "the Moon" as a person named Moon', () => {
    expect(typedNames('The capsule splashed down after circling the Moon, NASA said.')).not.toContain(
      'Moon/person',
    );
  });

  it('does not read the "Day" of "Christmas Day" as a person, and keeps "Doris Day" one', () => {
    const entities = typedNames('Shops were busy on Christmas Day. Doris Day sang on Independence Day.');

    expect(entities).not.toContain('Day/person');
    expect(entities).toEqual(expect.arrayContaining(['Doris Day/person', 'Independence Day/event']));
  });

  it('keeps a club followed by ", who" in a result sentence a club', () => {
    const entities = tagArticle({
      title: 'Liverpool go top',
      body: 'Liverpool are two points clear of Arsenal, who drew 1-1 with Brighton earlier in the day.',
    }).entities.map((e) => `${e.name}/${e.type}`);

    expect(entities).toContain('Arsenal/organization');
  });

  it('does not read Bitcoin as a company', () => {
    expect(typedNames('Investors bought more after Bitcoin rose above $100,000 on Thursday.')).not.toContain(
      'Bitcoin/organization',
    );
  });
});

describe('names with a possessive inside', () => {
  it('keeps "St Peter\'s Square" one place and "New Year\'s Eve", "Valentine\'s Day" one event each', () => {
    const entities = typedNames(
      "Pilgrims filled St Peter's Square on Sunday. Crowds gathered on New Year's Eve and on Valentine's Day.",
    );

    expect(entities).toEqual(
      expect.arrayContaining(["St Peter's Square/place", "New Year's Eve/event", "Valentine's Day/event"]),
    );
  });

  it('does not join a country to the place it owns ("Britain\'s Trafalgar Square")', () => {
    const entities = typedNames("Britain's Trafalgar Square was closed on Monday.");

    expect(entities).toContain('Trafalgar Square/place');
  });
});
