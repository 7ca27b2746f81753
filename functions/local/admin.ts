import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LocalQueue } from './queue.js';

/**
 * A loopback-only control endpoint of the running stack: `newstag dlq redrive` asks the process that
 * owns the queue to move dead letters back, as `aws sqs start-message-move-task` does in AWS, and
 * `newstag dlq list` asks it for its dead letters (those of an in-memory run are nowhere else), and
 * `newstag ingest` waits on `GET /settled` — the queue drained and the rollup it starts done — so `/top`
 * counts its uploads when it returns.
 */
export async function startAdminServer(
  queue: LocalQueue,
  host: string,
  rollupIdle: () => Promise<void> = () => Promise.resolve(),
): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method === 'POST' && req.url === '/dlq/redrive') {
      queue.redrive().then(
        (moved) => json(200, { moved }),
        (err: unknown) => json(500, { error: err instanceof Error ? err.message : String(err) }),
      );
      return;
    }
    if (req.method === 'GET' && req.url === '/queue') return json(200, { depth: queue.depth });
    if (req.method === 'GET' && req.url === '/settled') {
      // The queue's idle hook requests the rollup before its waiters resolve, so this waits for that run.
      queue
        .idle()
        .then(rollupIdle)
        .then(
          () => json(200, { settled: true }),
          (err: unknown) => json(500, { error: err instanceof Error ? err.message : String(err) }),
        );
      return;
    }
    if (req.method === 'GET' && req.url === '/dlq') {
      queue.deadLetters().then(
        (messages) => json(200, { messages }),
        (err: unknown) => json(500, { error: err instanceof Error ? err.message : String(err) }),
      );
      return;
    }
    json(404, { error: 'NotFound' });
  });
  await new Promise<void>((resolve) => server.listen(0, host, () => resolve()));
  return { url: `http://${host}:${(server.address() as AddressInfo).port}`, server };
}
