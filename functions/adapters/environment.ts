import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

// zod/mini keeps classic zod out of the function bundles; English messages, as classic zod gives.
z.config(en());

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** A URL, or unset (an empty variable counts as unset). */
export const optionalUrl = z.pipe(
  z.transform((v: unknown) => (v === '' ? undefined : v)),
  z.optional(z.url()),
);

/** A function's environment parsed with its schema, or a ConfigError naming every bad variable. */
export function parseEnvironment<T>(
  schema: z.ZodMiniType<T>,
  env: NodeJS.ProcessEnv,
  functionName: string,
): T {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(`invalid ${functionName} configuration:\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}
