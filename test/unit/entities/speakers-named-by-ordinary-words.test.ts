import { describe, expect, it } from 'vitest';
import { mentionsOf } from './entities-of.js';

// Invented quotes (session 54, fixE54; wild54 Z6): a speaker whose surname is an ordinary English word, named after
// the quotation with the verb first.
describe('speakers after a quotation named by an ordinary word', () => {
  it('leaves a body named by an ordinary word after a quotation alone', () => {
    expect(mentionsOf('"Stay indoors," said Police.', 'Storm').some((m) => m.startsWith('person:'))).toBe(
      false,
    );
  });

  it('links the speaker to the person the story named in full', () => {
    expect(
      mentionsOf('Trainer Tom Baker was delighted. "I got the right horses," said Baker.', 'Racing'),
    ).toContain('person:tom-baker: Tom Baker | Baker');
  });

  it('leaves an ordinary word after "said" that opens a reported clause alone', () => {
    expect(mentionsOf('The trainer said Winter would be hard on the horses.', 'Racing')).not.toContain(
      'person:winter: Winter',
    );
  });
});
