import { describe, expect, it } from 'vitest';
import { bundleLambda, largestParts, rawNonAscii } from '../lambda-bundle.js';

/**
 * The API bundle as the NodeFunction construct builds it. The OpenAPI generator, the S3 client and
 * Powertools stay out, and so does zod classic: the handler parses with zod/mini (core ≈ 27 KiB) and loads
 * only the English locale. The SDK's event-stream codec and endpoint-discovery LRU cache are swapped for
 * stand-ins. The repository sends the DynamoDB client's own commands and converts attribute values itself,
 * so the document client (`@aws-sdk/lib-dynamodb` with `util-dynamodb`, ~10 KiB) stays out too (since
 * 2026-12-01: 249,436 → 239,188 bytes). What remains is mostly the AWS SDK's DynamoDB client.
 */
describe('API bundle', () => {
  it('leaves the OpenAPI generator, the S3 client, the document client, Powertools and unused SDK features out and stays within 250 KB', async () => {
    const bundle = await bundleLambda(new URL('../../../functions/api/handler.ts', import.meta.url));
    console.log(`api bundle: ${(bundle.bytes / 1024).toFixed(1)} KiB minified; ${largestParts(bundle)}`);

    expect(
      [...bundle.inputs.keys()].filter((path) =>
        /zod-to-openapi|client-s3|lib-dynamodb|util-dynamodb|powertools|zod\/v4\/classic|zod\/v4\/locales\/(?!en)|event-streams\/|mnemonist/.test(
          path,
        ),
      ),
    ).toEqual([]);
    expect(bundle.bytes).toBeLessThanOrEqual(250_000);
    // ASCII text, or V8 holds the whole source as two-byte (test/unit/lambda-bundle.ts, rawNonAscii).
    expect(rawNonAscii(bundle.code)).toEqual([]);
  }, 60_000);
});
