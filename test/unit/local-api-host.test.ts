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

describe('the local API host', () => {
  it('answers HEAD on a GET route as GET does, without a body', async () => {
    const get = await fetch(`${base}/openapi.json`);
    const head = await fetch(`${base}/openapi.json`, { method: 'HEAD' });

    expect(head.status).toBe(200);
    expect(head.headers.get('cache-control')).toBe(get.headers.get('cache-control'));
    expect(await head.text()).toBe('');
    expect((await get.text()).length).toBeGreaterThan(100);
  });

  it('still refuses a write with 405 naming the methods it allows', async () => {
    const response = await fetch(`${base}/articles`, { method: 'DELETE' });

    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });
});
