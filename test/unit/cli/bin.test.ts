import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('the newstag executable', () => {
  it('tags JSON Lines from standard input and exits 1 after writing an error for a bad line', () => {
    const input =
      '{"id":"a","body":"WASHINGTON (Reuters) - Officials met."}\nnot json\n{"id":"b","body":"More."}\n';

    const child = spawnSync(process.execPath, ['bin/newstag.js', 'tag', '--jsonl'], {
      cwd: root,
      input,
      encoding: 'utf8',
    });

    expect(child.status).toBe(1);
    const results = child.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; error?: string });
    expect(results.map((r) => [r.id, Boolean(r.error)])).toEqual([
      ['a', false],
      ['line:2', true],
      ['b', false],
    ]);
  });
});
