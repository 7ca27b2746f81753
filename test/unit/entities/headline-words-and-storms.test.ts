import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const entitiesOf = (title: string, body: string) =>
  tagArticle({ title, body }).entities.map((e) => `${e.name}/${e.type}`);

describe('a sentence-initial ordinary word that is also a town', () => {
  it('does not read "Man charged with murder" as the town of Man', () => {
    const entities = entitiesOf(
      'Man charged with murder after stabbing',
      'A 32-year-old man has been charged with murder after a woman was stabbed in the city centre, police said.',
    );

    expect(entities).not.toContain('Man/place');
  });

  it('still reads the town when the story writes it as a place elsewhere', () => {
    const entities = entitiesOf(
      'Nice marks anniversary of truck attack',
      'Thousands gathered on the seafront in Nice on Sunday to remember the 86 people killed in 2016.',
    );

    expect(entities).toContain('Nice/place');
  });
});

describe('named weather systems', () => {
  it('reads "Storm Eowyn" and "Hurricane Milton" as events, not people', () => {
    const entities = entitiesOf(
      'Storm Eowyn batters Ireland',
      'Storm Eowyn brought record winds to Ireland on Friday. A month earlier Hurricane Milton hit Florida, ' +
        'and Tropical Storm Debby flooded Georgia.',
    );

    expect(entities).toEqual(
      expect.arrayContaining(['Storm Eowyn/event', 'Hurricane Milton/event', 'Tropical Storm Debby/event']),
    );
  });
});
