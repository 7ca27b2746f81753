import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** About 100 KB, cheap to tag: a few words new to the process (long, as names and URLs are), then space. */
function article(i: number) {
  const words = `Hyperconnectivity${i}x met Interoperability${i}y in Counterrevolutionary${i}z.`;
  return { title: `Meeting ${i}`, body: `${words}${' '.repeat(100_000)}${words}` };
}

describe('memory of a long-running tagger', () => {
  it('does not keep the articles it has tagged alive through its process-wide memos', () => {
    const articles = 300;
    collectGarbage();
    const before = process.memoryUsage().heapUsed;

    for (let i = 0; i < articles; i++) tagArticle(article(i));
    collectGarbage();
    const retained = process.memoryUsage().heapUsed - before;

    // Keeping each article would hold 300 × 100 KB = 30 MB; the memos' own entries are a few MB.
    expect(retained).toBeLessThan(10 * 1024 * 1024);
    // 300 articles of 100 KB: seconds alone, minutes on a machine whose cores other suites share.
  }, 180_000);
});
