import { describe, expect, it } from 'vitest';
import type { TagResult } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';

// A relay in another sense than a race (topics45: found grouping bbc-dev's misses by cause). Stories are invented.
const ids = (result: TagResult) => result.topics.map((t) => t.id);

describe('a relay is an athletics relay only where sport leads', () => {
  it.each([
    [
      'calls relayed by a sign language interpreter',
      'Sign language calls to be relayed free',
      'Deaf people will be able to have their phone calls relayed by a sign language interpreter over a video link ' +
        'at no extra cost, the telecoms regulator said. The video relay service connects a deaf caller to an ' +
        'interpreter, who relays the conversation to the other person by telephone. Providers must offer it from ' +
        'next year.',
    ],
    [
      'messages relayed from trapped miners',
      'Rescuers relay messages from trapped miners',
      'Rescuers have relayed messages from 12 miners trapped underground since Tuesday, officials said. A relay ' +
        'station set up at the pit head carries their words to families waiting above. The mine owner said drilling ' +
        'towards the men would take days.',
    ],
  ])('gives %s no sport', (_case, title, body) => {
    // Act
    const result = tagArticle({ title, body });

    // Assert
    expect(ids(result)).not.toContain(TOP_LEVEL.sport);
  });

  it('keeps a 4x100m relay final athletics (guard)', () => {
    // Arrange
    const title = 'Jamaica win 4x100m relay gold';
    const body =
      "Jamaica won the men's 4x100m relay at the World Championships in Tokyo on Sunday, holding off the United " +
      'States on the final leg. The relay team clocked 37.9 seconds, the fastest time of the year. Britain took ' +
      "bronze in the women's relay.";

    // Act
    const result = tagArticle({ title, body });

    // Assert
    expect(result.topics[0]?.id).toBe(TOP_LEVEL.sport);
    expect(result.topics.find((t) => t.id === 'medtop:20000827')?.evidence).toContain('relay');
  });

  it.each([
    [
      'a torch relay',
      'Relay runners carry flame through Cornwall',
      'Relay runners carried the Olympic flame through Cornwall on Monday, cheered by thousands of people lining ' +
        'the streets of Truro and St Ives.',
    ],
    [
      'a baton relay',
      'Baton relay reaches Cornwall',
      'Relay runners carried the Commonwealth Games baton through Cornwall on Tuesday on its way to Birmingham, ' +
        'where the Games open in July.',
    ],
  ])('leads %s with sport (read45 r4)', (_case, title, body) => {
    // Act
    const result = tagArticle({ title, body });

    // Assert
    expect(result.topics[0]?.id).toBe(TOP_LEVEL.sport);
  });
});
