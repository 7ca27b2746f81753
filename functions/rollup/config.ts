import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

z.config(en());

const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value);

/** Environment of the rollup function, parsed once at cold start; a bad value fails it loudly. */
export const RollupConfigSchema = z.object({
  TABLE_NAME: z.string().check(z.minLength(1)),
  AWS_REGION: z.string().check(z.minLength(1)),
  /** Endpoint of a local DynamoDB-compatible server (dynalite); unset in AWS. */
  DYNAMODB_ENDPOINT: z.pipe(z.transform(emptyAsUndefined), z.optional(z.url())),
  /** Minutes between scheduled refreshes of today and yesterday (the construct's `every`). */
  ROLLUP_EVERY_MINUTES: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(1440)), 5),
  POWERTOOLS_SERVICE_NAME: z._default(z.string(), 'newstag-rollup'),
});
export type RollupConfig = z.infer<typeof RollupConfigSchema>;

export class RollupConfigError extends Error {
  override readonly name = 'RollupConfigError';
}

export function loadRollupConfig(env: NodeJS.ProcessEnv = process.env): RollupConfig {
  const parsed = RollupConfigSchema.safeParse(env);
  if (!parsed.success) {
    throw new RollupConfigError(`invalid rollup configuration: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}
