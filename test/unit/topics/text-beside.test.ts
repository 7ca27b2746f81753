import { describe, expect, it } from 'vitest';
import { prepareDocument } from '../../../functions/core/text/document.js';
import { textBeside } from '../../../functions/core/topics/text-beside.js';

const CHAIRMAN = /\bchairman\b/gi;

describe('textBeside: the text on either side of a title word, for the topic checks that read whose office it is', () => {
  it('yields the text before and after each match, cut at each reach, the title first, then the body', () => {
    const doc = prepareDocument({
      title: 'Party chairman arrested',
      body: 'Police arrested the provincial chairman of the party. The bank named a new chairman.',
      language: 'en',
    });

    const beside = [...textBeside(doc, CHAIRMAN, 11, 7)];

    expect(beside).toEqual([
      { before: 'Party ', after: ' arrest' },
      { before: 'provincial ', after: ' of the' },
      { before: 'amed a new ', after: '.' },
    ]);
  });

  it('yields nothing for a story that never names the word', () => {
    const doc = prepareDocument({ title: 'Markets rise', body: 'Shares rose on Monday.', language: 'en' });

    const beside = [...textBeside(doc, CHAIRMAN, 40, 40)];

    expect(beside).toEqual([]);
  });

  it('starts from the first match again after a caller stopped early', () => {
    const doc = prepareDocument({
      title: '',
      body: 'A chairman left. Another chairman came.',
      language: 'en',
    });
    for (const _ of textBeside(doc, CHAIRMAN, 2, 5)) break;

    const beside = [...textBeside(doc, CHAIRMAN, 2, 5)];

    expect(beside).toEqual([
      { before: 'A ', after: ' left' },
      { before: 'r ', after: ' came' },
    ]);
  });
});
