import { describe, expect, it } from 'vitest';
import { prepareField } from '../../../functions/core/text/document.js';
import { lowerCaseAt } from '../../../functions/core/text/lower-case.js';

describe('lowerCaseAt', () => {
  it('gives each token of a field in lower case, and an empty string outside the field', () => {
    const field = prepareField('body', 'The U.S. Senate met in São Paulo.');

    const lower = field.tokens.map((_, i) => lowerCaseAt(field, i));

    expect(lower).toEqual(['the', 'u.s.', 'senate', 'met', 'in', 'são', 'paulo', '.']);
    expect(lowerCaseAt(field, -1)).toBe('');
    expect(lowerCaseAt(field, field.tokens.length)).toBe('');
  });

  it('answers a text the same in every field and article, however it was cased', () => {
    const title = prepareField('title', 'BANK OF ENGLAND');
    const body = prepareField('body', 'the Bank said');
    const later = prepareField('body', 'Bank rates');

    expect(lowerCaseAt(title, 0)).toBe('bank');
    expect(lowerCaseAt(body, 1)).toBe('bank');
    expect(lowerCaseAt(later, 0)).toBe('bank');
    expect(lowerCaseAt(title, 1)).toBe('of');
  });
});
