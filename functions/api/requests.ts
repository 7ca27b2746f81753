import * as z from 'zod';

/**
 * Request schemas of every route. The handler parses with these and the OpenAPI document is generated
 * from them, so what is documented is what is enforced. Imported as `* as z` so the bundler can drop
 * the parts of zod that are not used.
 */

export const MAX_LIMIT = 100;
export const DEFAULT_LIMIT = 20;
/** Longest range, in days, per route: each day costs a bounded number of reads. */
export const MAX_TREND_DAYS = 366;
export const MAX_TOP_DAYS = 31;
export const MAX_FAILURE_DAYS = 366;
/** Default windows, in days ending today, when `from`/`to` are left out. */
export const DEFAULT_TREND_DAYS = 30;
export const DEFAULT_TOP_DAYS = 7;
export const DEFAULT_FAILURE_DAYS = 30;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function isDateOrTimestamp(text: string): boolean {
  if (DAY.test(text)) {
    const parsed = Date.parse(`${text}T00:00:00Z`);
    return !Number.isNaN(parsed) && new Date(parsed).toISOString().slice(0, 10) === text;
  }
  if (!TIMESTAMP.test(text)) return false;
  const parsed = Date.parse(text);
  const [, month = '', day = ''] = /^\d{4}-(\d{2})-(\d{2})/.exec(text) ?? [];
  // Date.parse rolls 2026-02-30 over to March; reject days that do not exist.
  return !Number.isNaN(parsed) && Number(month) <= 12 && Number(day) <= daysInMonth(text);
}

function daysInMonth(text: string): number {
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const DATE_MESSAGE = 'must be a date (YYYY-MM-DD) or an ISO 8601 timestamp with a time zone';

export const DateParam = z
  .string()
  .refine(isDateOrTimestamp, { message: DATE_MESSAGE })
  .meta({ description: `A day (whole day, UTC) or an ISO 8601 timestamp.`, example: '2026-11-29' });

export const LimitParam = z
  .string()
  .regex(/^\d{1,4}$/, { message: `must be an integer from 1 to ${MAX_LIMIT}` })
  .transform(Number)
  .pipe(
    z
      .number()
      .int()
      .min(1, { message: `must be an integer from 1 to ${MAX_LIMIT}` })
      .max(MAX_LIMIT, { message: `must be an integer from 1 to ${MAX_LIMIT}` }),
  )
  .optional()
  .meta({ description: `Page size, 1–${MAX_LIMIT} (default ${DEFAULT_LIMIT}).`, example: '20' });

export const CursorParam = z.string().min(1).max(2048).optional().meta({
  description: 'Opaque cursor from the previous page’s `nextCursor`; only valid for the same query.',
});

/** Entity ids: `kind:slug`, e.g. `person:donald-trump`, `place:geonames:1816670`. */
export const EntityIdParam = z
  .string()
  .max(200)
  .regex(/^[a-z]+:[^\s#|~]+$/, { message: 'must be an entity id such as "person:donald-trump"' })
  .meta({ example: 'person:donald-trump' });

export const TopicIdParam = z
  .string()
  .regex(/^medtop:\d{8}$/, { message: 'must be an IPTC Media Topic id such as "medtop:11000000"' })
  .meta({ example: 'medtop:11000000' });

export const CountryParam = z
  .string()
  .regex(/^[A-Za-z]{2}$/, { message: 'must be an ISO 3166-1 alpha-2 country code such as "US"' })
  .transform((code) => code.toUpperCase())
  .meta({ example: 'US' });

export const PairParam = z
  .string()
  .regex(/^[A-Za-z]{2}-[A-Za-z]{2}$/, { message: 'must be two country codes joined by "-", such as "CN-US"' })
  .transform((pair) => pair.toUpperCase().split('-').sort().join('-'))
  .refine((pair) => pair.slice(0, 2) !== pair.slice(3), { message: 'must name two different countries' })
  .meta({ example: 'CN-US' });

/** A filter may be repeated (`entity=a&entity=b`); the query string parser gives arrays for repeats. */
const repeatable = <T extends z.ZodType<string, string>>(value: T) =>
  z
    .union([value, z.array(value).max(3, { message: 'at most 3 values' })])
    .transform((v) => (Array.isArray(v) ? v : [v]))
    .optional();

export const FILTER_PARAMETERS = ['entity', 'topic', 'country', 'pair'] as const;

const filters = {
  entity: repeatable(EntityIdParam).meta({ description: 'Entity id (repeatable).' }),
  topic: repeatable(TopicIdParam).meta({ description: 'IPTC Media Topic id (repeatable).' }),
  country: repeatable(CountryParam).meta({ description: 'ISO country code (repeatable).' }),
  pair: repeatable(PairParam).meta({ description: 'Country pair, codes sorted (repeatable).' }),
};

const singleFilters = {
  entity: EntityIdParam.optional(),
  topic: TopicIdParam.optional(),
  country: CountryParam.optional(),
  pair: PairParam.optional(),
};

const dates = { from: DateParam.optional(), to: DateParam.optional() };

export const ArticleListQuery = z.strictObject({
  ...filters,
  ...dates,
  limit: LimitParam,
  cursor: CursorParam,
});
export const EntitySearchQuery = z.strictObject({
  prefix: z
    .string()
    .min(1)
    .max(100)
    .meta({ description: 'Start of a name; case and accents are ignored. At least 2 letters or digits.' }),
  type: z
    .enum(['person', 'organization', 'place', 'nationality', 'event', 'product', 'work', 'other'])
    .optional(),
  limit: LimitParam,
  cursor: CursorParam,
});
export const TrendsQuery = z.strictObject({ ...singleFilters, ...dates });
export const TopQuery = z.strictObject({
  kind: z.enum(FILTER_PARAMETERS, { message: 'must be one of entity, topic, country, pair' }),
  ...dates,
  limit: LimitParam,
});
export const FailuresQuery = z.strictObject({ ...dates, limit: LimitParam, cursor: CursorParam });
export const EmptyQuery = z.strictObject({});

export const ArticleIdPath = z
  .string()
  .regex(/^[A-Za-z0-9_-]{16}$/, { message: 'must be a 16-character article id' })
  .meta({ example: 'k3V9xq2LrT0bWm4A' });
