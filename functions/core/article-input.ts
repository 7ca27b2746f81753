import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

// zod/mini, so the ingest bundle carries no classic zod (−66 KiB); it ships without a locale, and these
// messages reach users (input errors), so English as classic zod would give.
z.config(en());

/** An ISO 8601 timestamp with an offset ("2026-03-03T08:00:00Z", "…+01:00"). */
export const IsoDateTimeSchema = z.iso.datetime({ offset: true });
export const UrlSchema = z.url();
export const LanguageTagSchema = z
  .string()
  .check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a BCP 47 language tag such as "en" or "pt-BR"'));

/** The tagger's input; re-exported by schema.ts with the other public contracts. */
export const ArticleInputSchema = z.object({
  id: z.optional(z.string().check(z.minLength(1), z.maxLength(512))),
  title: z.optional(z.string().check(z.maxLength(10_000))),
  body: z.string(),
  dateline: z.optional(z.string().check(z.maxLength(500))),
  publishedAt: z.optional(IsoDateTimeSchema),
  url: z.optional(UrlSchema),
  source: z.optional(z.string().check(z.maxLength(500))),
  language: z.optional(LanguageTagSchema),
});
export type ArticleInput = z.infer<typeof ArticleInputSchema>;
