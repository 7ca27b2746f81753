import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const SPORT = 'medtop:15000000';
const AIR_TRANSPORT = 'medtop:20000338';
const POLITICS = 'medtop:11000000';
const ACCIDENT = 'medtop:03000000';
const CONFLICT = 'medtop:16000000';
const AUTOMOTIVE = 'medtop:20000296';

const topicsOf = (title: string, body: string) => tagArticle({ title, body }).topics.map((t) => t.id);

describe('a club or firm named at the start of a longer name of another thing', () => {
  it('does not read a city council named like a football club as sport', () => {
    const leeds = topicsOf(
      'Leeds City Council raises council tax',
      'Leeds City Council voted on Wednesday to raise council tax by 5% from April, saying cuts to its ' +
        'grant left it no choice. Opposition councillors said residents could not afford it.',
    );
    const bins = topicsOf(
      'Bin collections resume',
      'Bin collections resumed on Monday after Birmingham City Council reached a deal with the union, ending ' +
        'a strike that had left rubbish piled in the streets for months.',
    );

    expect(leeds[0]).toBe(POLITICS);
    expect(leeds).not.toContain(SPORT);
    expect(bins).not.toContain(SPORT);
  });

  it('does not read a concert at a stadium named after an airline as air transport', () => {
    const topics = topicsOf(
      'Band plays biggest London show',
      'The band played to 60,000 fans at the Emirates Stadium on Saturday night, the biggest London show of ' +
        'their world tour, and the singer thanked the crowd for twenty years of support.',
    );

    expect(topics).not.toContain(AIR_TRANSPORT);
  });

  it('does not read the words of a quoted film title as the story', () => {
    const topics = topicsOf(
      'Director wins top prize',
      'The director won the festival’s top prize for “It Was Just an Accident” on Saturday, and “One Battle ' +
        'After Another” took the audience award.',
    );

    expect(topics).not.toContain(ACCIDENT);
    expect(topics).not.toContain(CONFLICT);
  });
});

describe('a ship named after a person (read27 F13)', () => {
  it('reads no car maker in an aircraft carrier named after a president', () => {
    // Arrange
    const title = 'Carrier heads for the Gulf';
    const body =
      'The Navy ordered the aircraft carrier Henry T. Ford into the Arabian Sea on Friday, the Pentagon said. ' +
      'The defence secretary said the move followed missile attacks on shipping.';

    // Act
    const topics = tagArticle({ title, body }).topics.map((t) => t.id);

    // Assert
    expect(topics).not.toContain(AUTOMOTIVE);
  });
});
