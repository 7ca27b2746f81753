import type * as z from 'zod';
import type { FailureRow } from '../adapters/query-repository.js';
import { queryBinding } from '../core/query/cursor.js';
import { planFailureMonths } from '../core/query/failures.js';
import { checkedRange, type RequestContext, readCursor, writeCursor } from './context.js';
import { DEFAULT_FAILURE_DAYS, DEFAULT_LIMIT, MAX_FAILURE_DAYS } from './limits.js';
import type { FailuresQuery } from './requests.js';

export async function listFailures(ctx: RequestContext, query: z.output<typeof FailuresQuery>) {
  const range = checkedRange(query.from, query.to, MAX_FAILURE_DAYS, {
    today: ctx.today,
    days: DEFAULT_FAILURE_DAYS,
  });
  const limit = query.limit ?? DEFAULT_LIMIT;
  const binding = queryBinding(['failures', range.lower, range.upper]);
  const before = readCursor(
    ctx,
    query.cursor,
    binding,
    (position) => position >= range.lower && position <= range.upper,
  );
  const collected: FailureRow[] = [];
  let frontier: string | undefined;
  // Months newest first; a month that still has unread items ends the walk (older months come later).
  for (const month of planFailureMonths(range, before)) {
    // +1 to know whether more exist, +1 for the previous page's last item, which BETWEEN re-reads.
    const page = await ctx.repository.queryFailures(month, limit + 2 - collected.length);
    collected.push(...page.items.filter((item) => before === undefined || item.sk < before));
    if (page.lastEvaluated !== undefined) {
      frontier = page.lastEvaluated;
      break;
    }
    if (collected.length > limit) break;
  }
  const items = collected.slice(0, limit);
  const next = collected.length > limit ? items[items.length - 1]?.sk : frontier;
  return {
    items: items.map((row) => ({
      articleId: row.articleId,
      id: row.aid,
      key: row.key,
      reason: row.reason,
      message: row.message,
      failedAt: row.failedAt,
    })),
    nextCursor: writeCursor(ctx, binding, next),
  };
}
