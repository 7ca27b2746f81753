import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../functions/cli/main.js';
import { TAGGER_VERSION } from '../../../functions/core/version.js';

/** Runs the CLI in-process, collecting what it writes to stdout and stderr. */
async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  const code = await runCli(argv);
  vi.restoreAllMocks();
  return { code, stdout, stderr };
}

afterEach(() => vi.restoreAllMocks());

describe('newstag help', () => {
  it.each(['ingest', 'start', 'dlq', 'reprocess', 'tag'])(
    'prints the usage of `%s --help` on stdout and exits 0',
    async (command) => {
      const { code, stdout } = await cli(command, '--help');

      expect(code).toBe(0);
      expect(stdout).toContain(`newstag ${command}`);
    },
  );

  it("prints one command's usage for `help CMD` and `-h` after other options", async () => {
    const help = await cli('help', 'start');
    const short = await cli('dlq', 'list', '-h');

    expect([help.code, short.code]).toEqual([0, 0]);
    expect(help.stdout).toContain('usage: newstag start');
    expect(short.stdout).toContain('usage: newstag dlq');
  });

  it('prints the command list for `help` with exit 0, but exits 2 for an unknown command', async () => {
    const help = await cli('help');
    const unknown = await cli('tagg');

    expect(help.code).toBe(0);
    expect(help.stdout).toContain('newstag ingest');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "tagg"');
  });

  it('prints the package and tagger versions for --version and exits 0', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };

    const { code, stdout } = await cli('--version');

    expect(code).toBe(0);
    expect(stdout).toBe(`newstag ${pkg.version} (tagger ${TAGGER_VERSION})\n`);
  });
});
