import { describe, expect, it } from 'vitest';
import { oneReadingPerName } from '../../../functions/core/entities/one-reading.js';
import type { Entity } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';

const OPENAI_STORY = {
  title: 'OpenAI launches GPT-5, says it is smarter and faster',
  body:
    'SAN FRANCISCO - OpenAI released GPT-5 on Thursday, saying the new model was better at writing code, as ' +
    'the ChatGPT maker competes with Google and Anthropic.\nChief Executive Sam Altman said the model was ' +
    'like talking to an expert. ChatGPT has about 700 million weekly users.',
};

describe('one entity per name read as a product in one sentence and a firm in another', () => {
  it('joins "the ChatGPT maker" and "ChatGPT has 700 million users" into one entity with both mentions', () => {
    const chatgpt = tagArticle(OPENAI_STORY).entities.filter((e) => e.name === 'ChatGPT');

    expect(chatgpt).toHaveLength(1);
    expect(chatgpt[0]?.mentions.map((m) => m.text)).toEqual(['ChatGPT', 'ChatGPT']);
    expect(chatgpt[0]?.type).toBe('other');
  });

  it('keeps a person and a place of the same name apart', () => {
    const mention = (start: number) => ({
      field: 'body' as const,
      start,
      end: start + 10,
      text: 'Washington',
    });
    const entities: Entity[] = [
      { id: 'person:washington', name: 'Washington', type: 'person', salience: 1, mentions: [mention(0)] },
      { id: 'place:washington', name: 'Washington', type: 'place', salience: 0.5, mentions: [mention(40)] },
    ];

    expect(oneReadingPerName(entities)).toEqual(entities);
  });
});
