import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRunningStack } from '../../functions/local/state-file.js';
import { pollUntil } from '../integration/support/local-stack.js';

const root = join(import.meta.dirname, '../..');

function startCli(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bin/newstag.ts', 'start', ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = { stdout: '', stderr: '' };
  child.stdout.on('data', (chunk: Buffer) => {
    output.stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    output.stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output, exited };
}

describe('newstag start', () => {
  it('prints its endpoints, serves the API, and stops cleanly on Ctrl-C (SIGINT)', async () => {
    const { child, output, exited } = startCli([
      '--memory',
      '--no-demo',
      '--port',
      '0',
      '--s3-port',
      '0',
      '--dynamodb-port',
      '0',
    ]);
    let stateDir: string | undefined;
    try {
      const apiUrl = await pollUntil(
        async () => /API\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(output.stdout)?.[1],
        60_000,
      );
      expect(output.stdout).toContain('aws s3 cp');
      // Each dead-letter command on a line of its own: pasted, neither runs the other.
      expect(output.stdout).toMatch(/^ {2}npx newstag dlq redrive --data-dir \S+$/m);
      expect(output.stdout).not.toContain('| npx newstag');
      expect((await fetch(`${apiUrl}/health`)).status).toBe(200);
      // An in-memory stack leaves the default folder's state file alone and names its own.
      stateDir = /npx newstag ingest --data-dir (\S+) my-article\.txt/.exec(output.stdout)?.[1];
      expect(stateDir).toEqual(expect.any(String));
      expect(readRunningStack(stateDir as string)?.apiUrl).toBe(apiUrl);
    } finally {
      child.kill('SIGINT');
    }

    expect(await exited).toBe(0);
    expect(output.stdout).toContain('Stopped.');
    expect(existsSync(stateDir as string)).toBe(false);
  }, 90_000);

  it('names the flag of a busy port and prints a command that gets past it, without a stack trace', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', () => resolve()));
    const busy = (blocker.address() as AddressInfo).port;
    try {
      const { output, exited } = startCli([
        '--memory',
        '--no-demo',
        '--port',
        '0',
        '--s3-port',
        String(busy),
      ]);

      expect(await exited).toBe(1);
      expect(output.stderr).toContain(`${busy} (S3, set with --s3-port)`);
      expect(output.stderr).toMatch(/: npm start -- --memory --port 0 --s3-port \d+ --dynamodb-port \d+/);
      expect(output.stderr).not.toMatch(/\n\s+at /);
    } finally {
      await new Promise<void>((resolve) => blocker.close(() => resolve()));
    }
  }, 60_000);

  it('reports a bad setting taken from the shell as one line, exit 1, no stack trace', async () => {
    const { output, exited } = startCli(
      ['--memory', '--no-demo', '--port', '0', '--s3-port', '0', '--dynamodb-port', '0'],
      { CORS_ORIGINS: 'not an origin', CURSOR_SECRET: 'short' },
    );

    expect(await exited).toBe(1);
    expect(output.stderr).toContain('ignoring CURSOR_SECRET from the environment');
    expect(output.stderr).toMatch(
      /newstag start: a setting taken from the environment is invalid: .*CORS_ORIGINS/,
    );
    expect(output.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});
