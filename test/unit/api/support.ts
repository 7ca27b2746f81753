import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { QueryRepository } from '../../../functions/adapters/query-repository.js';
import { createApp } from '../../../functions/api/app.js';

/** An API Gateway HTTP API (payload 2.0) event for `GET <pathAndQuery>`. */
export function httpEvent(pathAndQuery: string, method = 'GET', headers: Record<string, string> = {}) {
  const [rawPath = '/', rawQueryString = ''] = pathAndQuery.split(/\?(.*)/s);
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath,
    rawQueryString,
    headers,
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      domainName: 'localhost',
      domainPrefix: 'localhost',
      http: { method, path: rawPath, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'test' },
      requestId: 'req-1',
      routeKey: '$default',
      stage: '$default',
      time: '',
      timeEpoch: 0,
    },
    isBase64Encoded: false,
  } as APIGatewayProxyEventV2;
}

/** A repository with no data: every read returns nothing. Override single methods per test. */
export function emptyRepository(overrides: Partial<QueryRepository> = {}): QueryRepository {
  return {
    getArticle: async () => undefined,
    getClaim: async () => undefined,
    getEntity: async () => undefined,
    getEntities: async () => [],
    queryIndex: async () => ({ items: [] }),
    queryCountSeries: async () => ({ items: [], complete: true }),
    queryDayTops: async () => [],
    queryTopPartition: async () => ({ items: [], complete: true }),
    queryNames: async () => ({ items: [] }),
    queryFailures: async () => ({ items: [] }),
    queryArticleIds: async () => [],
    ...overrides,
  };
}

/**
 * `GET path` against an API over an empty repository (for checks of parameters, which answer before any
 * read): the status and the parsed JSON body.
 */
export async function getFromEmptyApi(path: string) {
  const result = await EMPTY_API(httpEvent(path));
  return { status: result.statusCode, body: JSON.parse(result.body as string) };
}

const EMPTY_API = createApp({
  repository: () => emptyRepository(),
  corsOrigins: [],
  cursorSecret: 'test-secret-test-secret-test-secret',
  now: () => new Date('2026-11-30T12:00:00Z'),
});
