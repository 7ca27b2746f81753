import { describe, expect, it } from 'vitest';
import type { TagResult } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { prepareField } from '../../../functions/core/text/document.js';
import { peakSummits } from '../../../functions/core/topics/peak-summits.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';

// Session 44 (topics44): topic checks that read the shared helpers (text/sentences.ts, text/document.ts,
// topics/armed-words.ts) instead of their own copies. Stories are invented.
const ids = (result: TagResult) => result.topics.map((t) => t.id);
const SUMMIT_MEETINGS = 'medtop:20000640';

describe("a summit's sentence is the splitter's (peak-summits.ts reads sentenceTextAt's sentence)", () => {
  it('reads the climb in a sentence that abbreviates a mountain as "Mt."', () => {
    // Arrange
    const field = prepareField(
      'body',
      'Climbers on Mt. Fuji reached its summit at dawn on Sunday after the trail reopened.',
    );

    // Act
    const spans = peakSummits(field);

    // Assert
    expect(spans).toEqual([[field.text.indexOf('summit'), field.text.indexOf('summit') + 6]]);
  });

  it('gives a climb on "Mt. Fuji" no summit meeting and no politics', () => {
    // Arrange
    const story = {
      title: 'Climbers back on Fuji',
      body:
        'Climbers on Mt. Fuji reached its summit at dawn on Sunday after the trail reopened. ' +
        'Rangers said the weather was calm.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expect(ids(result)).not.toContain(SUMMIT_MEETINGS);
    expect(ids(result)).not.toContain(TOP_LEVEL.politics);
  });

  it('keeps a summit of leaders whose sentence names them after an abbreviation', () => {
    // Arrange
    const story = {
      title: 'Leaders meet at the lake',
      body: 'Leaders of the G7 met at Mt. Hood Lodge for a two-day summit on trade and security, officials said.',
    };

    // Act
    const result = tagArticle(story);

    // Assert
    expect(ids(result)).toContain(SUMMIT_MEETINGS);
  });
});
