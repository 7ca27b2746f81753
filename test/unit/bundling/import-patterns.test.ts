import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleTagger } from '../../../scripts/tagger-bundle.js';

/**
 * The `\p{…}` patterns the tagger makes while it is imported. Each costs an ICU scan of the Unicode tables when
 * it is made (~0.8 M instructions, ~0.2 ms), so a module-level one that few articles run is a
 * `lazyPattern` (text/lazy-pattern.ts), made on first use, or a `letterPattern` (text/letters.ts), whose ASCII
 * twin reads ASCII text and which makes the `\p{…}` pattern only for other text: the two organisation heads and
 * the bare agency credit, which most articles run, are letterPatterns now (~11 M instructions fewer for an
 * ASCII first article). The marks pattern stays: the import's own name tables use it.
 */
const MADE_AT_IMPORT = [String.raw`\p{M}+`];

/** Prints, as JSON, the source of each `\p{…}` RegExp made while the bundle at the given URL is imported. */
const PROBE = `
const made = [];
globalThis.RegExp = new Proxy(RegExp, {
  construct(target, args) {
    if (String(args[0]).includes('\\\\p{')) made.push(String(args[0]));
    return Reflect.construct(target, args);
  },
});
await import(process.argv[1]);
console.log(JSON.stringify(made));
`;

describe('\\p{…} patterns made when the tagger is imported', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'newstag-import-patterns-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('are only those every article runs: a rarely run one is made on first use', async () => {
    // Arrange: the tagger bundled as the Lambda functions and the bench get it (minified ESM).
    const outfile = await bundleTagger(dir);

    // Act
    const child = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', PROBE, pathToFileURL(outfile).href],
      { encoding: 'utf8' },
    );

    // Assert
    expect(child.stderr).toBe('');
    const made = new Set(JSON.parse(child.stdout) as string[]);
    const rare = [...made].filter((source) => !MADE_AT_IMPORT.includes(source));
    expect(rare).toEqual([]);
  }, 60_000);
});
