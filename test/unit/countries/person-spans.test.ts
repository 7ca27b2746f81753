import { describe, expect, it } from 'vitest';
import { scanField } from '../../../functions/core/countries/mentions.js';
import { prepareDocument } from '../../../functions/core/text/document.js';

/** The country mentions the scanner keeps in a body whose persons the recogniser found at `spans`. */
function mentionsBeside(body: string, spans: (readonly [number, number])[]): string[] {
  const doc = prepareDocument({ body, language: 'en' });
  return scanField(doc.body, { allCaps: false, personSpans: spans }).map((m) => `${m.code} ${m.text}`);
}

/** The span of `name` in `body`. */
const spanOf = (body: string, name: string): [number, number] => {
  const start = body.indexOf(name);
  return [start, start + name.length];
};

describe("country words inside a person's span (mentions.ts insidePerson)", () => {
  it('gives the person a place word that stands with another name: "Michael Jordan"', () => {
    const body = 'Michael Jordan scored 30 points on Sunday.';

    expect(mentionsBeside(body, [spanOf(body, 'Michael Jordan')])).toEqual([]);
  });

  it('keeps a country the span adds only compass words to: "West Germany" read as a name', () => {
    const body = 'Exports to West Germany rose.';

    expect(mentionsBeside(body, [spanOf(body, 'West Germany')])).toEqual(mentionsBeside(body, []));
    expect(mentionsBeside(body, []).length).toBeGreaterThan(0);
  });

  it("keeps a country name the recogniser took alone for a person, and gives it a town's name alone", () => {
    const china = 'China said the talks had gone well.';
    const paris = 'Paris said the talks had gone well.';

    expect(mentionsBeside(china, [spanOf(china, 'China')])).toEqual(['CN China']);
    expect(mentionsBeside(paris, [spanOf(paris, 'Paris')])).toEqual([]);
  });

  it('reads a span the recogniser ran over a whole page in time linear in the page', () => {
    // "John Smith Paris Acme Corp " without a full stop to 200 KB (scripts/hostile-pages.ts): one person span
    // over ~7,400 "Paris". Each was given the span's whole text cut and split again: 126 s at 250 KB.
    const unit = 'John Smith Paris Acme Corp ';
    const body = unit.repeat(Math.ceil(200_000 / unit.length)).trimEnd();

    expect(mentionsBeside(body, [[0, body.length]])).toEqual([]);
  }, 30_000);
});
