import { build } from 'esbuild';
import { BUNDLE_ALIASES } from '../../lib/bundling/aliases.js';

export interface LambdaBundle {
  /** Size of the minified index.mjs in bytes. */
  readonly bytes: number;
  /** Bytes each input file contributes to the output, tree-shaken files left out. */
  readonly inputs: ReadonlyMap<string, number>;
  readonly code: string;
}

/**
 * Bundles a handler in memory the way the NodeFunction construct does (ESM, minified, node22, module-first,
 * ASCII output, AWS SDK bundled, the stand-ins of lib/bundling/aliases.ts swapped in), without a CDK synth.
 */
export async function bundleLambda(entry: URL): Promise<LambdaBundle> {
  const result = await build({
    entryPoints: [entry.pathname],
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    mainFields: ['module', 'main'],
    charset: 'ascii',
    alias: { ...BUNDLE_ALIASES },
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs)[0];
  const inputs = new Map(
    Object.entries(output?.inputs ?? {})
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([path, input]) => [path, input.bytesInOutput]),
  );
  const file = result.outputFiles[0];
  return { bytes: file?.contents.byteLength ?? 0, inputs, code: file?.text ?? '' };
}

/** The largest contributors by package (or project folder), for a test's log. */
export function largestParts(bundle: LambdaBundle, count = 12): string {
  const parts = new Map<string, number>();
  for (const [path, bytes] of bundle.inputs) {
    const key = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? path.split('/').slice(0, 3).join('/');
    parts.set(key, (parts.get(key) ?? 0) + bytes);
  }
  return [...parts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, bytes]) => `${(bytes / 1024).toFixed(1)} KiB ${key}`)
    .join(', ');
}

/**
 * Each raw non-ASCII character of a bundle with 40 characters either side. One is enough for V8 to hold the
 * whole source as two-byte text (a slower cold start: lib/constructs/node-function.ts). esbuild's ASCII
 * output escapes strings but copies regex literals and String.raw templates as written: spell their letters
 * as escapes in the source (\u2019 for ’, \u00e9 for é).
 */
export function rawNonAscii(code: string): string[] {
  return [...code.matchAll(/[\u0080-\uffff]/g)].map((match) =>
    code.slice(Math.max(0, match.index - 40), match.index + 41),
  );
}
