/**
 * Development runner for the evaluation scorer: reads one article a line on stdin and writes one result
 * a line with the country fields only (resolution, focus, pairs), so country work can be measured
 * without the rest of the tagger. An `{id, error}` line for a bad input.
 *   node ../shared/eval/score.mjs reuters-dev -- npx tsx scripts/tag-jsonl-dev.ts
 */
import { createInterface } from 'node:readline';
import { linkCountryPairs } from '../functions/core/countries/pairs.js';
import { resolveCountries } from '../functions/core/countries/resolve.js';
import { ArticleInputSchema } from '../functions/core/schema.js';
import { prepareDocument } from '../functions/core/text/document.js';

const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
const out: string[] = [];
for await (const line of lines) {
  if (!line.trim()) continue;
  let id: unknown;
  try {
    const raw = JSON.parse(line) as { id?: unknown };
    id = raw.id;
    const article = ArticleInputSchema.parse(raw);
    const doc = prepareDocument({ ...article, language: 'en' });
    const countries = resolveCountries(doc, []);
    const countryPairs = linkCountryPairs(doc, countries);
    out.push(JSON.stringify({ id, countries, countryPairs }));
  } catch (error) {
    out.push(JSON.stringify({ id, error: String(error) }));
  }
  if (out.length >= 500) process.stdout.write(`${out.splice(0).join('\n')}\n`);
}
if (out.length) process.stdout.write(`${out.join('\n')}\n`);
