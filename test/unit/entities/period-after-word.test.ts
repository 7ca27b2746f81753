import { describe, expect, it } from 'vitest';
import { type Context, lowerTokenText } from '../../../functions/core/entities/typing/context.js';
import { prepareField } from '../../../functions/core/text/document.js';

/** Only the prepared fields: all `lowerTokenText` reads of a context. */
const contextOf = (body: string) =>
  ({
    fields: [{ field: prepareField('title', '') }, { field: prepareField('body', body) }],
  }) as unknown as Context;

const periodAfter = (body: string, word: string): string => {
  const ctx = contextOf(body);
  const tokens = ctx.fields[1]!.field.tokens;
  const at = tokens.findIndex((t, i) => t.text === '.' && tokens[i - 1]?.text === word);
  return lowerTokenText(ctx, 'body', at);
};

describe('a period right after a word', () => {
  it('is read with the word, in lower case', () => {
    const read = periodAfter('The envoy met Mr. Okafor on Monday.', 'Mr');

    expect(read).toBe('mr.');
  });

  it('is read with each document’s own word, however often the words were read before', () => {
    const first = periodAfter('Officials said the talks ended. Nobody else said.', 'said');
    const capitals = periodAfter('THE TALKS ENDED, OFFICIALS SAID. NOBODY ELSE SPOKE.', 'SAID');
    const again = periodAfter('The minister resigned on Friday, aides said.', 'said');

    expect([first, capitals, again]).toEqual(['said.', 'said.', 'said.']);
  });

  it('is a period alone after a space', () => {
    const ctx = contextOf('The vote was close .');
    const tokens = ctx.fields[1]!.field.tokens;

    const read = lowerTokenText(ctx, 'body', tokens.length - 1);

    expect(read).toBe('.');
  });
});
