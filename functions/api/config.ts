import * as z from 'zod';

const optional = (schema: z.ZodType<string | undefined>) =>
  z.preprocess((v) => (v === '' ? undefined : v), schema);

/**
 * Environment of the API function, parsed once at cold start; a missing or bad value fails loudly with the
 * variable's name. No defaults stand in for required settings.
 */
export const ApiConfigSchema = z.object({
  TABLE_NAME: z.string().min(1),
  AWS_REGION: z.string().min(1),
  /** Comma-separated origins allowed to read the API from a browser; `*` for any; empty for none. */
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((text) =>
      text
        .split(',')
        .map((origin) => origin.trim())
        .filter((origin) => origin.length > 0),
    )
    .pipe(z.array(z.union([z.literal('*'), z.url({ protocol: /^https?$/ })]))),
  /** Key of the cursor HMAC. Without it cursors are still bound and tamper-evident, but forgeable. */
  CURSOR_SECRET: optional(z.string().min(32, { message: 'must be at least 32 characters' }).optional()),
  /** Endpoint of a local DynamoDB-compatible server (dynalite); unset in AWS. */
  DYNAMODB_ENDPOINT: optional(z.url().optional()),
});
export type ApiConfig = z.infer<typeof ApiConfigSchema>;

export class ApiConfigError extends Error {
  override readonly name = 'ApiConfigError';
}

export function loadApiConfig(env: Record<string, string | undefined> = process.env): ApiConfig {
  const parsed = ApiConfigSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ApiConfigError(`invalid API configuration: ${problems}`);
  }
  return parsed.data;
}
