import { safeParse } from 'zod/mini';
import type * as z from 'zod/v4/core';

/** What a route produces before the shell adds CORS and request-id headers. */
export interface RouteResponse {
  readonly status: number;
  readonly body: unknown;
  /** Already serialised JSON, sent as is instead of `body`. */
  readonly rawBody?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/** An error the client can act on; everything else becomes a 500 without details. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly error: string,
    message: string,
    readonly parameter?: string,
    readonly headers?: Readonly<Record<string, string>>,
  ) {
    super(message);
  }
}

export const badParameter = (parameter: string, message: string) =>
  new ApiError(400, 'invalid_parameter', message, parameter);

export const notFound = (message: string) => new ApiError(404, 'not_found', message);

/** The first problem of a failed parse, as a 400 naming the parameter. */
export function fromZodError(error: z.$ZodError, input: unknown): ApiError {
  const issue = error.issues[0];
  if (!issue) return badParameter('query', 'invalid request');
  if (issue.code === 'unrecognized_keys') {
    const name = issue.keys[0] ?? 'query';
    return badParameter(name, `unknown parameter "${name}"`);
  }
  const parameter = String(issue.path[0] ?? 'query');
  const given = (input as Record<string, unknown> | undefined)?.[parameter];
  if (given === undefined) return badParameter(parameter, `${parameter} is required`);
  if (issue.code === 'invalid_union') {
    // A repeatable filter: report the message of the value that failed, not the union's, and not the
    // branch the input's shape did not take (a list reported as "expected string").
    const inner = issue.errors.flat().find((i) => i.code !== 'invalid_type') ?? issue.errors.flat()[0];
    return badParameter(parameter, `${parameter} ${inner?.message ?? 'is invalid'}`);
  }
  return badParameter(parameter, `${parameter} ${issue.message}`);
}

export function parseWith<S extends z.$ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = safeParse(schema, input);
  if (!parsed.success) throw fromZodError(parsed.error, input);
  return parsed.data;
}

/**
 * Query string as the client sent it, with repeats kept: `a=1&a=2` gives `{a: ['1', '2']}`. The HTTP API's
 * own `queryStringParameters` joins repeats with commas, which would be ambiguous.
 */
export function parseQueryString(raw: string | undefined): Record<string, string | string[]> {
  const params: Record<string, string | string[]> = {};
  for (const [name, value] of new URLSearchParams(raw ?? '')) {
    const seen = params[name];
    params[name] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value];
  }
  return params;
}

/** Rejects repeats of parameters that take one value. */
export function rejectRepeats(
  params: Record<string, string | string[]>,
  repeatable: readonly string[] = [],
): Record<string, string | string[]> {
  for (const [name, value] of Object.entries(params)) {
    if (Array.isArray(value) && !repeatable.includes(name)) {
      throw badParameter(name, `${name} may be given only once`);
    }
  }
  return params;
}
