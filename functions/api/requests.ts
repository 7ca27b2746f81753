import * as z from 'zod';
import {
  ARTICLE_ID_MESSAGE,
  ARTICLE_ID_PATTERN,
  asArray,
  COUNTRY_MESSAGE,
  COUNTRY_PATTERN,
  CURSOR_MAX,
  CURSOR_MESSAGE,
  DATE_MESSAGE,
  DEFAULT_LIMIT,
  ENTITY_ID_LENGTH_MESSAGE,
  ENTITY_ID_MAX,
  ENTITY_ID_MESSAGE,
  ENTITY_ID_PATTERN,
  ENTITY_TYPE_MESSAGE,
  ENTITY_TYPES,
  entityIdOf,
  existsIfDateShaped,
  FILTER_PARAMETERS,
  FOCUS_MESSAGE,
  FOCUS_VALUES,
  hasEntityName,
  hasEntityType,
  isCountryCode,
  isDateShaped,
  isTopicId,
  isTrue,
  KIND_MESSAGE,
  KNOWN_COUNTRY_MESSAGE,
  KNOWN_PAIR_MESSAGE,
  KNOWN_TOPIC_MESSAGE,
  LIMIT_MESSAGE,
  LIMIT_PATTERN,
  MAX_FILTER_VALUES,
  MAX_LIMIT,
  NO_SUCH_DATE_MESSAGE,
  PAIR_MESSAGE,
  PAIR_PATTERN,
  PAIR_SAME_MESSAGE,
  PREFIX_MAX,
  PREFIX_MESSAGE,
  pairOfCountryCodes,
  REPEAT_MESSAGE,
  SOURCE_ID_MESSAGE,
  SOURCE_KEY_MAX,
  SOURCE_KEY_MESSAGE,
  SOURCE_TEXT_PATTERN,
  sortedPair,
  TOPIC_MESSAGE,
  TOPIC_PATTERN,
  TYPE_MESSAGE,
  twoCountries,
  upperCase,
} from './limits.js';

/**
 * Request schemas of every route, with descriptions and examples, in zod classic: the OpenAPI document is
 * generated from these (`openapi.ts`). The handler parses with the same rules written in zod/mini
 * (`parsers.ts`), which keeps the Lambda bundle small; `test/unit/api/parsers.test.ts` checks that the two
 * accept and reject the same inputs, so what is documented is what is enforced.
 */

export const DateParam = z
  .string()
  .refine(isDateShaped, { message: DATE_MESSAGE })
  .refine(existsIfDateShaped, { message: NO_SUCH_DATE_MESSAGE })
  .meta({ description: 'A day (whole day, UTC) or an ISO 8601 timestamp.', example: '2026-11-29' });

export const LimitParam = z
  .string()
  .regex(LIMIT_PATTERN, { message: LIMIT_MESSAGE })
  .transform(Number)
  .pipe(z.number().int().min(1, { message: LIMIT_MESSAGE }).max(MAX_LIMIT, { message: LIMIT_MESSAGE }))
  .optional()
  .meta({ description: `Page size, 1–${MAX_LIMIT} (default ${DEFAULT_LIMIT}).`, example: '20' });

export const CursorParam = z
  .string()
  .min(1, { message: CURSOR_MESSAGE })
  .max(CURSOR_MAX, { message: CURSOR_MESSAGE })
  .optional()
  .meta({
    description: 'Opaque cursor from the previous page’s `nextCursor`; only valid for the same query.',
  });

export const EntityIdParam = z
  .string()
  .max(ENTITY_ID_MAX, { message: ENTITY_ID_LENGTH_MESSAGE })
  .regex(ENTITY_ID_PATTERN, { message: ENTITY_ID_MESSAGE })
  .refine(hasEntityType, { message: ENTITY_TYPE_MESSAGE })
  .transform(entityIdOf)
  .refine(hasEntityName, { message: ENTITY_ID_MESSAGE })
  .meta({
    description:
      'Entity id as the API returns it (`person:donald-trump`), or its type and the name in any case ' +
      '(`PERSON:Donald Trump`), read as the tagger builds ids.',
    example: 'person:donald-trump',
  });

export const TopicIdParam = z
  .string()
  .regex(TOPIC_PATTERN, { message: TOPIC_MESSAGE })
  .refine(isTopicId, { message: KNOWN_TOPIC_MESSAGE })
  .meta({ example: 'medtop:11000000' });

export const CountryParam = z
  .string()
  .regex(COUNTRY_PATTERN, { message: COUNTRY_MESSAGE })
  .transform(upperCase)
  .refine(isCountryCode, { message: KNOWN_COUNTRY_MESSAGE })
  .meta({ example: 'US' });

export const PairParam = z
  .string()
  .regex(PAIR_PATTERN, { message: PAIR_MESSAGE })
  .transform(sortedPair)
  .refine(pairOfCountryCodes, { message: KNOWN_PAIR_MESSAGE })
  .refine(twoCountries, { message: PAIR_SAME_MESSAGE })
  .meta({ example: 'CN-US' });

