/**
 * Minimal JSONL runner for measuring the entity recogniser with ../shared/eval/score.mjs until the real
 * `newstag tag --jsonl` command exists: one article a line on stdin, one result a line on stdout.
 */
import { createInterface } from 'node:readline';
import { tagArticle } from '../functions/core/tag.js';

const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
const out: string[] = [];
for await (const line of lines) {
  if (!line.trim()) continue;
  const article = JSON.parse(line) as { id: string; title?: string; dateline?: string; body: string };
  try {
    out.push(JSON.stringify(tagArticle(article)));
  } catch (error) {
    out.push(JSON.stringify({ id: article.id, error: String(error) }));
  }
}
process.stdout.write(`${out.join('\n')}\n`);
