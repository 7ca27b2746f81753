import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// review58 ★1: American English's "Labor" opening a sentence or a title-case headline is labor, not Australia's
// party. Stories are invented.
const topicIds = (title: string, body: string) => tagArticle({ title, body }).topics.map((t) => t.id);
const LABOUR = 'medtop:09000000';
const POLITICAL_PARTIES = 'medtop:20000651';

describe('"Labor" as labor or as the party', () => {
  it.each([
    [
      'a sentence that names no body "Labor"',
      '',
      'Labor talks at the ports broke down on Tuesday as dockworkers demanded a 40% raise.',
    ],
    [
      'a story set in the United States',
      '',
      'Labor strife at U.S. ports has slowed deliveries of grain, exporters said.',
    ],
    [
      'a title-case headline',
      'Labor Talks Collapse at Ports',
      'Dockworkers walked out on Tuesday after the talks failed.',
    ],
  ])('reads labor, not the party, in %s', (_, title, body) => {
    // Act
    const ids = topicIds(title, body);

    // Assert
    expect(ids).toContain(LABOUR);
    expect(ids).not.toContain(POLITICAL_PARTIES);
  });

  it.each([
    ['the recogniser names the body', 'Labor said on Tuesday it would scrap the tax if elected.'],
    ['the story is set in Australia', 'Labor unveiled its housing policy in Sydney on Tuesday.'],
    ['the story is set in Israel', 'Labor joined the coalition talks in Jerusalem on Sunday.'],
    [
      'a domestic story names no place (review59)',
      'Labor leads the Coalition 54-46 on a two-party-preferred basis, the Newspoll showed.',
    ],
    [
      "a party's government is named",
      'The Labor government will introduce the bill next week, the treasurer said.',
    ],
    ['its MPs are named', 'Labor MPs revolted over the housing bill.'],
  ])('keeps the party where %s', (_, body) => {
    // Act
    const ids = topicIds('', body);

    // Assert
    expect(ids).toContain(POLITICAL_PARTIES);
  });
});
