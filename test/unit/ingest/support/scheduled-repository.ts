import type fc from 'fast-check';
import type { TagRepository } from '../../../../functions/ingest/ports.js';
import type { MemoryRepository } from './memory-repository.js';

/**
 * The repository with every call waiting for the fast-check scheduler before it reads or writes, so the
 * calls of concurrent attempts land in any order (a write "slow in flight" is one the scheduler releases
 * late). `afterCall` sees each call once it was applied: to record it, or to fail it as a Lambda that dies
 * with its answer lost.
 */
export function scheduledRepository(
  repository: MemoryRepository,
  s: fc.Scheduler,
  afterCall: (method: string, args: readonly unknown[], out: unknown) => void,
): TagRepository {
  return new Proxy(repository, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        await s.schedule(Promise.resolve(), String(property));
        const out = await value.apply(target, args);
        afterCall(String(property), args, out);
        return out;
      };
    },
  });
}
