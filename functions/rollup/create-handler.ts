import type { Logger } from '@aws-lambda-powertools/logger';
import * as z from 'zod/mini';
import type { RollupRepository } from '../adapters/rollup-repository.js';
import { dayBefore, daysBetween } from '../core/query/range.js';
import { buildDayTop } from '../core/records/day-top.js';
import { COUNT_KINDS } from '../core/records/keys.js';
import { TAXONOMY } from '../core/topics/taxonomy.js';

/** Topic labels written into the daily tops: `/top` reads them there (the API bundle has no taxonomy). */
const TOPIC_LABELS = new Map(TAXONOMY.map(([id, label]) => [id, label]));
const topicLabel = (id: string) => TOPIC_LABELS.get(id);

/** A calendar day `YYYY-MM-DD` that exists (not `2026-02-30`). */
const day = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/),
  z.refine((text) => {
    const time = Date.parse(`${text}T00:00:00Z`);
    return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === text;
  }, 'not a calendar day'),
);

/**
 * What to roll up: the last `days` days ending today (UTC), or `from`..`to`. The schedules send
 * `{days: 2}` every few minutes (today and the late arrivals of yesterday) and `{days: 31}` nightly.
 */
export const RollupEventSchema = z.union([
  z.strictObject({ from: day, to: day }),
  z.strictObject({ days: z._default(z.number().check(z.int(), z.minimum(1), z.maximum(366)), 2) }),
]);
export type RollupEvent = z.infer<typeof RollupEventSchema>;

export interface RollupSummary {
  readonly from: string;
  readonly to: string;
  /** Daily tops written, one per kind and day. */
  readonly written: number;
  /** Daily tops not written because a run that read later had already stored one. */
  readonly superseded: number;
}

export interface RollupHandlerDeps {
  readonly repository: RollupRepository;
  readonly now: () => Date;
  readonly logger: Pick<Logger, 'info'>;
  /**
   * Minutes between the scheduled refreshes of recent days: a top built while its day is still refreshed
   * (that day and the next) is trusted for a few of them (`staleAfter`). Unset, such tops never go stale.
   */
  readonly refreshMinutes?: number;
}

export class RollupEventError extends Error {
  override readonly name = 'RollupEventError';
}

export class RollupFailedError extends Error {
  override readonly name = 'RollupFailedError';
}

/** Most days one invocation rolls up: each costs a full read of that day's count shards. */
export const MAX_ROLLUP_DAYS = 366;

/** The days an event asks for, oldest first. */
export function rollupDays(event: RollupEvent, today: string): string[] {
  if ('from' in event) {
    if (event.from > event.to) throw new RollupEventError('from must not be after to');
    const days = daysBetween(event.from, event.to);
    if (days.length > MAX_ROLLUP_DAYS)
      throw new RollupEventError(`at most ${MAX_ROLLUP_DAYS} days at a time`);
    return days;
  }
  return daysBetween(dayBefore(today, event.days), today);
}

/**
 * Rebuilds the daily tops of every kind for the requested days from their count shards. Idempotent: a
 * daily top is a function of the counts at the time they were read, and a later read always wins.
 */
export function createRollupHandler(deps: RollupHandlerDeps) {
  return async function handler(payload: unknown): Promise<RollupSummary> {
    const parsed = RollupEventSchema.safeParse(payload ?? {});
    if (!parsed.success) throw new RollupEventError(`bad rollup event: ${z.prettifyError(parsed.error)}`);
    const days = rollupDays(parsed.data, deps.now().toISOString().slice(0, 10));
    let written = 0;
    let superseded = 0;
    const failures: string[] = [];
    for (const day of days) {
      // One day that cannot be read (throttled, too large) must not keep the later days stale.
      const outcomes = await Promise.allSettled(
        COUNT_KINDS.map(async (kind) => {
          const builtAt = deps.now().toISOString();
          const shards = await deps.repository.readDayShards(kind, day);
          return deps.repository.putDayTop(
            buildDayTop(kind, day, shards, builtAt, {
              ...(deps.refreshMinutes !== undefined ? { refreshMinutes: deps.refreshMinutes } : {}),
              ...(kind === 'topic' ? { label: topicLabel } : {}),
            }),
          );
        }),
      );
      for (const [k, outcome] of outcomes.entries()) {
        if (outcome.status === 'rejected') {
          const reason = outcome.reason instanceof Error ? outcome.reason.message : String(outcome.reason);
          failures.push(`${COUNT_KINDS[k]} ${day}: ${reason}`);
        } else if (outcome.value) written += 1;
        else superseded += 1;
      }
    }
    const summary = { from: days[0] ?? '', to: days.at(-1) ?? '', written, superseded };
    deps.logger.info('rollup', { ...summary, failed: failures.length });
    // Failing the invocation makes the schedule retry it and counts in the function's error alarm.
    if (failures.length > 0) {
      throw new RollupFailedError(
        `${failures.length} daily tops not rebuilt: ${failures.slice(0, 5).join('; ')}`,
      );
    }
    return summary;
  };
}
