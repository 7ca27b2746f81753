/**
 * Runs `work` on every item, at most `limit` at a time, in item order. Waits for every item to settle
 * before failing (see `settleAll`).
 */
export async function forEachLimited<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<unknown>,
): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
    }
  });
  await settleAll(workers);
}

/**
 * Like Promise.all, but waits for every write to settle before failing: no write of a failed attempt is
 * still in flight when the message is handed back for redelivery.
 */
export async function settleAll(promises: readonly Promise<unknown>[]): Promise<void> {
  const results = await Promise.allSettled(promises);
  const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failure) throw failure.reason;
}
