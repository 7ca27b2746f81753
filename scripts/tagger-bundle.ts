import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The tagger bundled the way the Lambda functions get it (lib/constructs/node-function.ts): minified ESM,
 * `\p{…}` regex literals written as `new RegExp("…")` by esbuild. The bench's throughput and cold-start figures
 * and test/unit/bundling/import-patterns.test.ts run it, so they measure the code that is deployed, not tsx's
 * on-the-fly transform of the sources. Writes `tagger.mjs` in `dir` and returns its path.
 */
export async function bundleTagger(dir: string): Promise<string> {
  const outfile = join(dir, 'tagger.mjs');
  await build({
    entryPoints: [join(root, 'functions', 'core', 'tag.ts')],
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'error',
  });
  return outfile;
}
