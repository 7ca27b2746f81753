import { randomUUID } from 'node:crypto';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';

/** What the deployed pipeline gets from SQS: a batch of records; the answer names the ones to retry. */
export type BatchHandler = (event: SQSEvent) => Promise<SQSBatchResponse | undefined>;

export interface QueueMessage {
  readonly messageId: string;
  readonly body: string;
  readonly sentAt: number;
  receiveCount: number;
  /** The last error that made it go round again, for the dead-letter listing. */
  lastError?: string;
}

export interface DeadLetterStore {
  list(): Promise<QueueMessage[]>;
  put(message: QueueMessage): Promise<void>;
  remove(messageIds: readonly string[]): Promise<QueueMessage[]>;
}

export interface LocalQueueOptions {
  readonly handler: BatchHandler;
  readonly deadLetters: DeadLetterStore;
  /** @default 10 — as the deployed event source mapping. */
  readonly batchSize?: number;
  /** Receives before a message moves to the dead-letter store. @default 3 */
  readonly maxReceives?: number;
  /** First retry delay; doubles per receive, with jitter. @default 200 */
  readonly retryBaseMs?: number;
  /** @default 5000 */
  readonly retryMaxMs?: number;
  /** Gathers messages that arrive together into one batch, like SQS long polling. @default 20 */
  readonly batchWindowMs?: number;
  readonly onError?: (error: unknown) => void;
  /** Called each time the queue drains: nothing waiting, in flight or scheduled for retry. */
  readonly onIdle?: () => void;
  readonly random?: () => number;
}

/**
 * An in-process stand-in for SQS + the Lambda event source mapping, with the same semantics the ingest
 * handler relies on: at-least-once batches, partial batch failures, retries with backoff, and a
 * dead-letter store after `maxReceives` receives.
 */
export class LocalQueue {
  private readonly ready: QueueMessage[] = [];
  private readonly delayed = new Set<NodeJS.Timeout>();
  private inFlight = 0;
  private batchTimer: NodeJS.Timeout | undefined;
  private running = false;
  /** The batch being handled, so `stop` can let it finish. */
  private current: Promise<void> | undefined;
  private stopped = false;
  private idleWaiters: Array<() => void> = [];
  private readonly batchSize: number;
  private readonly maxReceives: number;
  private readonly retryBaseMs: number;
  private readonly retryMaxMs: number;
  private readonly batchWindowMs: number;
  private readonly random: () => number;

  constructor(private readonly options: LocalQueueOptions) {
    this.batchSize = options.batchSize ?? 10;
    this.maxReceives = options.maxReceives ?? 3;
    this.retryBaseMs = options.retryBaseMs ?? 200;
    this.retryMaxMs = options.retryMaxMs ?? 5_000;
    this.batchWindowMs = options.batchWindowMs ?? 20;
    this.random = options.random ?? Math.random;
  }

  send(body: string): string {
    if (this.stopped) throw new Error('the local queue is stopped');
    const message: QueueMessage = { messageId: randomUUID(), body, sentAt: Date.now(), receiveCount: 0 };
    this.enqueue(message);
    return message.messageId;
  }

  /** Messages waiting, being handled or waiting for a retry. */
  get depth(): number {
    return this.ready.length + this.inFlight + this.delayed.size;
  }

