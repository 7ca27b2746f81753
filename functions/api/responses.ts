import * as z from 'zod';
import {
  CountryPairSchema,
  CountrySchema,
  EntitySchema,
  EntityTypeSchema,
  TopicSchema,
} from '../core/schema.js';

/**
 * Response schemas: the OpenAPI document is generated from these, and the contract tests check real
 * responses against that document. Not imported by the handler (it builds plain objects), so the
 * bundle does not carry them.
 */

const nextCursor = z
  .string()
  .nullable()
  .meta({ description: 'Pass as `cursor` to get the next page; null on the last page.' });

export const ErrorResponse = z
  .object({
    error: z.string().meta({ example: 'invalid_parameter' }),
    message: z.string().meta({ example: 'limit must be an integer from 1 to 100' }),
    parameter: z.string().optional().meta({ example: 'limit' }),
    requestId: z.string().optional(),
  })
  .meta({ id: 'Error' });

/** What a list and the detail show of a story without a title. */
const LeadField = z.string().optional().meta({
  description:
    'A story without a title (a plain-text story whose first line is a paragraph): its first sentence after the dateline, at most 160 characters, cut at a word with "\u2026". Since 2026-12-03.',
});

export const ArticleSummary = z
  .object({
    id: z.string().meta({ description: 'Public short id (`aid`).', example: 'k3V9xq2LrT0bWm4A' }),
    articleId: z.string(),
    publishedAt: z.string().meta({ format: 'date-time' }),
    title: z.string().optional(),
    lead: LeadField,
    source: z.string().optional(),
    language: z.string().optional(),
    score: z.number().meta({ description: 'Strength of the driving filter’s tag in the article (0..1).' }),
  })
  .meta({ id: 'ArticleSummary' });

export const ArticleList = z
  .object({ items: z.array(ArticleSummary), nextCursor })
  .meta({ id: 'ArticleList' });

export const ArticleDetail = z
  .object({
    id: z.string(),
    articleId: z.string(),
    key: z.string().meta({ description: 'S3 key of the object the article came from.' }),
    line: z.number().int().optional(),
    status: z.enum(['TAGGED', 'FAILED']),
    state: z.enum(['APPLIED', 'PENDING']),
    publishedAt: z.string(),
    title: z.string().optional(),
    lead: LeadField,
    url: z.string().optional(),
    source: z.string().optional(),
    language: z.string().optional(),
    taggerVersion: z.string(),
    updatedAt: z.string(),
    indexedTags: z
      .array(z.string())
      .meta({ description: 'Tag references (`kind|value`) that are searchable and counted.' }),
    truncated: z.boolean(),
    duplicates: z.array(z.string()).optional().meta({
      description:
        'On the listed copy of a story: ids of the other articles with the same title and body (other S3 keys), which lists, trends and tops do not count again.',
    }),
    duplicateOf: z.string().optional().meta({
      description:
        'On a copy: id of the article with the same title and body that is listed and counted. The copy keeps its own tags here but has no indexed tags.',
    }),
    warnings: z
      .array(z.object({ code: z.string().meta({ example: 'PUBLISHED_AT_AHEAD' }), message: z.string() }))
      .optional()
      .meta({
        description:
          'What the ingest did not take as given. PUBLISHED_AT_AHEAD: the article gave a publication time more than a day after its upload (a typo such as 2062), so it is dated at its upload (or its earlier date) instead. PUBLISHED_AT_UNREADABLE: a feed or wire document gave a date that could not be read, so it is dated as an article without one.',
      }),
    failure: z
      .object({ reason: z.string(), message: z.string(), failedAt: z.string().optional() })
      .optional(),
    tags: z
      .object({
        dateline: z
          .object({ text: z.string(), place: z.string().optional(), countryCode: z.string().optional() })
          .optional(),
        entities: z.array(EntitySchema),
        countries: z.array(CountrySchema),
        countryPairs: z.array(CountryPairSchema),
        topics: z.array(TopicSchema),
      })
      .nullable(),
  })
  .meta({ id: 'ArticleDetail' });

export const EntitySummary = z
  .object({
    id: z.string(),
    name: z.string(),
    type: EntityTypeSchema,
    articleCount: z
      .number()
      .int()
      .meta({ description: 'Best-effort count (may be off by one after a crash).' }),
  })
  .meta({ id: 'EntitySummary' });

export const EntityList = z.object({ items: z.array(EntitySummary), nextCursor }).meta({ id: 'EntityList' });

export const EntityDetail = z
  .object({
    id: z.string(),
    name: z.string(),
    type: EntityTypeSchema,
    aliases: z.array(z.string()),
    articleCount: z.number().int(),
    articleCountExact: z
      .boolean()
      .meta({ description: 'True when counted from the full count series; false for the catalog estimate.' }),
    cooccurrence: z.object({
      sampleSize: z.number().int().meta({ description: 'Most recent articles of the entity examined.' }),
      entities: z.array(
        z.object({
          id: z.string(),
          name: z.string().optional(),
          type: EntityTypeSchema.optional(),
          count: z.number().int(),
        }),
      ),
      countries: z.array(z.object({ code: z.string(), count: z.number().int() })),
    }),
  })
  .meta({ id: 'EntityDetail' });

const tagKind = z.enum(['entity', 'topic', 'country', 'pair']);

export const Trends = z
  .object({
    filter: z.object({
      kind: tagKind,
      value: z.string(),
      focus: z.literal(true).optional().meta({
        description:
          'With `focus=true`: the counts are of the articles about the country, not every one naming it.',
      }),
    }),
    from: z.string().meta({ format: 'date' }),
    to: z.string().meta({
      format: 'date',
      description:
        'The last day of `items`: `to` as asked, or today (UTC) when that is later; a later day only up to the last one with a count.',
    }),
    total: z.number().int(),
    items: z.array(z.object({ day: z.string().meta({ format: 'date' }), count: z.number().int() })),
  })
  .meta({ id: 'Trends' });

export const Top = z
  .object({
    kind: tagKind,
    focus: z.literal(true).optional().meta({
      description: 'With `focus=true` (kind=country): counts of the articles about each country.',
    }),
    type: EntityTypeSchema.optional().meta({
      description: 'With `type=` (kind=entity): the entities of that type only.',
    }),
    from: z.string().meta({ format: 'date' }),
    to: z.string().meta({ format: 'date' }),
    items: z.array(
      z.object({
        value: z.string(),
        name: z.string().optional().meta({ description: "An entity's name (kind=entity)." }),
        label: z.string().optional().meta({
          description:
            "A topic's IPTC label (kind=topic), from the daily tops or, for a topic counted only live (no rollup yet), the API's topic table.",
        }),
        count: z.number().int(),
      }),
    ),
    asOf: z.string().meta({ format: 'date-time' }).optional().meta({
      description:
        'Present when some days were counted from their daily rollup: the oldest rollup time. Articles ingested since then are not yet counted on those days.',
    }),
  })
  .meta({ id: 'Top' });

export const FailureList = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        articleId: z.string(),
        key: z.string(),
        reason: z.string().meta({ example: 'INVALID_UTF8' }),
        message: z.string(),
        failedAt: z.string(),
      }),
    ),
    nextCursor,
  })
  .meta({ id: 'FailureList' });

export const Health = z.object({ status: z.literal('ok') }).meta({ id: 'Health' });
