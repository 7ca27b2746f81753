import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../functions/api/app.js';
import { createApiHost } from '../../functions/local/api-host.js';
import { emptyRepository } from './api/support.js';

// The local HTTP host `npm start` serves, on a real socket, in front of the real API handler.
const server = createApiHost(
  createApp({
    repository: () => emptyRepository(),
    corsOrigins: [],
    cursorSecret: 'local-host-test-secret-0123456789',
  }),
);
let base = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

/** A GET with the path exactly as given: fetch() and a URL string would resolve '%2e%2e' before sending. */
function rawGet(path: string): Promise<{ status: number; body: { message?: string } }> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(base);
    const req = request({ hostname, port, path }, (res) => {
      let text = '';
      res.on('data', (chunk) => {
        text += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the local API host', () => {
  it('answers HEAD on a GET route as GET does, without a body', async () => {
    const get = await fetch(`${base}/openapi.json`);
    const head = await fetch(`${base}/openapi.json`, { method: 'HEAD' });

    expect(head.status).toBe(200);
    expect(head.headers.get('cache-control')).toBe(get.headers.get('cache-control'));
    expect(await head.text()).toBe('');
    expect((await get.text()).length).toBeGreaterThan(100);
  });

  it('hands the path to the handler as sent, as API Gateway does, so odd paths are named in the answer', async () => {
    const doubled = await rawGet('//articles?country=US');
    const dots = await rawGet('/articles/%2e%2e');

    expect(doubled).toMatchObject({
      status: 404,
      body: { message: expect.stringMatching(/^no route \/\/articles;/) },
    });
    // `..` reaches the article route as sent (not `/`): no article gives that id (a lookup by own id).
    expect(dots).toMatchObject({ status: 404, body: { message: 'no article with id ".."' } });
  });

  it('still refuses a write with 405 naming the methods it allows', async () => {
    const response = await fetch(`${base}/articles`, { method: 'DELETE' });

    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });
});
