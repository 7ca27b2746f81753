import { OpenAPIRegistry, OpenApiGeneratorV31, type RouteConfig } from '@asteasolutions/zod-to-openapi';
import * as z from 'zod';
import {
  ArticleDetailQuery,
  ArticleIdPath,
  ArticleListQuery,
  EntityDetailQuery,
  EntityIdParam,
  EntitySearchQuery,
  FailuresQuery,
  SourceIdPath,
  TopQuery,
  TrendsQuery,
} from './requests.js';
import {
  ArticleDetail,
  ArticleList,
  EntityDetail,
  EntityList,
  ErrorResponse,
  FailureList,
  Health,
  Top,
  Trends,
} from './responses.js';

/**
 * Builds the OpenAPI 3.1 document from the request and response schemas. Run at build time
 * (`tsx scripts/build-openapi.ts`); the handler serves the committed `openapi.json`, so the generator
 * library stays out of the Lambda bundle. A test fails when the committed file is out of date.
 */

const jsonContent = (schema: z.ZodType, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

const errors = {
  400: jsonContent(ErrorResponse, 'A parameter is invalid; `parameter` names it.'),
  500: jsonContent(ErrorResponse, 'Unexpected error; `requestId` identifies it in the logs.'),
};

export function buildOpenApiDocument() {
  const registry = new OpenAPIRegistry();
  const route = (config: Omit<RouteConfig, 'method'>) => registry.registerPath({ method: 'get', ...config });

  route({
    path: '/articles',
    summary: 'Articles with the given tags, newest first',
    description:
      'Filters combine with AND (at least one; up to 3; `entity`, `topic`, `country`, `pair` may repeat). ' +
      'A page reads a bounded number of items; with several filters a page may hold fewer than `limit` ' +
      'items and still have a `nextCursor`.',
    request: { query: ArticleListQuery },
    responses: { 200: jsonContent(ArticleList, 'A page of articles'), ...errors },
  });
  route({
    path: '/articles/{id}',
    summary: 'One article: metadata, status and all tags with evidence',
    description:
      "By the short id lists return (`id`), or by the article's own id (`articleId`, e.g. a `.jsonl` line's `id`): " +
      '`/articles/r17-19`; when several S3 keys give that id (409), add `key`, the S3 key it came from: ' +
      '`/articles/r17-19?key=articles/feed.jsonl`. Articles ingested before 2026-12-01 are found by their own ' +
      'id only with `key` until re-tagged.',
    request: {
      params: z.object({
        id: z.union([ArticleIdPath, SourceIdPath]).meta({
          description: "The short id (16 characters), or the article's own id (`articleId`).",
        }),
      }),
      query: ArticleDetailQuery,
    },
    responses: {
      200: jsonContent(ArticleDetail, 'The article'),
      404: jsonContent(ErrorResponse, 'No article with this id'),
      409: jsonContent(ErrorResponse, 'Several articles (from different S3 keys) give this id: add `key`'),
      ...errors,
    },
  });
  route({
    path: '/entities',
    summary: 'Entity autocomplete by name prefix (case- and accent-insensitive)',
    request: { query: EntitySearchQuery },
    responses: { 200: jsonContent(EntityList, 'Entities in name order'), ...errors },
  });
  route({
    path: '/entities/{id}',
    summary: 'One entity: names, article count, co-occurring entities and countries',
    request: { params: z.object({ id: EntityIdParam }), query: EntityDetailQuery },
    responses: {
      200: jsonContent(EntityDetail, 'The entity'),
      404: jsonContent(ErrorResponse, 'No entity with this id'),
      ...errors,
    },
  });
  route({
    path: '/trends',
    summary: 'Daily article counts of one tag, zero-filled',
    description: 'Exactly one of `entity`, `topic`, `country`, `pair`. Default range: the last 30 days.',
    request: { query: TrendsQuery },
    responses: { 200: jsonContent(Trends, 'Daily counts, oldest first'), ...errors },
  });
  route({
    path: '/top',
    summary: 'Most frequent tags of a kind in a date range (at most 31 days; default the last 7)',
    request: { query: TopQuery },
    responses: { 200: jsonContent(Top, 'Tags by article count'), ...errors },
  });
  route({
    path: '/failures',
    summary: 'Failed ingests with reason codes, newest first (default the last 30 days)',
    request: { query: FailuresQuery },
    responses: { 200: jsonContent(FailureList, 'A page of failures'), ...errors },
  });
  route({
    path: '/health',
    summary: 'Liveness',
    responses: { 200: jsonContent(Health, 'The function is up') },
  });
  route({
    path: '/openapi.json',
    summary: 'This document',
    responses: {
      200: { description: 'OpenAPI 3.1 document', content: { 'application/json': { schema: {} } } },
    },
  });

  // The deployed API signs requests with IAM (SigV4) by default, or takes a JWT when deployed with
  // authMode=jwt (docs/deploy.md); the local stack asks for neither.
  registry.registerComponent('securitySchemes', 'sigv4', {
    type: 'apiKey',
    in: 'header',
    name: 'Authorization',
    description: 'AWS Signature Version 4 (IAM authorisation, the deployed default; service execute-api).',
  });
  registry.registerComponent('securitySchemes', 'jwt', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description: 'A JWT from the issuer the stack was deployed with (authMode=jwt).',
  });

  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'newstag query API',
      version: '1.0.0',
      description:
        'Read-only search over tagged news: articles by entity, IPTC Media Topic, country and country pair; ' +
        'entity autocomplete; daily trends; top tags; failed ingests. Errors are `{error, message, parameter}`; ' +
        'unknown routes 404; HEAD answers as GET without a body; other methods than GET and HEAD 405.',
    },
    servers: [{ url: '/' }],
    security: [{ sigv4: [] }, { jwt: [] }],
  });
}
