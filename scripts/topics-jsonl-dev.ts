/**
 * Development runner for the evaluation scorer's topic figures: reads one article a line on stdin,
 * `{id, title?, dateline?, body}`, tags it with the whole tagger and writes `{id, topics}` a line.
 *   node ../shared/eval/score.mjs bbc-dev -- npx tsx scripts/topics-jsonl-dev.ts
 */
import { createInterface } from 'node:readline';
import { ArticleInputSchema } from '../functions/core/schema.js';
import { tagArticle } from '../functions/core/tag.js';

const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
const out: string[] = [];
for await (const line of lines) {
  if (!line.trim()) continue;
  let id: unknown;
  try {
    const raw = JSON.parse(line) as { id?: unknown };
    id = raw.id;
    const result = tagArticle(ArticleInputSchema.parse(raw));
    out.push(JSON.stringify({ id, topics: result.topics }));
  } catch (error) {
    out.push(JSON.stringify({ id, error: String(error) }));
  }
  if (out.length >= 500) process.stdout.write(`${out.splice(0).join('\n')}\n`);
}
if (out.length) process.stdout.write(`${out.join('\n')}\n`);
