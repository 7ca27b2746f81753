import { expect } from 'vitest';
import { createQueryRepository } from '../../../functions/adapters/query-repository.js';
import { createApp } from '../../../functions/api/app.js';
import { contractErrors } from '../../contract/openapi-validator.js';
import { httpEvent } from '../../unit/api/support.js';
import {
  ingestHarness,
  type LocalServers,
  putObject,
  recordS3Events,
  sqsBatch,
  startServers,
} from '../support/local-stack.js';
import { FEED_KEY, feedLines } from './dataset.js';

export const CURSOR_SECRET = 'integration-secret-integration-secret';

export interface ApiResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  // biome-ignore lint/suspicious/noExplicitAny: parsed JSON, validated against the OpenAPI document before tests read it
  readonly body: any;
  readonly readItems: number;
  readonly readRequests: number;
}

export interface ApiHarness {
  readonly servers: LocalServers;
  get(pathAndQuery: string, method?: string, headers?: Record<string, string>): Promise<ApiResponse>;
  stop(): Promise<void>;
}

/**
 * Local dynalite + s3rver, the dataset uploaded to S3 and ingested by the real ingest handler (fake
 * tagger), plus a failing object or two; then the API app over the same table. Every response is
 * checked against the OpenAPI document.
 */
export async function startApiHarness(
  failingObjects: Record<string, string | Uint8Array> = {},
): Promise<ApiHarness> {
  const servers = await startServers();
  const ingest = ingestHarness(servers);
  const recorder = recordS3Events(servers);
  const objects: [string, string | Uint8Array][] = [
    [FEED_KEY, feedLines()],
    ...Object.entries(failingObjects),
  ];
  for (const [key, body] of objects) {
    const from = recorder.events.length;
    await putObject(servers, { Key: key, Body: body });
    const event = await recorder.next(key, from);
    const outcome = await ingest.handler(sqsBatch(event));
    expect(outcome).toEqual({ batchItemFailures: [] });
  }
  recorder.stop();

  const handle = createApp({
    repository: (meter) => createQueryRepository(servers.clients.dynamo, servers.table, meter),
    corsOrigins: ['https://news.example'],
    cursorSecret: CURSOR_SECRET,
  });
  return {
    servers,
    async get(pathAndQuery, method = 'GET', headers = {}) {
      const result = await handle(httpEvent(pathAndQuery, method, headers));
      const body = result.body ? JSON.parse(result.body) : undefined;
      const path = pathAndQuery.split('?')[0] ?? '/';
      if (method === 'GET' && result.statusCode !== 404 && result.statusCode !== 405) {
        expect(
          contractErrors(path, result.statusCode ?? 0, body),
          `${pathAndQuery} ${result.statusCode}`,
        ).toEqual([]);
      }
      const responseHeaders = (result.headers ?? {}) as Record<string, string>;
      return {
        status: result.statusCode ?? 0,
        headers: responseHeaders,
        body,
        readItems: Number(responseHeaders['x-read-items'] ?? 0),
        readRequests: Number(responseHeaders['x-read-requests'] ?? 0),
      };
    },
    stop: () => servers.stop(),
  };
}

/** Follows `nextCursor` until the last page; returns the pages. Bounded so a cursor loop fails the test. */
export async function allPages(
  api: ApiHarness,
  pathAndQuery: string,
  maxPages = 100,
): Promise<ApiResponse[]> {
  const pages: ApiResponse[] = [];
  let cursor: string | null = null;
  do {
    const separator = pathAndQuery.includes('?') ? '&' : '?';
    const page = await api.get(
      cursor ? `${pathAndQuery}${separator}cursor=${encodeURIComponent(cursor)}` : pathAndQuery,
    );
    expect(page.status, JSON.stringify(page.body)).toBe(200);
    pages.push(page);
    cursor = page.body.nextCursor;
  } while (cursor && pages.length < maxPages);
  expect(cursor, 'cursor loop').toBeNull();
  return pages;
}
