import { describe, expect, it } from 'vitest';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';
import { topicIds } from './topic-ids.js';

const ROBBERY_AND_THEFT = 'medtop:20000104';

// topic63 (review62 ★2): "robbed" was no lexicon word, so gunmen who robbed a bank and killed were read as terror.
describe('a robbery told by its verb', () => {
  it.each([
    ['', 'Armed men robbed a currency exchange in Kisumu on Thursday, killing a guard.'],
    ['', 'Three masked men robbed a petrol station near Tema overnight.'],
    ['Couple robbed at gunpoint', 'A couple were held up outside their home in Soweto on Saturday night.'],
  ])('files "%s %s" under robbery and theft', (title, body) => {
    const topics = topicIds(title, body);

    expect(topics).toContain(TOP_LEVEL.crime);
    expect(topics).toContain(ROBBERY_AND_THEFT);
  });

  it.each([
    ['', 'City were robbed of victory by a stoppage-time penalty at the Riverside on Saturday.'],
    ['', 'Opposition voters feel robbed of a say on the constitutional reform, their leader said.'],
  ])('reads a side or voters "robbed of" something as no crime: "%s"', (title, body) => {
    expect(topicIds(title, body)).not.toContain(TOP_LEVEL.crime);
  });
});
