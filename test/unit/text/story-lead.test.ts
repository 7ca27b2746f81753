import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareDocument, storyLead, storyLeadIndex } from '../../../functions/core/text/document.js';

describe("the story's lead: the first body sentence past the story's start", () => {
  it('is the first sentence after an inline dateline', () => {
    // Arrange
    const doc = prepareDocument({
      title: 'Talks resume',
      body: 'GENEVA (Reuters) - Talks resumed on Monday. Both sides said progress was made.',
      language: 'en',
    });

    // Act
    const lead = storyLead(doc);

    // Assert
    expect(lead && doc.body.text.slice(lead.start, lead.end)).toContain('Talks resumed on Monday.');
    expect(doc.body.sentences[storyLeadIndex(doc)]).toBe(lead);
  });

  it('is none for an empty body', () => {
    // Arrange
    const doc = prepareDocument({ title: 'Headline only', body: '', language: 'en' });

    // Act
    const index = storyLeadIndex(doc);

    // Assert
    expect(index).toBe(-1);
    expect(storyLead(doc)).toBeUndefined();
  });

  it('is the sentence the rules found by a linear search, for any body', () => {
    const piece = fc.constantFrom(
      'LONDON (Reuters) -',
      'By Jane Smith',
      'Talks',
      'resumed',
      '.',
      '\n\n',
      'Mr.',
      'It',
      'rose',
      '5.9',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        // Arrange
        const doc = prepareDocument({ title: '', body: pieces.join(' '), language: 'en' });

        // Act
        const index = storyLeadIndex(doc);

        // Assert
        expect(index).toBe(doc.body.sentences.findIndex((s) => s.end > doc.storyStart + 1));
      }),
    );
  });
});
