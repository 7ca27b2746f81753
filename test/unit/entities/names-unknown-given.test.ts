import { describe, expect, it } from 'vitest';
import { typedNames } from './entities-of.js';

describe('a full name whose given name no list knows', () => {
  it('reads "Lip-Bu Tan" as the person the article then calls "Tan"', () => {
    const entities = typedNames(
      'Intel named industry veteran Lip-Bu Tan as its chief executive. Tan, the former head of Cadence, ' +
        'replaces Pat Gelsinger. Tan said he was honoured.',
    );

    expect(entities).toContain('Lip-Bu Tan/person');
    expect(entities).not.toContain('Tan/person');
  });
});
