import { brotliDecompressSync } from 'node:zlib';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import * as z from 'zod/mini';
import type { $ZodType, output } from 'zod/v4/core';
import { newReadMeter, type QueryRepository, type ReadMeter } from '../adapters/query-repository.js';
import { getArticleByAnyId, getArticleBySource, listArticles } from './articles.js';
import type { RequestContext } from './context.js';
import { getEntity, searchEntities } from './entities.js';
import { listFailures } from './failures.js';
import {
  ApiError,
  badParameter,
  notFound,
  parseQueryString,
  parseWith,
  type RouteResponse,
  rejectRepeats,
} from './http.js';
import { FILTER_PARAMETERS } from './limits.js';
import { OPENAPI_BROTLI_BASE64 } from './openapi-document.js';
import {
  ArticleDetailQuery,
  ArticleListQuery,
  EmptyQuery,
  EntityDetailQuery,
  EntityIdParam,
  EntitySearchQuery,
  FailuresQuery,
  SourceIdPath,
  TopQuery,
  TrendsQuery,
} from './parsers.js';
import { top, trends } from './stats.js';

export interface AppDeps {
  /** A repository whose reads are counted on `meter` (one per request). */
  readonly repository: (meter: ReadMeter) => QueryRepository;
  readonly corsOrigins: readonly string[];
  readonly cursorSecret: string | undefined;
  readonly now?: () => Date;
  /** Where unexpected errors are reported (with their stack, which never reaches the client). */
  readonly logError?: (entry: Record<string, unknown>) => void;
}

type Params = Record<string, string | string[]>;
type Route = (ctx: RequestContext, params: Params, path: string[]) => Promise<RouteResponse>;

// Every route sits behind IAM or JWT authorisation: data may be kept by the caller's cache, not a shared one.
const SHORT_CACHE = 'private, max-age=60';
const NO_STORE = 'no-store';

const json = (body: unknown, cache = NO_STORE): RouteResponse => ({
  status: 200,
  body,
  headers: { 'cache-control': cache },
});

/** Past days change only when an old article is re-ingested, so their aggregates may be cached a while. */
const rangeCache = (to: string, today: string) => (to < today ? 'private, max-age=300' : SHORT_CACHE);

function decodeSegment(segment: string, parameter: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw badParameter(parameter, `${parameter} is not valid percent-encoding`);
  }
}

/** A path parameter, validated like a query parameter so errors name `id`. */
function parsePath<S extends $ZodType>(schema: S, value: string): output<S> {
  const parsed = parseWith(z.object({ id: schema }), { id: value }) as { id: output<S> };
  return parsed.id;
}

let openapiCache: string | undefined;
/** The OpenAPI document, embedded brotli-compressed (a fifth of its size in the bundle), inflated once per container. */
const openapiText = () => {
  openapiCache ??= brotliDecompressSync(Buffer.from(OPENAPI_BROTLI_BASE64, 'base64')).toString('utf8');
  return openapiCache;
};

/**
 * Focus counts exist for articles ingested since 2026-12-01: a focus answer with nothing counted may be a
 * table whose articles were ingested before (docs/api.md), so it says what fills it.
 */
const FOCUS_NOTE =
  'nothing counted as about a country here; articles ingested before focus counts (2026-12-01) count after newstag reprocess --all or the backfill';

const countJson = (body: { to: string }, today: string, empty: boolean): RouteResponse => {
  const response = json(body, rangeCache(body.to, today));
  return empty ? { ...response, headers: { ...response.headers, 'x-focus-note': FOCUS_NOTE } } : response;
};

/** Path patterns: literal segments, or `{name}` for one segment. */
const ROUTES: ReadonlyArray<{ readonly path: string; readonly run: Route }> = [
  {
    path: '/health',
    run: async (_ctx, params) => {
      parseWith(EmptyQuery, params);
      return json({ status: 'ok' });
    },
  },
  {
    path: '/openapi.json',
    run: async (_ctx, params) => {
      parseWith(EmptyQuery, params);
      return {
        status: 200,
        body: undefined,
        rawBody: openapiText(),
        headers: { 'cache-control': 'public, max-age=3600' },
      };
    },
  },
  {
    path: '/articles',
    run: async (ctx, params) =>
      json(await listArticles(ctx, parseWith(ArticleListQuery, rejectRepeats(params, FILTER_PARAMETERS)))),
  },
  {
    path: '/articles/{id}',
    run: async (ctx, params, [id = '']) => {
      const { key } = parseWith(ArticleDetailQuery, rejectRepeats(params));
      const given = decodeSegment(id, 'id');
      // With `key`, the path is the publisher's own id (its articleId), else the short id lists return.
      if (key !== undefined)
        return json(await getArticleBySource(ctx, key, parsePath(SourceIdPath, given)), SHORT_CACHE);
      // Without `key`: the short id, or the publisher's own id alone (its index, gsi3).
      return json(await getArticleByAnyId(ctx, parsePath(SourceIdPath, given)), SHORT_CACHE);
    },
  },
  {
    path: '/entities',
    run: async (ctx, params) =>
      json(await searchEntities(ctx, parseWith(EntitySearchQuery, rejectRepeats(params)))),
  },
  {
    path: '/entities/{id}',
    run: async (ctx, params, [id = '']) => {
      const { type } = parseWith(EntityDetailQuery, rejectRepeats(params));
      const entityId = parsePath(EntityIdParam, decodeSegment(id, 'id'));
      return json(await getEntity(ctx, entityId, type), SHORT_CACHE);
    },
  },
  {
    path: '/trends',
    run: async (ctx, params) => {
      const body = await trends(ctx, parseWith(TrendsQuery, rejectRepeats(params)));
      return countJson(body, ctx.today, body.filter.focus === true && body.total === 0);
    },
  },
  {
    path: '/top',
    run: async (ctx, params) => {
      const body = await top(ctx, parseWith(TopQuery, rejectRepeats(params)));
      return countJson(body, ctx.today, body.focus === true && body.items.length === 0);
    },
  },
  {
    path: '/failures',
    run: async (ctx, params) =>
      json(await listFailures(ctx, parseWith(FailuresQuery, rejectRepeats(params)))),
  },
];

