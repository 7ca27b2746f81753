import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseAst } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleTagger } from '../../../scripts/tagger-bundle.js';

/**
 * The `\p{…}` patterns the tagger makes while it is imported. Each costs an ICU scan of the Unicode tables when
 * it is made (~0.8 M instructions, ~0.2 ms), so a module-level one that few articles run is a
 * `lazyPattern` (text/lazy-pattern.ts), made on first use, or a `letterPattern` (text/letters.ts), whose ASCII
 * twin reads ASCII text and which makes the `\p{…}` pattern only for other text: the two organisation heads and
 * the bare agency credit, which most articles run, are letterPatterns now (~11 M instructions fewer for an
 * ASCII first article). The marks pattern stays: the import's own name tables use it; so does entities/slug.ts's
 * (the import's own entity ids; a regex literal until session 51, made at import all the same).
 */
const MADE_AT_IMPORT = [String.raw`\p{M}+`, String.raw`[^\p{L}\p{N}]+`];

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

/** The regex literals of a bundle (raw text) whose pattern holds a `\p{…}`. */
function propertyLiterals(bundle: string): string[] {
  const found: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) walk(item);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const node = value as { type?: unknown; raw?: string; regex?: { pattern: string } };
    if (typeof node.type !== 'string') return;
    if (node.type === 'Literal' && node.regex?.pattern.includes('\\p{')) found.push(node.raw ?? '');
    for (const item of Object.values(node)) if (typeof item === 'object') walk(item);
  };
  walk(parseAst(bundle));
  return found;
}

describe('\\p{…} regex literals in the bundled tagger', () => {
  it('counts a literal with \\p{…} inside brackets and passes over new RegExp and strings', () => {
    // Arrange
    const bundle = `const a = /[\\p{L}\\p{N}]+/gu, b = new RegExp("[\\\\p{L}]", "u"), c = "\\\\p{L}", d = /x/;`;

    // Act
    const found = propertyLiterals(bundle);

    // Assert
    expect(found).toEqual(['/[\\p{L}\\p{N}]+/gu']);
  });

  it('are none: one is written new RegExp("…") (esbuild rewrites only a \\p{…} outside brackets)', async () => {
    // Arrange: V8 checks a literal's syntax when it parses the bundle, an ICU scan per \p{…} even in a function
    // never called (text/lazy-pattern.ts).
    const dir = mkdtempSync(join(tmpdir(), 'newstag-property-literals-'));
    try {
      const bundle = readFileSync(await bundleTagger(dir), 'utf8');

      // Act
      const found = propertyLiterals(bundle);

      // Assert
      expect(found).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
