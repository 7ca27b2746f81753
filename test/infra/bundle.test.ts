import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildStack, serviceFunctions } from './synth.js';

const outdir = mkdtempSync(join(tmpdir(), 'newstag-bundle-'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

interface Bundle {
  service: string;
  code: string;
  bytes: number;
  hasSourceMap: boolean;
}

/** Synthesises with bundling on (local esbuild, no Docker) and reads each project function's bundle. */
function bundleAll(): Bundle[] {
  const { app, stack } = buildStack({}, { bundle: true, outdir });
  const assembly = app.synth();
  const template = assembly.getStackArtifact(stack.artifactId).template as {
    Resources: Record<string, { Properties: { Code: { S3Key: string } } }>;
  };
  const bundles: Bundle[] = [];
  for (const [service, logicalId] of serviceFunctionsOf(template)) {
    const hash = template.Resources[logicalId]!.Properties.Code.S3Key.replace(/\.zip$/, '');
    const file = join(outdir, `asset.${hash}`, 'index.mjs');
    bundles.push({
      service,
      code: readFileSync(file, 'utf8'),
      bytes: statSync(file).size,
      hasSourceMap: existsSync(`${file}.map`),
    });
  }
  return bundles;
}

function serviceFunctionsOf(template: object): Map<string, string> {
  return serviceFunctions({ findResources: (type: string) => filterByType(template, type) } as never);
}

function filterByType(template: object, type: string): Record<string, unknown> {
  const resources = (template as { Resources: Record<string, { Type: string }> }).Resources;
  return Object.fromEntries(Object.entries(resources).filter(([, resource]) => resource.Type === type));
}

/**
 * Optional signers the AWS SDK loads lazily, inside a try/catch, only for SigV4a (multi-region access
 * points); they are not installed and never needed here.
 */
const OPTIONAL_SDK_MODULES = new Set(['@aws-sdk/signature-v4-crt', '@aws-sdk/signature-v4a']);

/** The characters of a package name, a subpath or a relative path. */
const MODULE_SPECIFIER = /^[\w@./:-]+$/;

/** Packages the bundle would still load at run time: anything but Node built-ins and the optional signers. */

function externalPackages(code: string): string[] {
  const specifiers = new Set<string>();
  // Not preceded by a quote or a property dot: the word "import" inside bundled data is not a statement.
  const staticImports =
    /(?<![\w$.'"])import\s*(?:[\w$]+\s*,?\s*)?(?:\*\s*as\s*[\w$]+|\{[^}]*\})?\s*(?:from)?\s*["']([^"']+)["']/g;
  const dynamicLoads = /(?<![\w$.'"])(?:require|import)\(\s*["']([^"']+)["']\s*\)/g;
  for (const pattern of [staticImports, dynamicLoads]) {
    for (const match of code.matchAll(pattern)) specifiers.add(match[1]!);
  }
  // A module specifier is a package name or a path: bundled text such as "... import export".split(" ") reads as an
  // import of '.split(' to the patterns above, and no specifier holds a parenthesis or a space.
  return [...specifiers].filter(
    (specifier) =>
      MODULE_SPECIFIER.test(specifier) && !isBuiltin(specifier) && !OPTIONAL_SDK_MODULES.has(specifier),
  );
}

describe('function bundles (real esbuild run)', () => {
  it('bundles every function into one minified ESM file with a source map, no external package and no unused credential source', () => {
    const bundles = bundleAll();
    expect(bundles.map((bundle) => bundle.service).sort()).toEqual([
      'newstag-api',
      'newstag-backfill',
      'newstag-ingest',
      'newstag-rollup',
    ]);
    for (const bundle of bundles) {
      console.log(`${bundle.service}: ${(bundle.bytes / 1024).toFixed(1)} KiB minified (index.mjs)`);
      expect({ service: bundle.service, hasSourceMap: bundle.hasSourceMap }).toEqual({
        service: bundle.service,
        hasSourceMap: true,
      });
      expect(bundle.code.startsWith('import { createRequire as __newstagCreateRequire }')).toBe(true);
      // The construct writes ASCII (--charset ascii): one raw letter makes V8 hold the source as two-byte text.
      expect({ service: bundle.service, nonAscii: /[\u0080-\uffff]/.test(bundle.code) }).toEqual({
        service: bundle.service,
        nonAscii: false,
      });
      expect({ service: bundle.service, external: externalPackages(bundle.code) }).toEqual({
        service: bundle.service,
        external: [],
      });
      if (bundle.code.includes('aws-sdk-js')) {
        // STS web-identity support only arrives with the credential sources Lambda never uses.
        expect({
          service: bundle.service,
          stsClient: bundle.code.includes('AssumeRoleWithWebIdentity'),
        }).toEqual({
          service: bundle.service,
          stsClient: false,
        });
      }
    }
  }, 180_000);
});
