import * as z from 'zod/mini';
import { optionalUrl, parseEnvironment } from '../adapters/environment.js';

/** Environment of the rollup function, parsed once at cold start; a bad value fails it loudly. */
export const RollupConfigSchema = z.object({
  TABLE_NAME: z.string().check(z.minLength(1)),
  AWS_REGION: z.string().check(z.minLength(1)),
  /** Endpoint of a local DynamoDB-compatible server (dynalite); unset in AWS. */
  DYNAMODB_ENDPOINT: optionalUrl,
  /** Minutes between scheduled refreshes of today and yesterday (the construct's `every`). */
  ROLLUP_EVERY_MINUTES: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(1440)), 5),
  POWERTOOLS_SERVICE_NAME: z._default(z.string(), 'newstag-rollup'),
});
export type RollupConfig = z.infer<typeof RollupConfigSchema>;

export function loadRollupConfig(env: NodeJS.ProcessEnv = process.env): RollupConfig {
  return parseEnvironment(RollupConfigSchema, env, 'rollup');
}
