import { describe, expect, it } from 'vitest';
import { listMatesBySentence, listsOf } from '../../../functions/core/countries/list-mates.js';
import { resolveCountries } from '../../../functions/core/countries/resolve.js';
import type { Country, Mention } from '../../../functions/core/schema.js';
import { prepareDocument } from '../../../functions/core/text/document.js';
import { sentenceIndex } from '../../../functions/core/text/sentences.js';

/** The story's countries and the question "are a and b only list mates in body sentence i?". */
function listMates(body: string) {
  const doc = prepareDocument({ body, title: 'Coffee quotas', language: 'en' });
  const countries = resolveCountries(doc, []);
  const lists = listsOf({ title: doc.title.text, body: doc.body.text }, countries);
  const sentenceOf = (m: Mention) => (m.field === 'body' ? sentenceIndex(doc.body.sentences, m.start) : -1);
  const sentenceText = (i: number) => {
    const s = doc.body.sentences[i];
    return s === undefined ? '' : doc.body.text.slice(s.start, s.end);
  };
  const byCode = (code: string) => countries.find((c) => c.code === code) as Country;
  const mates = lists === undefined ? undefined : listMatesBySentence(lists, sentenceOf, sentenceText);
  return (a: string, b: string, sentence: number) => mates?.(byCode(a), byCode(b), sentence) ?? false;
}

describe('countries named only as members of one list in a sentence', () => {
  it('are list mates in each line of a round-up that names them on every line', () => {
    const mates = listMates(
      'Brazil, Colombia and Mexico backed the coffee quotas, as did Kenya. ' +
        'Brazil, Colombia and Mexico backed the coffee quotas, as did Ghana. ' +
        'Brazil, Colombia and Mexico backed the coffee quotas, as did Peru.',
    );

    expect([0, 1, 2].map((i) => mates('BR', 'CO', i))).toEqual([true, true, true]);
    expect(mates('BR', 'KE', 0)).toBe(false);
  });

  it('are not when the sentence names one of them again outside the list, or in a second list', () => {
    const mates = listMates(
      "Brazil, Colombia and Mexico backed the quotas, Brazil's minister said. " +
        'Brazil, Colombia and Mexico backed the plan, and Brazil, Chile and Peru opposed the levy. ' +
        'Brazil said on Monday that Brazil, Colombia and Mexico would back the quotas. ' +
        'Brazil, Chile and Peru opposed the levy, and Brazil, Colombia and Mexico backed the plan.',
    );

    expect(mates('BR', 'CO', 0)).toBe(false);
    expect(mates('CO', 'MX', 0)).toBe(true);
    expect(mates('BR', 'CO', 1)).toBe(false);
    expect(mates('CO', 'MX', 1)).toBe(true);
    expect(mates('CO', 'CL', 1)).toBe(false);
    expect(mates('BR', 'CO', 2)).toBe(false);
    expect(mates('CO', 'MX', 2)).toBe(true);
    expect(mates('BR', 'CO', 3)).toBe(false);
    expect(mates('BR', 'CL', 3)).toBe(false);
  });

  it('are not when a word makes them parties to one another, in that sentence only', () => {
    const mates = listMates(
      'Talks between Brazil, Colombia and Mexico resumed on Monday. Brazil, Colombia and Mexico backed the quotas.',
    );

    expect(mates('BR', 'CO', 0)).toBe(false);
    expect(mates('BR', 'CO', 1)).toBe(true);
  });

  it('are not in a sentence that names only one of them', () => {
    const mates = listMates('Brazil, Colombia and Mexico backed the quotas. Brazil said prices would rise.');

    expect(mates('BR', 'CO', 1)).toBe(false);
  });
});
