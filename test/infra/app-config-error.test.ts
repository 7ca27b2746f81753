import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = join(import.meta.dirname, '../..');
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('bin/app.ts with a bad deploy setting', () => {
  it('prints the message naming the key and exits 1, without a stack trace', async () => {
    const outdir = mkdtempSync(join(tmpdir(), 'newstag-cdk-out-'));
    dirs.push(outdir);

    const result = await run(process.execPath, ['--import', 'tsx', 'bin/app.ts'], {
      cwd: root,
      env: {
        ...process.env,
        CDK_OUTDIR: outdir,
        CDK_CONTEXT_JSON: JSON.stringify({ 'newstag:authMode': 'jwt' }),
      },
    }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );

    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Invalid newstag deploy configuration');
    expect(result.stderr).toContain('jwtIssuer is required when authMode=jwt');
    expect(result.stderr).not.toMatch(/^\s+at /m);
  }, 60_000);
});
