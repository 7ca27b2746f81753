import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pollUntil } from '../integration/support/local-stack.js';

const root = join(import.meta.dirname, '../..');

describe('newstag start', () => {
  it('prints its endpoints, serves the API, and stops cleanly on Ctrl-C (SIGINT)', async () => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'bin/newstag.ts',
        'start',
        '--memory',
        '--no-demo',
        '--port',
        '0',
        '--s3-port',
        '0',
        '--dynamodb-port',
        '0',
      ],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

    try {
      const apiUrl = await pollUntil(
        async () => /API\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1],
        60_000,
      );
      expect(output).toContain('aws s3 cp');
      expect((await fetch(`${apiUrl}/health`)).status).toBe(200);
    } finally {
      child.kill('SIGINT');
    }

    expect(await exited).toBe(0);
    expect(output).toContain('Stopped.');
  }, 90_000);
});