/** The route matching `path` and the values of its `{…}` segments. */
export function matchRoute(path: string): { run: Route; values: string[] } | undefined {
  const segments = path.split('/');
  for (const route of ROUTES) {
    const pattern = route.path.split('/');
    if (pattern.length !== segments.length) continue;
    const values: string[] = [];
    const matches = pattern.every((part, i) => {
      const segment = segments[i] ?? '';
      if (part.startsWith('{')) {
        values.push(segment);
        return segment.length > 0;
      }
      return part === segment;
    });
    if (matches) return { run: route.run, values };
  }
  return undefined;
}

/** A 404's words for a path no route takes: the route meant without a trailing slash, else every route. */
function noRoute(path: string): string {
  // A loop, not /\/+$/: that pattern retries from every slash of a long run (quadratic; read22 F15).
  let end = path.length;
  while (end > 0 && path.charCodeAt(end - 1) === 47) end--;
  const trimmed = path.slice(0, end);
  if (trimmed !== path && trimmed !== '' && matchRoute(trimmed))
    return `no route ${path}: without the trailing slash, ${trimmed}`;
  return `no route ${path}; the routes are ${ROUTES.map((route) => route.path).join(', ')}`;
}

export function createApp(deps: AppDeps) {
  const now = deps.now ?? (() => new Date());
  const logError = deps.logError ?? ((entry) => console.error(JSON.stringify(entry)));

  function corsHeaders(origin: string | undefined): Record<string, string> {
    if (deps.corsOrigins.length === 0) return {};
    if (deps.corsOrigins.includes('*')) return { 'access-control-allow-origin': '*' };
    if (origin && deps.corsOrigins.includes(origin)) {
      return { 'access-control-allow-origin': origin, vary: 'origin' };
    }
    return { vary: 'origin' };
  }

  return async function handle(
    event: APIGatewayProxyEventV2,
    context?: { awsRequestId?: string },
  ): Promise<APIGatewayProxyStructuredResultV2> {
    const requestId = event.requestContext?.requestId ?? context?.awsRequestId ?? 'unknown';
    const meter = newReadMeter();
    const method = event.requestContext?.http?.method ?? 'GET';
    const path = event.rawPath ?? '/';
    const origin = event.headers?.origin ?? event.headers?.Origin;
    const base = {
      'content-type': 'application/json; charset=utf-8',
      'x-request-id': requestId,
      ...corsHeaders(origin),
    };
    let response: RouteResponse;
    try {
      const route = matchRoute(path);
      if (!route) throw notFound(noRoute(path));
      if (method === 'OPTIONS' && deps.corsOrigins.length > 0) {
        response = {
          status: 204,
          body: undefined,
          headers: {
            'access-control-allow-methods': 'GET, OPTIONS',
            'access-control-allow-headers': 'authorization, content-type',
            'access-control-max-age': '3600',
          },
        };
      } else if (method !== 'GET' && method !== 'HEAD') {
        throw new ApiError(
          405,
          'method_not_allowed',
          `${method} is not allowed on ${path}; use GET`,
          undefined,
          {
            allow: 'GET, HEAD',
          },
        );
      } else {
        const requestTime = now().toISOString();
        const ctx: RequestContext = {
          repository: deps.repository(meter),
          cursorSecret: deps.cursorSecret,
          today: requestTime.slice(0, 10),
          now: requestTime,
        };
        response = await route.run(ctx, parseQueryString(event.rawQueryString), route.values);
      }
    } catch (error) {
      if (error instanceof ApiError) {
        response = {
          status: error.status,
          body: {
            error: error.error,
            message: error.message,
            ...(error.parameter !== undefined ? { parameter: error.parameter } : {}),
          },
          headers: { 'cache-control': NO_STORE, ...error.headers },
        };
      } else {
        logError({
          level: 'ERROR',
          message: 'request failed',
          requestId,
          path,
          error:
            error instanceof Error
              ? { name: error.name, message: error.message, stack: error.stack }
              : String(error),
        });
        response = {
          status: 500,
          body: { error: 'internal_error', message: 'internal error; quote the request id', requestId },
          headers: { 'cache-control': NO_STORE },
        };
      }
    }
    const body = response.rawBody ?? (response.body === undefined ? '' : JSON.stringify(response.body));
    return {
      statusCode: response.status,
      headers: {
        ...base,
        'x-read-items': String(meter.items),
        'x-read-requests': String(meter.requests),
        ...response.headers,
      },
      // HEAD is GET without the body (RFC 9110): link checkers, caches and `curl -I` ask it of GET routes.
      body: method === 'HEAD' ? '' : body,
    };
  };
}
