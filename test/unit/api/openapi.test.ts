import { readFileSync } from 'node:fs';
import { brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../../../functions/api/openapi.js';
import { OPENAPI_BROTLI_BASE64 } from '../../../functions/api/openapi-document.js';

describe('openapi.json', () => {
  it('is up to date with the zod schemas (run `tsx scripts/build-openapi.ts` when this fails)', () => {
    const committed = JSON.parse(
      readFileSync(new URL('../../../functions/api/openapi.json', import.meta.url), 'utf8'),
    );

    expect(committed).toEqual(JSON.parse(JSON.stringify(buildOpenApiDocument())));
  });

  it('is what the handler serves (the embedded brotli-compressed copy)', () => {
    const served = JSON.parse(
      brotliDecompressSync(Buffer.from(OPENAPI_BROTLI_BASE64, 'base64')).toString('utf8'),
    );

    expect(served).toEqual(JSON.parse(JSON.stringify(buildOpenApiDocument())));
  });

  it('documents every route', () => {
    const paths = Object.keys(buildOpenApiDocument().paths ?? {}).sort();

    expect(paths).toEqual([
      '/articles',
      '/articles/{id}',
      '/entities',
      '/entities/{id}',
      '/failures',
      '/health',
      '/openapi.json',
      '/top',
      '/trends',
    ]);
  });

  it('declares how a deployed API is called: IAM (SigV4) or a JWT', () => {
    const document = buildOpenApiDocument();

    expect(Object.keys(document.components?.securitySchemes ?? {}).sort()).toEqual(['jwt', 'sigv4']);
    expect(document.security).toEqual([{ sigv4: [] }, { jwt: [] }]);
  });
});
