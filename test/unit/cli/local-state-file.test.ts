import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  clearRunningStack,
  findRunningStack,
  type RunningStack,
  readRunningStack,
  stateFileIn,
  writeRunningStack,
} from '../../../functions/local/state-file.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const stackOf = (pid: number, api: string): RunningStack => ({
  pid,
  apiUrl: api,
  adminUrl: 'http://127.0.0.1:1',
  s3Endpoint: 'http://127.0.0.1:2',
  dynamoEndpoint: 'http://127.0.0.1:3',
  bucket: 'articles',
  table: 'newstag',
  region: 'us-east-1',
});

function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'newstag-state-'));
  dirs.push(dir);
  return dir;
}

describe('the local stack state file', () => {
  it('is never taken over by another stack while its owner lives', () => {
    const dir = dataDir();
    const owner = stackOf(process.ppid, 'http://127.0.0.1:3000');
    writeRunningStack(dir, owner);

    const written = writeRunningStack(dir, stackOf(process.pid, 'http://127.0.0.1:3101'));

    expect(written).toBe(false);
    expect(readRunningStack(dir)).toEqual(owner);
  });

  it('is not deleted by a stack that does not own it', () => {
    const dir = dataDir();
    writeRunningStack(dir, stackOf(process.ppid, 'http://127.0.0.1:3000'));

    clearRunningStack(dir, process.pid);

    expect(readRunningStack(dir)?.pid).toBe(process.ppid);
  });

  it('is replaced when its owner is gone, and removed by its owner', () => {
    const dir = dataDir();
    writeRunningStack(dir, stackOf(2 ** 22 + 12_345, 'http://127.0.0.1:3000')); // no such process

    expect(writeRunningStack(dir, stackOf(process.pid, 'http://127.0.0.1:3101'))).toBe(true);
    expect(readRunningStack(dir)?.apiUrl).toBe('http://127.0.0.1:3101');
    clearRunningStack(dir, process.pid);
    expect(existsSync(stateFileIn(dir))).toBe(false);
  });
});

describe('finding the running stack from a command', () => {
  it("finds the stack of a parent folder's .newstag when run from a subfolder, as git finds its repository", () => {
    const checkout = dataDir();
    const articles = join(checkout, 'newsroom', 'articles');
    mkdirSync(articles, { recursive: true });
    writeRunningStack(join(checkout, '.newstag'), stackOf(process.pid, 'http://127.0.0.1:3000'));

    const found = findRunningStack(undefined, articles);

    expect(found).toEqual({
      stack: expect.objectContaining({ apiUrl: 'http://127.0.0.1:3000' }),
      dataDir: join(checkout, '.newstag'),
    });
  });

  it('looks only in the folder given with --data-dir, and finds nothing where no stack runs', () => {
    const checkout = dataDir();
    const elsewhere = dataDir();
    writeRunningStack(join(checkout, '.newstag'), stackOf(process.pid, 'http://127.0.0.1:3000'));

    expect(findRunningStack(join(elsewhere, '.newstag'), checkout)).toBeUndefined();
    expect(findRunningStack(undefined, elsewhere)).toBeUndefined();
  });
});
