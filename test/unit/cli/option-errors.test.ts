import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../functions/cli/main.js';
import { captureOutput } from './capture-output.js';

afterEach(() => vi.restoreAllMocks());

/** Runs `newstag ARGS` in-process: its exit code and the first line it wrote to stderr. */
async function cli(...args: string[]) {
  const output = captureOutput();
  const code = await runCli(args);
  vi.restoreAllMocks();
  return { code, first: output.err().split('\n')[0] };
}

describe('a bad option value', () => {
  it('names the flag and what it must be, with the value given', async () => {
    const start = await cli('start', '--port', '70000');
    const word = await cli('start', '--s3-port', 'abc');
    const concurrency = await cli('reprocess', '--concurrency', '0');
    const timeout = await cli('ingest', '--timeout', 'soon', 'story.txt');

    expect([start.code, word.code, concurrency.code, timeout.code]).toEqual([2, 2, 2, 2]);
    expect(start.first).toBe('newstag start: --port must be at most 65535 (got "70000")');
    expect(word.first).toBe('newstag start: --s3-port must be a whole number (got "abc")');
    expect(concurrency.first).toBe('newstag reprocess: --concurrency must be at least 1 (got "0")');
    expect(timeout.first).toBe('newstag ingest: --timeout must be a whole number (got "soon")');
    // The first run of each command imports it (start: the local stack's servers): slow on a loaded machine.
  }, 90_000);

  it('says "more than" where the value must exceed the bound (a timeout of 0 is refused)', async () => {
    const timeout = await cli('ingest', '--timeout', '0', 'story.txt');

    expect(timeout.code).toBe(2);
    expect(timeout.first).toBe('newstag ingest: --timeout must be more than 0 (got "0")');
  });
});
