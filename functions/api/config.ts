import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

// Readable messages (zod/mini ships without a locale).
z.config(en());

const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value);
const splitList = (text: string) =>
  text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);

/**
 * Environment of the API function, parsed once at cold start; a missing or bad value fails loudly with the
 * variable's name. No defaults stand in for required settings. zod/mini, like the request parsers, to
 * keep the bundle small.
 */
export const ApiConfigSchema = z.object({
  TABLE_NAME: z.string().check(z.minLength(1)),
  AWS_REGION: z.string().check(z.minLength(1)),
  /** Comma-separated origins allowed to read the API from a browser; `*` for any; empty for none. */
  CORS_ORIGINS: z.pipe(
    z.pipe(z._default(z.string(), ''), z.transform(splitList)),
    z.array(z.union([z.literal('*'), z.url({ protocol: /^https?$/ })])),
  ),
  /** Key of the cursor HMAC. Without it cursors are still bound and tamper-evident, but forgeable. */
  CURSOR_SECRET: z.pipe(
    z.transform(emptyAsUndefined),
    z.optional(z.string().check(z.minLength(32, { message: 'must be at least 32 characters' }))),
  ),
  /** Endpoint of a local DynamoDB-compatible server (dynalite); unset in AWS. */
  DYNAMODB_ENDPOINT: z.pipe(z.transform(emptyAsUndefined), z.optional(z.url())),
});
export type ApiConfig = z.infer<typeof ApiConfigSchema>;

export class ApiConfigError extends Error {
  override readonly name = 'ApiConfigError';
}

export function loadApiConfig(env: Record<string, string | undefined> = process.env): ApiConfig {
  const parsed = z.safeParse(ApiConfigSchema, env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ApiConfigError(`invalid API configuration: ${problems}`);
  }
  return parsed.data;
}
