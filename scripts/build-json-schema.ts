/**
 * `npm run schema`: writes the public contracts as JSON Schema (draft 2020-12) from the zod schemas in
 * functions/core/schema.ts, so clients in any language can validate what newstag reads and writes.
 * A golden test fails when the committed files fall behind the zod schemas.
 */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { ArticleInputSchema, TagResultSchema } from '../functions/core/schema.js';

export const SCHEMA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'schema');

/** File name → JSON text (with a final newline) of every schema file. */
export function buildJsonSchemas(): Record<string, string> {
  const files: Record<string, unknown> = {
    'tag-result.json': document(
      'tag-result',
      'newstag tag result',
      'What newstag returns for one article: entities with mention spans, countries with focus, linked country pairs with evidence, IPTC Media Topics.',
      z.toJSONSchema(TagResultSchema, { target: 'draft-2020-12', io: 'output' }),
    ),
    'article-input.json': document(
      'article-input',
      'newstag article input',
      'One article to tag, as the tagging core and the JSON input format accept it.',
      z.toJSONSchema(ArticleInputSchema, { target: 'draft-2020-12', io: 'input' }),
    ),
  };
  return Object.fromEntries(
    Object.entries(files).map(([name, schema]) => [name, `${JSON.stringify(schema, null, 2)}\n`]),
  );
}

function document(name: string, title: string, description: string, schema: Record<string, unknown>) {
  return { $schema: schema.$schema, $id: `urn:newstag:schema:${name}`, title, description, ...schema };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const [name, text] of Object.entries(buildJsonSchemas())) {
    writeFileSync(resolve(SCHEMA_DIR, name), text);
    process.stdout.write(`wrote schema/${name}\n`);
  }
}
