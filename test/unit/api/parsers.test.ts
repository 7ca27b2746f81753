import { describe, expect, it } from 'vitest';
import { safeParse } from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';
import * as runtime from '../../../functions/api/parsers.js';
import * as documented from '../../../functions/api/requests.js';

/**
 * The handler parses with zod/mini (`parsers.ts`), the OpenAPI document is generated from zod classic
 * (`requests.ts`). Both must accept the same inputs with the same result and reject the same inputs at the
 * same parameter with the same message.
 */
function outcome(schema: $ZodType, input: unknown) {
  const result = safeParse(schema, input);
  return result.success
    ? { ok: true, data: result.data }
    : { ok: false, path: result.error.issues[0]?.path, message: result.error.issues[0]?.message };
}

const SCHEMAS: Record<string, [$ZodType, $ZodType]> = {
  ArticleListQuery: [runtime.ArticleListQuery, documented.ArticleListQuery],
  EntitySearchQuery: [runtime.EntitySearchQuery, documented.EntitySearchQuery],
  TrendsQuery: [runtime.TrendsQuery, documented.TrendsQuery],
  TopQuery: [runtime.TopQuery, documented.TopQuery],
  FailuresQuery: [runtime.FailuresQuery, documented.FailuresQuery],
  EmptyQuery: [runtime.EmptyQuery, documented.EmptyQuery],
  ArticleIdPath: [runtime.ArticleIdPath, documented.ArticleIdPath],
  EntityIdParam: [runtime.EntityIdParam, documented.EntityIdParam],
  EntityDetailQuery: [runtime.EntityDetailQuery, documented.EntityDetailQuery],
  ArticleDetailQuery: [runtime.ArticleDetailQuery, documented.ArticleDetailQuery],
  SourceIdPath: [runtime.SourceIdPath, documented.SourceIdPath],
};

const CASES: Record<string, unknown[]> = {
  ArticleListQuery: [
    {},
    { country: 'us', limit: '20' },
    { country: ['US', 'fr'], topic: 'medtop:11000000', pair: 'us-cn', entity: 'person:x' },
    { country: ['US', 'FR', 'DE', 'IT'] },
    { country: 'USA' },
    { pair: 'US-US' },
    { topic: 'politics' },
    { entity: 'Donald Trump' },
    { entity: `person:${'x'.repeat(300)}` },
    { from: '2026-02-30' },
    { from: '2026-11-01T10:00:00+02:00', to: '2026-11-02' },
    { to: 'yesterday' },
    { limit: '0' },
    { limit: '101' },
    { limit: 'ten' },
    { limit: '100' },
    { cursor: '' },
    { cursor: 'x'.repeat(3000) },
    { person: 'x' },
    { country: 'fr', focus: 'true' },
    { country: 'fr', focus: 'false' },
    { country: 'fr', focus: 'yes' },
    { country: 'fr', focus: ['true', 'true'] },
  ],
  EntitySearchQuery: [
    { prefix: 'ha' },
    { prefix: '' },
    {},
    { prefix: 'ha', type: 'person', limit: '5' },
    { prefix: 'ha', type: 'city' },
    { prefix: 'x'.repeat(101) },
  ],
  TrendsQuery: [
    { country: 'us' },
    { pair: 'CN-US', from: '2026-11-01' },
    { country: ['US', 'FR'] },
    { kind: 'x' },
    { country: 'tw', focus: 'true' },
    { country: 'tw', focus: 'no' },
  ],
  TopQuery: [
    { kind: 'entity' },
    { kind: 'person' },
    {},
    { kind: 'pair', limit: '3', from: '2026-11-01' },
    { kind: 'country', focus: 'true' },
    { kind: 'country', focus: 'false' },
    { kind: 'country', focus: '1' },
    { kind: 'entity', type: 'person' },
    { kind: 'entity', type: 'people' },
    { kind: 'country', type: 'person' },
  ],
  FailuresQuery: [{}, { from: '2026-13-01' }, { limit: '5', cursor: 'abc' }],
  EmptyQuery: [{}, { verbose: '1' }],
  ArticleIdPath: ['k3V9xq2LrT0bWm4A', 'short', 'k3V9xq2LrT0bWm4A!'],
  EntityDetailQuery: [
    {},
    { type: 'person' },
    { type: 'people' },
    { type: ['person', 'place'] },
    { kind: 'person' },
  ],
  EntityIdParam: [
    'person:han-zheng',
    'place:geonames:1816670',
    'Han Zheng',
    'person:a#b',
    'PERSON:Han Zheng',
    'place:iso:cn',
    'human:han-zheng',
    'person: - ',
  ],
};

describe('runtime parsers and documented schemas', () => {
  for (const [name, inputs] of Object.entries(CASES)) {
    it.each(inputs.map((input) => [JSON.stringify(input).slice(0, 60), input]))(
      `${name} agree on %s`,
      (_label, input) => {
        const [parser, schema] = SCHEMAS[name] as [$ZodType, $ZodType];
        const a = outcome(parser, input);
        const b = outcome(schema, input);

        expect(a).toEqual(b);
      },
    );
  }
});
