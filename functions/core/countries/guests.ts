/**
 * "Kenyan President William Ruto and Somali President Hassan Sheikh Mohamud attended the ceremony", "Japan and
 * Italy were among the guests at the inauguration": two countries coordinated as the guests of someone else's
 * event stand side by side, as go-betweens do (pairs.ts): attending says nothing of a relation between them.
 * Not talks or a summit they attend, which may be their own.
 */
const GUESTS_AFTER =
  /^(?:\s+[A-Z][\w.'\u2019-]*){0,6}\s+(?:(?:also|both|had|have)\s+)?(?:attended|witnessed|(?:were|was)\s+(?:also\s+)?(?:among\s+the\s+guests|present|in\s+attendance)\s+at)\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\w-]+\s+){0,3}?(?:ceremony|ceremonies|inauguration|funeral|wedding|coronation|opening|parade|celebrations?|signing|launch|service|mass|festivities|investiture|swearing-in)\b/;
/** A word every match of GUESTS_AFTER holds, asked first: most texts then never compile the long pattern. */
const GUEST_WORD = /attended|witnessed|guests|present|attendance/;

/**
 * "attended the opening of a second bridge linking their countries", "attended the signing of a one-year trade
 * truce": the event is the two's own (their project, their deal), so they are its parties, not guests (read30 F7).
 * So is a thing they made together: "the launch of a jointly built satellite", "co-developed", "the fruit of
 * years of cooperation between their space agencies" (read30 F7, second pass).
 * A deal named as others' ("the signing of a peace deal between Armenia and Azerbaijan") keeps them guests.
 */
const THEIR_OWN =
  /\b(?:(?:attended|witnessed|at)\s+their|their\s+(?:two\s+)?(?:countries|nations|governments|states|own)|between\s+(?:them|their)|the\s+two\s+(?:countries|nations|governments)|each\s+other)\b/i;
const MADE_JOINTLY =
  /\b(?:joint(?:ly)?|(?:built|developed|made|designed)\s+together|co-(?:built|developed|designed|produced|financed|funded|founded|operated|owned))\b/i;
/**
 * Who made it jointly, when the sentence says: "which the African Development Bank and a Chinese contractor
 * co-financed", "co-funded by the World Bank", "jointly built by two firms" name others than the two guests
 * (read31 F15); "which they co-financed", "co-funded by their agencies" name the two.
 */
const OTHERS_BEFORE = /\b(?:which|that)\s+(?!they\b|both\b|the\s+two\b)[^,;]{1,80}$/i;
const OTHERS_AFTER = /^\s*(?:[\w-]+\s+)?by\s+(?!them\b|their\b|both\b|the\s+two\b)/i;
const OWN_DEAL =
  /^\s+of\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,4}?(?:deal|truce|agreement|accord|treaty|pact|ceasefire)\b(?!\s+(?:between|with|by|for)\b)/i;
/** The makers after "by": up to a comma or the sentence's end. */
const MAKERS_AT = /^[^,;]*/;
/** Up to the end of the sentence, where the event's owner would be named. */
const SENTENCE_TAIL = /^[^.;\n]{0,160}/;

/**
 * Whether the words after the second of two coordinated countries make the two the guests of an event.
 * `namesGuests(from, to)` says whether the text between those offsets names the two guests and no one else:
 * "which China and Laos jointly built", "jointly developed by Brazilian and Chinese engineers" name the
 * guests as the makers, so the thing is theirs (read32 F17).
 */
export function guestsAfter(
  text: string,
  secondEnd: number,
  namesGuests: (from: number, to: number) => boolean = () => false,
): boolean {
  const after = text.slice(secondEnd, secondEnd + 240);
  if (!GUEST_WORD.test(after)) return false;
  const match = GUESTS_AFTER.exec(after);
  if (!match) return false;
  const rest = after.slice(match[0].length);
  if (OWN_DEAL.test(rest)) return false;
  const said = match[0] + (SENTENCE_TAIL.exec(rest)?.[0] ?? '');
  if (THEIR_OWN.test(said)) return false;
  const jointly = MADE_JOINTLY.exec(said);
  if (!jointly) return true;
  const before = said.slice(0, jointly.index);
  const madeAt = jointly.index + jointly[0].length;
  const made = said.slice(madeAt);
  const makersBefore = OTHERS_BEFORE.exec(before);
  if (makersBefore) return !namesGuests(secondEnd + makersBefore.index, secondEnd + jointly.index);
  const makersAfter = OTHERS_AFTER.exec(made);
  if (!makersAfter) return false;
  const from = madeAt + makersAfter[0].length;
  const to = from + (MAKERS_AT.exec(said.slice(from))?.[0].length ?? 0);
  return !namesGuests(secondEnd + from, secondEnd + to);
}
