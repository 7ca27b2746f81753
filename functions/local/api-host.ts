import { randomUUID } from 'node:crypto';
import {
  createServer,
  type IncomingMessage,
  type RequestListener,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';

export type HttpApiHandler = (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyResultV2>;

const MAX_BODY_BYTES = 1_000_000;

/**
 * Serves the API Lambda's handler over HTTP, converting each request into the API Gateway HTTP API
 * (payload 2.0) event the deployed function receives, so local and deployed share one code path.
 */
export function createApiHost(handler: HttpApiHandler): Server {
  return createServer(apiRequestListener(handler));
}

export function apiRequestListener(handler: HttpApiHandler): RequestListener {
  return (req, res) => {
    void serve(handler, req, res);
  };
}

async function serve(handler: HttpApiHandler, req: IncomingMessage, res: ServerResponse): Promise<void> {
  try {
    const body = await readBody(req);
    const result = await handler(toEvent(req, body));
    writeResult(res, result);
  } catch (err) {
    const requestId = randomUUID();
    process.stderr.write(
      `api host: request ${requestId} failed: ${err instanceof Error ? err.stack : err}\n`,
    );
    res.writeHead(500, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: 'InternalError', message: 'internal error', requestId }));
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('request body too large'));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function toEvent(req: IncomingMessage, body: string): APIGatewayProxyEventV2 {
  // The path goes to the handler as sent, as API Gateway's rawPath does: a URL parser would read
  // '//articles' as a host ('no route /') and resolve '/articles/%2e%2e' to '/'.
  const target = req.url ?? '/';
  const at = target.indexOf('?');
  const rawPath = at < 0 ? target : target.slice(0, at);
  const url = new URL(`http://localhost${at < 0 ? '' : target.slice(at)}`);
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) {
    if (v !== undefined) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(',') : v;
  }
  const query: Record<string, string> = {};
  for (const [k, v] of url.searchParams) query[k] = query[k] === undefined ? v : `${query[k]},${v}`;
  const method = (req.method ?? 'GET').toUpperCase();
  const now = new Date();
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath,
    rawQueryString: url.search.slice(1),
    headers,
    ...(Object.keys(query).length > 0 ? { queryStringParameters: query } : {}),
    requestContext: {
      accountId: 'local',
      apiId: 'local',
      domainName: headers.host ?? 'localhost',
      domainPrefix: 'local',
      http: {
        method,
        path: rawPath,
        protocol: `HTTP/${req.httpVersion}`,
        sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey: '$default',
      stage: '$default',
      time: now.toISOString(),
      timeEpoch: now.getTime(),
    },
    ...(body ? { body } : {}),
    isBase64Encoded: false,
  };
}

function writeResult(res: ServerResponse, result: APIGatewayProxyResultV2): void {
  if (typeof result === 'string') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(result);
    return;
  }
  const headers: Record<string, string | number | boolean> = { ...(result.headers ?? {}) };
  if (result.cookies?.length) headers['set-cookie'] = result.cookies.join(', ');
  res.writeHead(result.statusCode ?? 200, headers as Record<string, string>);
  const body = result.body ?? '';
  res.end(result.isBase64Encoded ? Buffer.from(body, 'base64') : body);
}
