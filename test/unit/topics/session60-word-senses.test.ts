import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const SPORT = 'medtop:15000000';
const DRUG_CRIME = 'medtop:20000095';

const topicIds = (body: string) => tagArticle({ body }).topics.map((t) => t.id);

describe("a leg of a journey is no match's leg (wild60)", () => {
  it.each([
    [
      'The pope arrived in Beirut on Sunday on the second leg of his first foreign trip, after three days in Ankara.',
    ],
    [
      'The final leg of the president’s Gulf tour took him to Doha, where he met the emir to discuss gas supplies.',
    ],
  ])('files no sport for "%s"', (body) => {
    expect(topicIds(body)).not.toContain(SPORT);
  });

  it("keeps sport for a two-legged tie's second leg", () => {
    expect(
      topicIds('The visitors lost the second leg of their semi-final 2-1 but went through 4-3 on aggregate.'),
    ).toContain(SPORT);
  });
});

describe('drugs the wires name by their street names are drug crime (wild60)', () => {
  it.each([
    [
      'Police seized 1.2 tonnes of captagon hidden in a shipment of oranges, the interior ministry said on Tuesday.',
    ],
    ['Police seized 40 kilograms of shabu from a warehouse in the port city and arrested three men.'],
  ])('files drug crime for "%s"', (body) => {
    expect(topicIds(body)).toContain(DRUG_CRIME);
  });
});
