/**
 * How far past its upload an article's own date may lie and still be trusted: a day covers time zones
 * (a date without a time is midnight UTC) and an embargo of some hours. Beyond it the date is most likely
 * a typo ("2062" for "2026"), which would keep the article on top of every newest-first list for decades.
 */
export const TRUSTED_AHEAD_MS = 24 * 3600 * 1000;

/** A warning on an article record, shown by `GET /articles/{id}`: the article is kept, something was not. */
export interface RecordWarning {
  readonly code: 'PUBLISHED_AT_AHEAD' | 'PUBLISHED_AT_UNREADABLE';
  readonly message: string;
}

/** Whether a date (ISO 8601) lies more than a day after the reference time, the object's upload. */
export function isFarAhead(date: string, reference: string): boolean {
  return Date.parse(date) - Date.parse(reference) > TRUSTED_AHEAD_MS;
}

/**
 * Whether a story's day (midnight UTC) lies more than two days before its upload: filed then in any time
 * zone, it was uploaded later (an archive), and its upload time would date it wrongly.
 */
export function isDaysBefore(day: string, uploaded: string): boolean {
  return Date.parse(uploaded) - Date.parse(day) > 2 * 24 * 3600 * 1000;
}

/** The record's warning when the article's own date was not trusted and another was taken. */
export function aheadWarning(given: string, uploaded: string, taken: string): RecordWarning {
  return {
    code: 'PUBLISHED_AT_AHEAD',
    message: `publishedAt ${given} is more than a day after the article was uploaded (${uploaded}), so it is not trusted: the article is dated ${taken}`,
  };
}

/** The record's warning when a feed's or wire document's date could not be read (`pubDate "…"`). */
export function unreadableWarning(unread: string, taken: string): RecordWarning {
  return {
    code: 'PUBLISHED_AT_UNREADABLE',
    message: `${unread} is not a date the ingest reads, so the article is dated ${taken}`,
  };
}
