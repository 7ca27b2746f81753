import { readFileSync } from 'node:fs';
import { tagArticle } from '../../core/tag.js';

export async function run(args: string[]): Promise<number> {
  for (const file of args) {
    const body = readFileSync(file === '-' ? 0 : file, 'utf8');
    process.stdout.write(`${JSON.stringify(tagArticle({ body }))}\n`);
  }
  return 0;
}
