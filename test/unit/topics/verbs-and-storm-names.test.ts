import { describe, expect, it } from 'vitest';
import { naturalStrikeInTitle } from '../../../functions/core/topics/natural-strike.js';
import { topicIds } from './topic-ids.js';

const CRIME = 'medtop:02000000';
const DISASTER = 'medtop:03000000';
const ECONOMY = 'medtop:04000000';
const EDUCATION = 'medtop:05000000';
const HEALTH = 'medtop:07000000';
const POLITICS = 'medtop:11000000';

describe('plan, target and ban as verbs are no policy (read23 F6)', () => {
  it('keeps doctors who plan a strike under their desk, before the health secretary who answers them', () => {
    const ids = topicIds(
      'Nurses plan three-day walkout in Scotland',
      'EDINBURGH - Nurses in Scotland will walk out for three days next month in a row over pay, the Royal ' +
        'College of Nursing said on Tuesday. Health Secretary Neil Gray said the strike was unnecessary and ' +
        'urged the union to accept the government’s offer. Hospitals said hundreds of operations would be ' +
        'postponed and patients should attend appointments unless told otherwise.',
    );

    expect(ids[0]).not.toBe(POLITICS);
    expect(ids).toContain(HEALTH);
  });

  it('keeps a union that targets a pay rise under education', () => {
    const ids = topicIds(
      'Lecturers’ union targets pay rise for college staff',
      'Lecturers at further education colleges in Wales want a pay rise of 8% next year, their union said on ' +
        'Wednesday, as colleges struggle to recruit teaching staff. The Education Secretary said colleges had ' +
        'received extra funding this year and that pay was a matter for employers. Students and teachers ' +
        'said classes had been cancelled for lack of lecturers.',
    );

    expect(ids[0]).toBe(EDUCATION);
  });

  it('keeps thieves who target cars under crime though the mayor speaks', () => {
    const ids = topicIds(
      'Thieves target vans in night raids on building sites',
      'Thieves stole tools worth £200,000 from vans parked at building sites across Bristol in a series of ' +
        'night raids, police said on Friday. Officers arrested two men and recovered some of the stolen ' +
        'equipment. The mayor said the government should give police more resources, and the Home Office ' +
        'said tackling theft was a priority.',
    );

    expect(ids[0]).toBe(CRIME);
  });

  it('still files the government’s ban on a product under politics', () => {
    const ids = topicIds(
      'Government’s ban on disposable vapes comes into force',
      'A ban on the sale of disposable vapes came into force in England on Sunday, the government said, part ' +
        'of its plans to cut the number of children who vape. Ministers said shops selling them could be fined. ' +
        'The health secretary said the law would protect young people, while the opposition said enforcement ' +
        'was underfunded and retailers warned of a black market in illegal vapes.',
    );

    expect(ids[0]).toBe(POLITICS);
  });
});

describe('a storm’s name is a capitalised word (read23 F7)', () => {
  it('reads no storm striking in a headline about earthquake insurance', () => {
    expect(naturalStrikeInTitle('Earthquake insurance hits record as premiums soar')).toBe(false);
    expect(naturalStrikeInTitle('Hurricane season hits insurers’ profits')).toBe(false);
  });

  it('reads a named storm and a storm alone as striking', () => {
    expect(naturalStrikeInTitle('Typhoon Haikui lashes Taiwan')).toBe(true);
    expect(naturalStrikeInTitle('Cyclone hits Tonga, New Zealand sends aid')).toBe(true);
    expect(naturalStrikeInTitle('Strong earthquake rocks Nepal')).toBe(true);
    expect(naturalStrikeInTitle('HURRICANE GILBERT HITS JAMAICA')).toBe(true);
  });

  it('keeps earthquake insurance sales under the economy', () => {
    const ids = topicIds(
      'Earthquake insurance hits record in Japan as premiums rise',
      'TOKYO - Sales of earthquake insurance policies reached a record in the year to March as premiums rose, ' +
        'an industry association said on Thursday. Insurers reported higher profits and analysts expect the ' +
        'market to keep growing as households renew cover.',
    );

    expect(ids[0]).toBe(ECONOMY);
    expect(ids.slice(0, 2)).not.toContain(DISASTER);
  });
});
