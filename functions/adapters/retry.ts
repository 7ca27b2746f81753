export interface BackoffOptions {
  /** Attempts in total, the first included. */
  readonly attempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { attempts: 8, baseDelayMs: 25, maxDelayMs: 2_000 };

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** "Full jitter": a random delay up to base × 2^attempt, capped. */
export function backoffDelay(
  attempt: number,
  options: BackoffOptions,
  random: () => number = Math.random,
): number {
  return Math.floor(random() * Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** attempt));
}

export async function pause(attempt: number, options: BackoffOptions): Promise<void> {
  await (options.sleep ?? realSleep)(backoffDelay(attempt, options, options.random));
}

const THROTTLING = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'TooManyRequestsException',
  'SlowDown',
]);

/** Throttling and server-side errors are worth retrying; everything else is a bug or a bad request. */
export function isTransient(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number }; $retryable?: unknown };
  if (e?.name && THROTTLING.has(e.name)) return true;
  if (e?.$retryable) return true;
  const status = e?.$metadata?.httpStatusCode;
  return status !== undefined && status >= 500;
}

/** Thrown when retries ran out: the message goes back to the queue (batchItemFailures). */
export class RetriesExhaustedError extends Error {
  override readonly name = 'RetriesExhaustedError';
  constructor(
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
  }
}

/** Runs `operation`, retrying transient errors with bounded exponential backoff and jitter. */
export async function withRetries<T>(
  description: string,
  operation: () => Promise<T>,
  options: BackoffOptions = DEFAULT_BACKOFF,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      if (!isTransient(error)) throw error;
      if (attempt + 1 >= options.attempts) {
        throw new RetriesExhaustedError(
          `${description}: still failing after ${options.attempts} attempts`,
          error,
        );
      }
      await pause(attempt, options);
    }
  }
}
