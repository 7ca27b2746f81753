import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * The API bundle as the NodeFunction construct builds it (ESM, minified, node22, module-first, AWS SDK
 * bundled). The OpenAPI generator, the S3 client and Powertools stay out; zod is imported as a namespace
 * so its locales are shaken off. What remains is mostly the AWS SDK (DynamoDB client ≈ 340 KiB).
 */
describe('API bundle', () => {
  it('leaves the OpenAPI generator, the S3 client and Powertools out and stays under 500 KiB', async () => {
    const result = await build({
      entryPoints: [new URL('../../../functions/api/handler.ts', import.meta.url).pathname],
      bundle: true,
      minify: true,
      platform: 'node',
      format: 'esm',
      target: 'node22',
      mainFields: ['module', 'main'],
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
      inputs.filter((path) => /zod-to-openapi|client-s3|powertools|zod\/v4\/locales\/(?!en)/.test(path)),
    ).toEqual([]);
    expect(bytes).toBeLessThan(500 * 1024);
  }, 60_000);
});
