import type { SQSEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { MemoryDeadLetters } from '../../functions/local/dead-letters.js';
import { type BatchHandler, LocalQueue } from '../../functions/local/queue.js';

const fastRetries = { retryBaseMs: 1, retryMaxMs: 4, batchWindowMs: 1 };

describe('LocalQueue', () => {
  it('delivers messages in batches no larger than the batch size', async () => {
    const sizes: number[] = [];
    const queue = new LocalQueue({
      handler: async (e) => {
        sizes.push(e.Records.length);
      },
      deadLetters: new MemoryDeadLetters(),
      batchSize: 3,
      ...fastRetries,
    });
    for (let i = 0; i < 7; i++) queue.send(`m${i}`);
    await queue.idle();
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(7);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(3);
  });

  it('tells its onIdle listener each time it drains, after the last batch is handled', async () => {
    const events: string[] = [];
    const queue = new LocalQueue({
      handler: async (e) => {
        events.push(`batch ${e.Records.length}`);
      },
      deadLetters: new MemoryDeadLetters(),
      onIdle: () => events.push('idle'),
      ...fastRetries,
    });

    queue.send('a');
    queue.send('b');
    await queue.idle();
    queue.send('c');
    await queue.idle();

    expect(events).toEqual(['batch 2', 'idle', 'batch 1', 'idle']);
  });

  it('redelivers only the messages named in batchItemFailures, with a growing receive count', async () => {
    const seen: Array<[string, string]> = [];
    let failedOnce = false;
    const handler: BatchHandler = async (e: SQSEvent) => {
      for (const r of e.Records) seen.push([r.body, r.attributes.ApproximateReceiveCount]);
      const bad = e.Records.find((r) => r.body === 'flaky');
      if (bad && !failedOnce) {
        failedOnce = true;
        return { batchItemFailures: [{ itemIdentifier: bad.messageId }] };
      }
      return { batchItemFailures: [] };
    };
    const queue = new LocalQueue({ handler, deadLetters: new MemoryDeadLetters(), ...fastRetries });
    queue.send('fine');
    queue.send('flaky');
    await queue.idle();
    expect(seen.filter(([b]) => b === 'fine')).toEqual([['fine', '1']]);
    expect(seen.filter(([b]) => b === 'flaky')).toEqual([
      ['flaky', '1'],
      ['flaky', '2'],
    ]);
  });

  it('moves a message that keeps failing to the dead-letter store after maxReceives, and redrives it', async () => {
    const deadLetters = new MemoryDeadLetters();
    let healthy = false;
    let deliveries = 0;
    const queue = new LocalQueue({
      handler: async () => {
        deliveries++;
        if (!healthy) throw new Error('table throttled');
      },
      deadLetters,
      maxReceives: 3,
      ...fastRetries,
    });
    queue.send('poison');
    await queue.idle();
    const dead = await deadLetters.list();
    expect(deliveries).toBe(3);
    expect(dead.map((m) => [m.body, m.receiveCount, m.lastError])).toEqual([
      ['poison', 3, 'table throttled'],
    ]);

    healthy = true;
    expect(await queue.redrive()).toBe(1);
    await queue.idle();
    expect(await deadLetters.list()).toEqual([]);
    expect(deliveries).toBe(4);
  });

  it('refuses new messages once stopped', async () => {
    const queue = new LocalQueue({ handler: async () => {}, deadLetters: new MemoryDeadLetters() });
    await queue.stop();
    expect(() => queue.send('late')).toThrow(/stopped/);
  });

  it('lets the batch being handled finish before stop resolves, and starts no other batch', async () => {
    const events: string[] = [];
    let release: () => void = () => {};
    let started: () => void = () => {};
    const firstBatchStarted = new Promise<void>((resolve) => {
      started = resolve;
    });
    const queue = new LocalQueue({
      handler: async (e) => {
        const body = e.Records.map((r) => r.body).join();
        events.push(`${body} started`);
        started();
        await new Promise<void>((resolve) => {
          release = resolve;
        });
        events.push(`${body} finished`);
      },
      deadLetters: new MemoryDeadLetters(),
      batchSize: 1,
      ...fastRetries,
    });
    queue.send('a');
    queue.send('b');
    await firstBatchStarted;

    const stopping = queue
      .stop()
      .then(({ finished, dropped }) => events.push(`stopped finished=${finished} dropped=${dropped}`));
    await new Promise((resolve) => setImmediate(resolve));
    events.push('released');
    release();
    await stopping;

    expect(events).toEqual(['a started', 'released', 'a finished', 'stopped finished=true dropped=1']);
  });

  it('gives up waiting for a batch that hangs after the grace period, saying so', async () => {
    let started: () => void = () => {};
    const hanging = new Promise<void>((resolve) => {
      started = resolve;
    });
    const queue = new LocalQueue({
      handler: () => {
        started();
        return new Promise(() => {});
      },
      deadLetters: new MemoryDeadLetters(),
      ...fastRetries,
    });
    queue.send('stuck');
    await hanging;

    expect(await queue.stop(5)).toEqual({ finished: false, dropped: 0 });
  });

  it('releases idle() waiters when stopped with messages still waiting', async () => {
    const queue = new LocalQueue({
      handler: async () => {},
      deadLetters: new MemoryDeadLetters(),
      batchWindowMs: 60_000,
    });
    queue.send('never delivered');
    const drained = queue.idle();

    await queue.stop();

    await expect(drained).resolves.toBeUndefined();
    expect(queue.depth).toBe(0);
  });
});