  /** Resolves when nothing is waiting, in flight or scheduled for retry. */
  idle(): Promise<void> {
    if (this.depth === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** The messages in the dead-letter store (an in-memory run's too, which only this process can see). */
  deadLetters(): Promise<QueueMessage[]> {
    return this.options.deadLetters.list();
  }

  /** Moves dead letters back onto the queue with a fresh receive count. */
  async redrive(messageIds?: readonly string[]): Promise<number> {
    const all = await this.options.deadLetters.list();
    const ids = messageIds ?? all.map((m) => m.messageId);
    const moved = await this.options.deadLetters.remove(ids);
    for (const m of moved)
      this.enqueue({ messageId: m.messageId, body: m.body, sentAt: Date.now(), receiveCount: 0 });
    return moved.length;
  }

  /**
   * Takes no new batch and drops what waits (ready or scheduled for retry), then waits up to `graceMs`
   * for the batch being handled, so the handler is not cut off from its table halfway through an
   * object. Tells whether that batch finished (or there was none) and how many messages were dropped.
   * Nothing is lost either way: the local stack re-queues, on its next start, every object without a
   * finished record (`./reconcile.ts`).
   */
  async stop(graceMs = 10_000): Promise<{ finished: boolean; dropped: number }> {
    this.stopped = true;
    if (this.batchTimer) clearTimeout(this.batchTimer);
    this.batchTimer = undefined;
    for (const t of this.delayed) clearTimeout(t);
    const dropped = this.ready.length + this.delayed.size;
    this.delayed.clear();
    this.ready.length = 0;
    const current = this.current;
    if (!current) {
      this.notifyIfIdle();
      return { finished: true, dropped };
    }
    let timer: NodeJS.Timeout | undefined;
    const ranOut = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), graceMs);
    });
    const finished = await Promise.race([current.then(() => true as const), ranOut]);
    clearTimeout(timer);
    return { finished, dropped };
  }

  private enqueue(message: QueueMessage): void {
    this.ready.push(message);
    this.schedule();
  }

  private schedule(): void {
    if (this.stopped || this.running || this.batchTimer) return;
    const wait = this.ready.length >= this.batchSize ? 0 : this.batchWindowMs;
    this.batchTimer = setTimeout(() => {
      this.batchTimer = undefined;
      void this.pump();
    }, wait);
  }

  private async pump(): Promise<void> {
    if (this.running || this.stopped) return;
    this.running = true;
    try {
      while (this.ready.length > 0 && !this.stopped) {
        const batch = this.ready.splice(0, this.batchSize);
        this.inFlight += batch.length;
        this.current = this.deliver(batch);
        try {
          await this.current;
        } finally {
          this.inFlight -= batch.length;
          this.current = undefined;
        }
      }
    } finally {
      this.running = false;
      this.notifyIfIdle();
    }
  }

  private async deliver(batch: QueueMessage[]): Promise<void> {
    for (const m of batch) m.receiveCount++;
    let failed: Set<string>;
    let error = 'reported in batchItemFailures';
    try {
      const response = await this.options.handler({ Records: batch.map(toSqsRecord) });
      failed = new Set((response?.batchItemFailures ?? []).map((f) => f.itemIdentifier));
    } catch (err) {
      // A thrown handler fails the whole batch, as with Lambda.
      this.options.onError?.(err);
      error = err instanceof Error ? err.message : String(err);
      failed = new Set(batch.map((m) => m.messageId));
    }
    for (const m of batch) {
      if (!failed.has(m.messageId)) continue;
      m.lastError = error;
      if (m.receiveCount >= this.maxReceives) await this.options.deadLetters.put(m);
      else this.retryLater(m);
    }
  }

  private retryLater(message: QueueMessage): void {
    // A stopped queue schedules nothing: a pending timer would keep the process alive after `stop`.
    if (this.stopped) return;
    const exp = Math.min(this.retryMaxMs, this.retryBaseMs * 2 ** (message.receiveCount - 1));
    const delay = Math.round(exp / 2 + (this.random() * exp) / 2);
    const timer = setTimeout(() => {
      this.delayed.delete(timer);
      if (this.stopped) return;
      this.ready.push(message);
      this.schedule();
    }, delay);
    this.delayed.add(timer);
  }

  private notifyIfIdle(): void {
    if (this.depth > 0) {
      if (this.ready.length > 0) this.schedule();
      return;
    }
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    if (!this.stopped) this.options.onIdle?.();
    for (const w of waiters) w();
  }
}

function toSqsRecord(message: QueueMessage): SQSRecord {
  return {
    messageId: message.messageId,
    receiptHandle: message.messageId,
    body: message.body,
    attributes: {
      ApproximateReceiveCount: String(message.receiveCount),
      SentTimestamp: String(message.sentAt),
      SenderId: 'newstag-local',
      ApproximateFirstReceiveTimestamp: String(message.sentAt),
    },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:local:000000000000:newstag-ingest',
    awsRegion: 'local',
  };
}
