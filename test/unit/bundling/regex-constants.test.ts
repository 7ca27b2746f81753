import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const HANDLERS = ['ingest', 'api', 'backfill', 'rollup'];

/**
 * The Lambda bundles let esbuild write each regex literal with a `\p{…}` outside brackets as `new RegExp("…")`, and
 * the sources build the others from strings (node-function.ts says why: V8 checks a literal's syntax, an ICU scan
 * per `\p{…}`, when it parses the bundle). That is
 * only cheap for a regex made once: inside a function, it would be compiled again on every call. So
 * every such regex must be a module-level constant of its own, made at import or, through text/lazy-pattern.ts,
 * on first use.
 */
describe('\\p{…} regexes in the Lambda bundles', () => {
  it.each(HANDLERS)(
    '%s: each is a module-level constant, built once, never inside a function',
    async (handler) => {
      const result = await build({
        entryPoints: [new URL(`../../../functions/${handler}/handler.ts`, import.meta.url).pathname],
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node22',
        mainFields: ['module', 'main'],
        charset: 'ascii',
        write: false,
        logLevel: 'silent',
      });
      const lines = (result.outputFiles[0]?.text ?? '').split('\n');

      const pattern = String.raw`new RegExp\("(?:[^"\\]|\\.)*", "\w*"\)`;
      const constant = new RegExp(String.raw`^var [\w$]+ = ${pattern};$`);
      const madeOnFirstUse = new RegExp(String.raw`^var [\w$]+ = lazyPattern\d*\(\(\) => ${pattern}\);$`);
      // esbuild breaks a long one after "lazyPattern(".
      const madeOnFirstUseWrapped = new RegExp(String.raw`^\s+\(\) => ${pattern}$`);
      const lazyStart = /^var [\w$]+ = lazyPattern\d*\($/;
      const outsideConstants = lines.filter(
        (line, at) =>
          line.includes('new RegExp("') &&
          line.includes('\\\\p{') &&
          !constant.test(line) &&
          !madeOnFirstUse.test(line) &&
          !(madeOnFirstUseWrapped.test(line) && lazyStart.test(lines[at - 1] ?? '')),
      );

      expect(outsideConstants).toEqual([]);
    },
    60_000,
  );
});
