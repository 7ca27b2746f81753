import { afterEach, describe, expect, it } from 'vitest';
import { startAdminServer } from '../../functions/local/admin.js';
import { MemoryDeadLetters } from '../../functions/local/dead-letters.js';
import { LocalQueue } from '../../functions/local/queue.js';

const closers: Array<() => void> = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
});

describe('the local stack admin endpoint', () => {
  it('redrives dead letters onto the queue of the running stack', async () => {
    const deadLetters = new MemoryDeadLetters();
    await deadLetters.put({ messageId: 'm1', body: '{"Records":[]}', sentAt: 0, receiveCount: 3 });
    const delivered: string[] = [];
    const queue = new LocalQueue({
      handler: async (event) => {
        delivered.push(...event.Records.map((r) => r.messageId));
      },
      deadLetters,
      batchWindowMs: 1,
    });
    const admin = await startAdminServer(queue, '127.0.0.1');
    closers.push(
      () => admin.server.close(),
      () => queue.stop(),
    );

    const response = await fetch(`${admin.url}/dlq/redrive`, { method: 'POST' });
    await queue.idle();

    expect(await response.json()).toEqual({ moved: 1 });
    expect(delivered).toEqual(['m1']);
    expect(await deadLetters.list()).toEqual([]);
  });

  it('answers /settled only once the queue has drained and the rollup it started has finished', async () => {
    const queue = new LocalQueue({ handler: async () => {}, deadLetters: new MemoryDeadLetters() });
    let finishRollup = () => {};
    const rollup = new Promise<void>((resolve) => {
      finishRollup = resolve;
    });
    const admin = await startAdminServer(queue, '127.0.0.1', () => rollup);
    closers.push(
      () => admin.server.close(),
      () => queue.stop(),
    );
    const order: string[] = [];

    const answered = fetch(`${admin.url}/settled`).then(async (response) => {
      order.push(`answered ${response.status}`);
      return response.json();
    });
    await new Promise((resolve) => setImmediate(resolve));
    order.push('rollup done');
    finishRollup();

    expect(await answered).toEqual({ settled: true });
    expect(order).toEqual(['rollup done', 'answered 200']);
  });

  it('answers 404 for anything else', async () => {
    const queue = new LocalQueue({ handler: async () => {}, deadLetters: new MemoryDeadLetters() });
    const admin = await startAdminServer(queue, '127.0.0.1');
    closers.push(
      () => admin.server.close(),
      () => queue.stop(),
    );

    expect((await fetch(`${admin.url}/anything`, { method: 'POST' })).status).toBe(404);
  });
});
