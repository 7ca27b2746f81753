import { describe, expect, it } from 'vitest';
import { focusOf, pairsOf } from './focus-and-pairs.js';

describe('a crude grade named after a country is no mention of the country', () => {
  it('keeps the US out of the focus of a London oil report quoting U.S. West Texas Intermediate', () => {
    // Arrange
    const story = {
      title: 'Oil slips as refinery demand cools',
      dateline: 'LONDON',
      body:
        'LONDON (Reuters) - Oil prices slipped on Thursday as refiners in Asia cut their purchases. Brent crude ' +
        'futures fell 40 cents to $81.60 a barrel by 1015 GMT. U.S. West Texas Intermediate crude futures fell 35 ' +
        'cents to $77.90. U.S. West Texas Intermediate has gained 7% this quarter, a London broker said.',
    };

    // Act
    const focus = focusOf(story);

    // Assert
    expect(focus).toEqual(['GB']);
  });

  it('still reads "U.S. crude stocks" as the country', () => {
    const story = {
      title: 'U.S. crude stocks fall',
      dateline: 'NEW YORK',
      body: 'U.S. crude stocks fell by 2 million barrels last week, the government said. U.S. WTI rose 40 cents.',
    };

    expect(focusOf(story)).toEqual(['US']);
  });
});

describe('a headline in capitals where "gulf" is the common noun names no region', () => {
  it('puts no list of the lead in focus under "WIDENING GULF BETWEEN …"', () => {
    // Arrange
    const story = {
      title: 'WIDENING GULF BETWEEN SAVERS AND LENDERS',
      body:
        'Deposit rates in Spain, Portugal and Greece fell on Tuesday while loan rates held. Lenders in Spain said ' +
        'margins were at a ten-year high.',
    };

    // Act
    const focus = focusOf(story);

    // Assert
    expect(focus).toEqual(['ES']);
  });

  it('reads "a Gulf" after a bare article as the region, in either case', () => {
    // Arrange
    const body =
      'Envoys from Qatar, Kuwait and Oman met on Tuesday to draft a shared air defence plan. They will meet again in May.';
    const mixed = { title: 'Envoys draft a Gulf air defence plan', body };
    const capitals = { title: 'ENVOYS DRAFT A GULF AIR DEFENCE PLAN', body };

    // Act
    const focusMixed = focusOf(mixed);
    const focusCapitals = focusOf(capitals);

    // Assert
    expect(focusMixed).toEqual(['KW', 'OM', 'QA']);
    expect(focusCapitals).toEqual(['KW', 'OM', 'QA']);
  });

  it('still reads "GULF STATES" in capitals as the region', () => {
    const story = {
      title: 'GULF STATES AGREE ON RAIL LINK',
      body: 'Transport ministers from Bahrain, Oman and Kuwait agreed on Sunday to fund a rail link.',
    };

    expect(focusOf(story)).toEqual(['BH', 'KW', 'OM']);
  });
});

describe('two capitals as the subject of one state act are their governments', () => {
  it('pairs South Korea and the US for "Seoul and Washington held joint military drills"', () => {
    // Arrange
    const story = {
      title: 'North Korea test-fires rockets',
      body:
        'North Korea test-fired two rockets into the sea on Friday, its state media said. The launches came a ' +
        'week after Seoul and Washington held joint military drills near the border. Pyongyang called the drills ' +
        'a rehearsal for war.',
    };

    // Act
    const pairs = pairsOf(story);

    // Assert
    expect(pairs).toContain('KR-US');
  });

  it('pairs no two cities where traders sit', () => {
    const story = {
      title: 'Shares mixed',
      body: 'Shares rose in London on Monday. London and Frankfurt traders said trade talks weighed on sentiment.',
    };

    expect(pairsOf(story)).not.toContain('DE-GB');
  });
});

describe('the senders of aid pair with the country struck, not with each other', () => {
  it('pairs Nepal with India and with Japan, and India with no other sender', () => {
    // Arrange
    const story = {
      title: 'Landslides kill 25 in Nepal',
      body:
        'Landslides killed at least 25 people in western Nepal on Sunday after days of rain. India and Japan ' +
        'pledged aid. India will send tents and Japan gave $1 million. India said the relief would arrive ' +
        'within days. Japan said it stood ready to help further.',
    };

    // Act
    const pairs = pairsOf(story);

    // Assert
    expect(pairs).toEqual(['IN-NP', 'JP-NP']);
  });
});
