import { fileURLToPath } from 'node:url';

/**
 * SDK packages that only provide credential sources Lambda never uses; see lambda-credentials-only.ts.
 */
export const CREDENTIAL_SOURCES_NOT_BUNDLED = [
  '@aws-sdk/credential-provider-ini',
  '@aws-sdk/credential-provider-sso',
  '@aws-sdk/credential-provider-process',
  '@aws-sdk/credential-provider-web-identity',
  '@aws-sdk/credential-provider-http',
  '@smithy/credential-provider-imds',
] as const;

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/**
 * Modules every function bundle replaces with a small stand-in from this folder (esbuild `alias`): code
 * the AWS SDK links in for features these functions never use. Aliased rather than marked external, so each
 * bundle stays one self-contained file. Shared by the base function construct and the bundle tests.
 */
export const BUNDLE_ALIASES: Readonly<Record<string, string>> = {
  ...Object.fromEntries(
    CREDENTIAL_SOURCES_NOT_BUNDLED.map((name) => [name, here('./lambda-credentials-only.ts')]),
  ),
  '@smithy/core/event-streams': here('./no-event-streams.ts'),
  '@aws-sdk/middleware-endpoint-discovery': here('./no-endpoint-discovery.ts'),
  'mnemonist/lru-cache': here('./lru-cache.ts'),
};
