import * as z from 'zod';
import { ENTITY_TYPES } from './entity-types.js';

/**
 * Public contracts of the tagging core. `scripts/build-json-schema.ts` writes `schema/tag-result.json`
 * from these; the API's OpenAPI document reuses them.
 */

// Defined with zod/mini in its own module so the ingest path loads no classic zod.
export { type ArticleInput, ArticleInputSchema } from './article-input.js';

export const FieldSchema = z.enum(['title', 'body']);
export type Field = z.infer<typeof FieldSchema>;

/** A span of text in the title or body: UTF-16 offsets, end exclusive, so `field.slice(start, end) === text`. */
export const MentionSchema = z.object({
  field: FieldSchema,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type Mention = z.infer<typeof MentionSchema>;

export const EntityTypeSchema = z.enum(ENTITY_TYPES);
export type EntityType = z.infer<typeof EntityTypeSchema>;

export const EntitySchema = z.object({
  /** Stable across articles: `person:donald-trump`, `organization:tiktok`, `place:geonames:1816670`, `place:iso:CN`. */
  id: z.string().min(1),
  name: z.string().min(1),
  type: EntityTypeSchema,
  /** 0..1, how central the entity is to the article. */
  salience: z.number().min(0).max(1),
  mentions: z.array(MentionSchema),
});
export type Entity = z.infer<typeof EntitySchema>;

export const CountryCodeSchema = z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code');

export const CountrySchema = z.object({
  code: CountryCodeSchema,
  name: z.string(),
  salience: z.number().min(0).max(1),
  /** True when the article is about this country; false for a dateline or a passing mention. */
  focus: z.boolean(),
  mentions: z.array(MentionSchema),
});
export type Country = z.infer<typeof CountrySchema>;

export const CountryPairSchema = z.object({
  /** Two alpha-2 codes, sorted, joined by a hyphen: `CN-US`. */
  pair: z.string().regex(/^[A-Z]{2}-[A-Z]{2}$/),
  countries: z.tuple([CountryCodeSchema, CountryCodeSchema]),
  score: z.number().min(0).max(1),
  /** Sentence spans that link the two countries. */
  evidence: z.array(MentionSchema),
});
export type CountryPair = z.infer<typeof CountryPairSchema>;

export const TopicSchema = z.object({
  id: z.string().regex(/^medtop:\d{8}$/),
  label: z.string(),
  level: z.number().int().min(1).max(6),
  score: z.number().min(0).max(1),
  /** Words or phrases that triggered the topic, for explaining the tag. */
  evidence: z.array(z.string()).optional(),
});
export type Topic = z.infer<typeof TopicSchema>;

export const TagResultSchema = z.object({
  id: z.string().optional(),
  language: z.string(),
  taggerVersion: z.string(),
  dateline: z
    .object({ text: z.string(), place: z.string().optional(), countryCode: CountryCodeSchema.optional() })
    .optional(),
  entities: z.array(EntitySchema),
  countries: z.array(CountrySchema),
  countryPairs: z.array(CountryPairSchema),
  topics: z.array(TopicSchema),
});
export type TagResult = z.infer<typeof TagResultSchema>;
