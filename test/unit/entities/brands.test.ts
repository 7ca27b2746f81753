import { describe, expect, it } from 'vitest';
import { typedNames } from './entities-of.js';

describe('companies of today that WordNet does not know', () => {
  it('reads Boeing, Netflix and Tesla as organisations, not people', () => {
    const entities = typedNames(
      'Boeing named Kelly Ortberg as its chief executive on Thursday. Netflix added 2.1 million subscribers ' +
        'in the quarter. Tesla will launch a robotaxi service in June, Elon Musk said.',
    );

    expect(entities).toEqual(
      expect.arrayContaining(['Boeing/organization', 'Netflix/organization', 'Tesla/organization']),
    );
  });

  it('names a brand as the article writes it, not as the brand list styles it', () => {
    const entities = typedNames(
      'Nvidia reported quarterly revenue of $35 billion on Wednesday, beating forecasts.',
    );

    expect(entities).toContain('Nvidia/organization');
  });

  it('keeps a person whose given name is also a brand a person', () => {
    const entities = typedNames('Max Verstappen won the race in Monza on Sunday, ahead of Charles Leclerc.');

    expect(entities).toEqual(expect.arrayContaining(['Max Verstappen/person', 'Charles Leclerc/person']));
  });

  it('reads a brand named by an ordinary word as the firm when a verb of firms follows it', () => {
    const entities = typedNames(
      'Apple reported fourth-quarter revenue of $102.5 billion on Thursday. Shell said it would cut ' +
        'spending, and Target announced price cuts.',
    );

    expect(entities).toEqual(
      expect.arrayContaining(['Apple/organization', 'Shell/organization', 'Target/organization']),
    );
  });

  it('leaves the ordinary word alone where no verb of firms follows', () => {
    const entities = typedNames(
      'Apple prices rose 10% this year. Target dates for the plan slipped. The Centers for Disease Control ' +
        'and Prevention said cases rose.',
    );

    expect(entities).not.toContain('Apple/organization');
    expect(entities).not.toContain('Target/organization');
    expect(entities).not.toContain('Prevention/organization');
  });
});

describe('firms named after their founders', () => {
  it('reads "Morgan Stanley said" and "Charles Schwab reported" as firms without a cue, and "Apple shares" as the firm', () => {
    const entities = typedNames(
      'Morgan Stanley said on Tuesday it would cut 2,000 jobs. Charles Schwab reported higher profit. ' +
        'Apple shares fell 2% on Monday.',
    );

    expect(entities).toEqual(
      expect.arrayContaining([
        'Morgan Stanley/organization',
        'Charles Schwab/organization',
        'Apple/organization',
      ]),
    );
  });
});
