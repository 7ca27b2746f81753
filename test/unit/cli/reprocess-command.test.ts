import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../functions/cli/main.js';
import { captureOutput } from './capture-output.js';

afterEach(() => vi.restoreAllMocks());

/** Runs `newstag reprocess ARGS` in-process: its exit code and what it wrote. */
async function reprocess(...args: string[]) {
  const output = captureOutput();
  const code = await runCli(['reprocess', ...args]);
  vi.restoreAllMocks();
  return { code, stdout: output.out(), stderr: output.err() };
}

describe('newstag reprocess: which stack', () => {
  it('shows in its usage that the local stack needs no flag and a deployed one needs --bucket and --table', async () => {
    const { code, stdout } = await reprocess('--help');

    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^usage: newstag reprocess \[--prefix P\] \[--concurrency N\] \[--all\] \[--data-dir/,
    );
    expect(stdout).toContain('newstag reprocess --bucket B --table T');
  });

  it('asks for the bucket of a deployed stack named by --table alone, by its stack output', async () => {
    const { code, stderr } = await reprocess('--table', 'Newstag-TagTable');

    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe(
      'newstag reprocess: a deployed stack needs both --bucket and --table (the stack outputs ArticleBucketName and TagTableName)',
    );
  });

  it('says how to start a local stack, or name a deployed one, when none runs', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'newstag-reprocess-'));
    try {
      const { code, stderr } = await reprocess('--data-dir', dataDir);

      expect(code).toBe(2);
      expect(stderr.split('\n')[0]).toBe(
        `newstag reprocess: no local stack is running on ${dataDir}: start one with \`npm start\`, pass the --data-dir its banner prints, or pass --bucket and --table (the stack outputs ArticleBucketName and TagTableName)`,
      );
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
