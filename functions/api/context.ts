import type { QueryRepository } from '../adapters/query-repository.js';
import { type DecodedCursor, decodeCursor, encodeCursor } from '../core/query/cursor.js';
import { dayBefore, dayCount, type TimeRange, timeRange } from '../core/query/range.js';
import { badParameter } from './http.js';

/** What a route needs for one request. */
export interface RequestContext {
  readonly repository: QueryRepository;
  readonly cursorSecret: string | undefined;
  /** Today (UTC, `YYYY-MM-DD`), for default date windows. */
  readonly today: string;
  /** The request's time (ISO, UTC), for judging how fresh stored rollups are. */
  readonly now: string;
}

const CURSOR_MESSAGES: Record<Exclude<DecodedCursor, { ok: true }>['error'], string> = {
  malformed: 'cursor is not a cursor this API issued',
  tampered: 'cursor has been altered',
  foreign: 'cursor belongs to a different query; start again without it',
};

/** The position in a cursor, or a 400 naming `cursor`. `valid` rejects positions outside the query. */
export function readCursor(
  ctx: RequestContext,
  cursor: string | undefined,
  binding: string,
  valid: (position: string) => boolean,
): string | undefined {
  if (cursor === undefined) return undefined;
  const decoded = decodeCursor(cursor, binding, ctx.cursorSecret);
  if (!decoded.ok) throw badParameter('cursor', CURSOR_MESSAGES[decoded.error]);
  if (!valid(decoded.position)) throw badParameter('cursor', CURSOR_MESSAGES.malformed);
  return decoded.position;
}

export function writeCursor(
  ctx: RequestContext,
  binding: string,
  position: string | undefined,
): string | null {
  return position === undefined ? null : encodeCursor(binding, position, ctx.cursorSecret);
}

/** The range of `from`/`to`, checked for order and, when `maxDays` is set, for length. */
export function checkedRange(
  from: string | undefined,
  to: string | undefined,
  maxDays?: number,
  defaultDays?: { today: string; days: number },
): TimeRange {
  const effectiveTo = to ?? (defaultDays ? defaultDays.today : undefined);
  const effectiveFrom =
    from ??
    (defaultDays ? dayBefore((effectiveTo ?? defaultDays.today).slice(0, 10), defaultDays.days) : undefined);
  const range = timeRange(effectiveFrom, effectiveTo);
  // `upper` ends in `~`, so a day `to` admits any time of that day and a timestamp `to` admits itself.
  // Without `to` the range ends today (or, on routes without a default, at the end of time): the
  // message then says so and blames `from`, the parameter the caller gave.
  if (range.lower > range.upper) {
    throw badParameter(
      'from',
      to === undefined ? 'from must not be after today (to defaults to today)' : 'from must not be after to',
    );
  }
  if (maxDays !== undefined && dayCount(range.fromDay, range.toDay) > maxDays) {
    if (to === undefined && from !== undefined) {
      throw badParameter('from', `from may be at most ${maxDays} days before today (to defaults to today)`);
    }
    throw badParameter('to', `the range from..to may span at most ${maxDays} days`);
  }
  return range;
}
