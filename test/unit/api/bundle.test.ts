import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { CREDENTIAL_SOURCES_NOT_BUNDLED } from '../../../lib/constructs/node-function.js';

const LAMBDA_CREDENTIALS_ONLY = new URL('../../../lib/bundling/lambda-credentials-only.ts', import.meta.url)
  .pathname;

/**
 * The API bundle as the NodeFunction construct builds it (ESM, minified, node22, module-first, AWS SDK
 * bundled, the credential sources Lambda never uses aliased away). The OpenAPI generator, the S3 client and
 * Powertools stay out, and so does zod classic: the handler parses with zod/mini (core ≈ 27 KiB) and loads
 * only the English locale. What remains is mostly the AWS SDK's DynamoDB client.
 */
describe('API bundle', () => {
  it('leaves the OpenAPI generator, the S3 client and Powertools out and stays under 300 KiB', async () => {
    const result = await build({
      entryPoints: [new URL('../../../functions/api/handler.ts', import.meta.url).pathname],
      bundle: true,
      minify: true,
      platform: 'node',
      format: 'esm',
      target: 'node22',
      mainFields: ['module', 'main'],
      alias: Object.fromEntries(
        CREDENTIAL_SOURCES_NOT_BUNDLED.map((name) => [name, LAMBDA_CREDENTIALS_ONLY]),
      ),
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    // Inputs that contribute bytes to the output (tree-shaken modules are listed with 0 bytes).
    const output = Object.values(result.metafile.outputs)[0];
    const inputs = Object.entries(output?.inputs ?? {})
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([path]) => path);
    const bytes = result.outputFiles[0]?.contents.byteLength ?? 0;
    console.log(`api bundle: ${(bytes / 1024).toFixed(1)} KiB minified`);

    expect(
      inputs.filter((path) =>
        /zod-to-openapi|client-s3|powertools|zod\/v4\/classic|zod\/v4\/locales\/(?!en)/.test(path),
      ),
    ).toEqual([]);
    expect(bytes).toBeLessThan(300 * 1024);
  }, 60_000);
});