/** A filter may be repeated (`entity=a&entity=b`); the query string parser gives arrays for repeats. */
const repeatable = <T extends z.ZodType<string, string>>(value: T) =>
  z
    .union([value, z.array(value).max(MAX_FILTER_VALUES, { message: REPEAT_MESSAGE })])
    .transform(asArray)
    .optional();

const filters = {
  entity: repeatable(EntityIdParam).meta({ description: 'Entity id (repeatable).' }),
  topic: repeatable(TopicIdParam).meta({ description: 'IPTC Media Topic id (repeatable).' }),
  country: repeatable(CountryParam).meta({ description: 'ISO country code (repeatable).' }),
  pair: repeatable(PairParam).meta({
    description: 'Country pair such as CN-US, codes in either order (repeatable); answers write it sorted.',
  }),
};

const singleFilters = {
  entity: EntityIdParam.optional(),
  topic: TopicIdParam.optional(),
  country: CountryParam.optional(),
  pair: PairParam.optional(),
};

const dates = { from: DateParam.optional(), to: DateParam.optional() };

const FocusParam = z
  .enum(FOCUS_VALUES, { message: FOCUS_MESSAGE })
  .transform(isTrue)
  .optional()
  .meta({
    description:
      'With `true`, only articles *about* the country filter (the country is in `focus`), not those that ' +
      'name it in passing or in a dateline. Needs exactly one `country` filter.',
    example: 'true',
  });

export const ArticleListQuery = z.strictObject({
  ...filters,
  focus: FocusParam,
  ...dates,
  limit: LimitParam,
  cursor: CursorParam,
});
export const EntitySearchQuery = z.strictObject({
  prefix: z
    .string()
    .min(1, { message: PREFIX_MESSAGE })
    .max(PREFIX_MAX, { message: PREFIX_MESSAGE })
    .regex(SOURCE_TEXT_PATTERN, { message: PREFIX_MESSAGE })
    .meta({
      description:
        "Start of a name, or of a person's later name (surname); case and accents are ignored. At least 2 letters or digits.",
    }),
  type: z.enum(ENTITY_TYPES, { message: TYPE_MESSAGE }).optional(),
  limit: LimitParam,
  cursor: CursorParam,
});
export const EntityDetailQuery = z.strictObject({
  type: z.enum(ENTITY_TYPES, { message: TYPE_MESSAGE }).optional().meta({
    description:
      'Only co-occurring entities of this type (`person`: who appears with the entity); countries are unchanged.',
    example: 'person',
  }),
});
const CountFocusParam = z
  .enum(FOCUS_VALUES, { message: FOCUS_MESSAGE })
  .transform(isTrue)
  .optional()
  .meta({
    description:
      'With `true`, count only the articles *about* each country (the countries in their `focus`), not those ' +
      'that name it in passing or in a dateline. Only with `country=` (`/trends`) or `kind=country` (`/top`). ' +
      'Articles ingested before 2026-12-01 are counted after `newstag reprocess --all` or the backfill; an ' +
      'answer with nothing counted carries `x-focus-note`.',
    example: 'true',
  });

export const TrendsQuery = z.strictObject({ ...singleFilters, focus: CountFocusParam, ...dates });
export const TopQuery = z.strictObject({
  kind: z.enum(FILTER_PARAMETERS, { message: KIND_MESSAGE }),
  focus: CountFocusParam,
  type: z
    .enum(ENTITY_TYPES, { message: TYPE_MESSAGE })
    .optional()
    .meta({
      description:
        'Only with `kind=entity`: the entities of this type (`person`: who is most in the news). Without it, ' +
        'every type but `nationality` (a demonym such as "Chinese" is counted under `kind=country`).',
      example: 'person',
    }),
  ...dates,
  limit: LimitParam,
});
export const FailuresQuery = z.strictObject({ ...dates, limit: LimitParam, cursor: CursorParam });
export const EmptyQuery = z.strictObject({});

export const ArticleDetailQuery = z.strictObject({
  key: z
    .string()
    .max(SOURCE_KEY_MAX, { message: SOURCE_KEY_MESSAGE })
    .regex(SOURCE_TEXT_PATTERN, { message: SOURCE_KEY_MESSAGE })
    .optional()
    .meta({
      description:
        "The S3 key the article was ingested from. With it, the path holds the article's own id (its `articleId`: " +
        "a `.jsonl` line's or `.json` object's `id`) instead of the short id.",
      example: 'articles/feed.jsonl',
    }),
});
export const SourceIdPath = z
  .string()
  .max(SOURCE_KEY_MAX, { message: SOURCE_ID_MESSAGE })
  .regex(SOURCE_TEXT_PATTERN, { message: SOURCE_ID_MESSAGE });
export const ArticleIdPath = z
  .string()
  .regex(ARTICLE_ID_PATTERN, { message: ARTICLE_ID_MESSAGE })
  .meta({ example: 'k3V9xq2LrT0bWm4A' });
