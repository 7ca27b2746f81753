import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import {
  ARTICLE_ID_MESSAGE,
  ARTICLE_ID_PATTERN,
  asArray,
  COUNTRY_MESSAGE,
  COUNTRY_PATTERN,
  CURSOR_MAX,
  CURSOR_MESSAGE,
  DATE_MESSAGE,
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
 * The request parsers the handler runs: the rules of `requests.ts` in zod/mini, which tree-shakes to a
 * fraction of zod classic (the Lambda bundle budget). `test/unit/api/parsers.test.ts` keeps the two in step.
 */

z.config(en());

const DateParam = z
  .string()
  .check(
    z.refine(isDateShaped, { message: DATE_MESSAGE }),
    z.refine(existsIfDateShaped, { message: NO_SUCH_DATE_MESSAGE }),
  );

const LimitParam = z.optional(
  z.pipe(
    z.pipe(z.string().check(z.regex(LIMIT_PATTERN, { message: LIMIT_MESSAGE })), z.transform(Number)),
    z
      .number()
      .check(
        z.int(),
        z.minimum(1, { message: LIMIT_MESSAGE }),
        z.maximum(MAX_LIMIT, { message: LIMIT_MESSAGE }),
      ),
  ),
);

const CursorParam = z.optional(
  z
    .string()
    .check(z.minLength(1, { message: CURSOR_MESSAGE }), z.maxLength(CURSOR_MAX, { message: CURSOR_MESSAGE })),
);

export const EntityIdParam = z
  .pipe(
    z
      .string()
      .check(
        z.maxLength(ENTITY_ID_MAX, { message: ENTITY_ID_LENGTH_MESSAGE }),
        z.regex(ENTITY_ID_PATTERN, { message: ENTITY_ID_MESSAGE }),
        z.refine(hasEntityType, { message: ENTITY_TYPE_MESSAGE }),
      ),
    z.transform(entityIdOf),
  )
  .check(z.refine(hasEntityName, { message: ENTITY_ID_MESSAGE }));
const TopicIdParam = z
  .string()
  .check(
    z.regex(TOPIC_PATTERN, { message: TOPIC_MESSAGE }),
    z.refine(isTopicId, { message: KNOWN_TOPIC_MESSAGE }),
  );
const CountryParam = z
  .pipe(z.string().check(z.regex(COUNTRY_PATTERN, { message: COUNTRY_MESSAGE })), z.transform(upperCase))
  .check(z.refine(isCountryCode, { message: KNOWN_COUNTRY_MESSAGE }));
const PairParam = z
  .pipe(z.string().check(z.regex(PAIR_PATTERN, { message: PAIR_MESSAGE })), z.transform(sortedPair))
  .check(
    z.refine(pairOfCountryCodes, { message: KNOWN_PAIR_MESSAGE }),
    z.refine(twoCountries, { message: PAIR_SAME_MESSAGE }),
  );

const repeatable = (value: z.ZodMiniType<string, string>) =>
  z.optional(
    z.pipe(
      z.union([value, z.array(value).check(z.maxLength(MAX_FILTER_VALUES, { message: REPEAT_MESSAGE }))]),
      z.transform(asArray),
    ),
  );

const filters = {
  entity: repeatable(EntityIdParam),
  topic: repeatable(TopicIdParam),
  country: repeatable(CountryParam),
  pair: repeatable(PairParam),
};

const singleFilters = {
  entity: z.optional(EntityIdParam),
  topic: z.optional(TopicIdParam),
  country: z.optional(CountryParam),
  pair: z.optional(PairParam),
};

const dates = { from: z.optional(DateParam), to: z.optional(DateParam) };

const FocusParam = z.optional(z.pipe(z.enum(FOCUS_VALUES, { message: FOCUS_MESSAGE }), z.transform(isTrue)));

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
    .check(
      z.minLength(1, { message: PREFIX_MESSAGE }),
      z.maxLength(PREFIX_MAX, { message: PREFIX_MESSAGE }),
      z.regex(SOURCE_TEXT_PATTERN, { message: PREFIX_MESSAGE }),
    ),
  type: z.optional(z.enum(ENTITY_TYPES, { message: TYPE_MESSAGE })),
  limit: LimitParam,
  cursor: CursorParam,
});
export const EntityDetailQuery = z.strictObject({
  type: z.optional(z.enum(ENTITY_TYPES, { message: TYPE_MESSAGE })),
});
export const TrendsQuery = z.strictObject({ ...singleFilters, focus: FocusParam, ...dates });
export const TopQuery = z.strictObject({
  kind: z.enum(FILTER_PARAMETERS, { message: KIND_MESSAGE }),
  focus: FocusParam,
  type: z.optional(z.enum(ENTITY_TYPES, { message: TYPE_MESSAGE })),
  ...dates,
  limit: LimitParam,
});
export const FailuresQuery = z.strictObject({ ...dates, limit: LimitParam, cursor: CursorParam });
export const EmptyQuery = z.strictObject({});
export const ArticleDetailQuery = z.strictObject({
  key: z.optional(
    z
      .string()
      .check(
        z.maxLength(SOURCE_KEY_MAX, { message: SOURCE_KEY_MESSAGE }),
        z.regex(SOURCE_TEXT_PATTERN, { message: SOURCE_KEY_MESSAGE }),
      ),
  ),
});
export const SourceIdPath = z
  .string()
  .check(
    z.maxLength(SOURCE_KEY_MAX, { message: SOURCE_ID_MESSAGE }),
    z.regex(SOURCE_TEXT_PATTERN, { message: SOURCE_ID_MESSAGE }),
  );
export const ArticleIdPath = z.string().check(z.regex(ARTICLE_ID_PATTERN, { message: ARTICLE_ID_MESSAGE }));
