import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../functions/core/tag.js';
import { buildJsonSchemas, SCHEMA_DIR } from '../../scripts/build-json-schema.js';

const committed = (name: string) => readFileSync(resolve(SCHEMA_DIR, name), 'utf8');

describe('the committed JSON Schema files', () => {
  it('are what `npm run schema` writes from the zod schemas today', () => {
    for (const [name, text] of Object.entries(buildJsonSchemas())) {
      expect(committed(name), `schema/${name} is stale: run npm run schema`).toBe(text);
    }
  });

  it('accept a real tag result and reject one with a malformed mention', () => {
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(committed('tag-result.json')));
    const result = tagArticle({
      id: 'schema-check',
      title: 'China and U.S. resume trade talks',
      body: 'BEIJING — China and the United States resumed trade talks on Monday.',
    });

    expect(validate(JSON.parse(JSON.stringify(result))), JSON.stringify(validate.errors)).toBe(true);
    const broken = {
      ...result,
      entities: [{ id: 'x', name: 'X', type: 'person', salience: 2, mentions: [] }],
    };
    expect(validate(broken)).toBe(false);
  });

  it('accept a JSON demo article as input and reject one without a body', () => {
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(committed('article-input.json')));
    const demo = JSON.parse(
      readFileSync(new URL('../fixtures/articles/fentanyl-precursors.json', import.meta.url), 'utf8'),
    );

    expect(validate(demo), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ title: 'No body' })).toBe(false);
  });
});
