/**
 * "Kenyan President William Ruto and Somali President Hassan Sheikh Mohamud attended the ceremony", "Japan and
 * Italy were among the guests at the inauguration": two countries coordinated as the guests of someone else's
 * event stand side by side, as go-betweens do (pairs.ts): attending says nothing of a relation between them.
 * Not talks or a summit they attend, which may be their own.
 */
const GUESTS_AFTER =
  /^(?:\s+[A-Z][\w.'\u2019-]*){0,6}\s+(?:(?:also|both|had|have)\s+)?(?:attended|witnessed|(?:were|was)\s+(?:also\s+)?(?:among\s+the\s+guests|present|in\s+attendance)\s+at)\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\w-]+\s+){0,3}?(?:ceremony|ceremonies|inauguration|funeral|wedding|coronation|opening|parade|celebrations?|signing|launch|service|mass|festivities|investiture|swearing-in)\b/;

/** Whether the words after the second of two coordinated countries make the two the guests of an event. */
export function guestsAfter(text: string, secondEnd: number): boolean {
  return GUESTS_AFTER.test(text.slice(secondEnd, secondEnd + 120));
}
