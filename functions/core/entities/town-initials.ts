import { candidateWith } from './candidate-copy.js';
import type { Candidate } from './classify.js';

/**
 * A town's initial in brackets after a club, then the club's score or its standings' first figure: "Proleter ( Z )
 * 0", "Mladost (BJ) 4 0 1 3" (wires' results of leagues with two clubs of one name write the town's initial so).
 */
const TOWN_INITIALS_AFTER = /^ ?\( ?[A-Z]{1,2} ?\)(?= +\d)/;

/**
 * "Hajduk 2 Proleter ( Z ) 0", "Mladost ( BJ ) 4 0 1 3 2 10 1": a club on a results or standings line keeps the
 * bracketed initial of its town that tells it from a club of the same name ("Mladost ( L )" and "Mladost ( BJ )"
 * are two clubs); the initials alone are then no name of their own. `names` are the typed chunks of both fields;
 * the same array when no club is so written.
 */
export function withTownInitials(
  names: Candidate[],
  texts: { readonly title: string; readonly body: string },
): Candidate[] {
  let extended: Candidate[] | undefined;
  for (let i = 0; i < names.length; i++) {
    const c = names[i]!;
    if (c.type !== 'organization') continue;
    const text = texts[c.field];
    // Cheap first: a bracket within two characters of the name's end.
    const at = text.charCodeAt(c.end) === 40 ? c.end : text.charCodeAt(c.end + 1) === 40 ? c.end + 1 : -1;
    if (at < 0) continue;
    const initials = TOWN_INITIALS_AFTER.exec(text.slice(c.end, c.end + 12))?.[0];
    if (initials === undefined) continue;
    extended ??= names.slice();
    extended[i] = candidateWith(c, {
      end: c.end + initials.length,
      text: c.text + initials,
      words: [...c.words, initials.trim()],
    });
  }
  if (extended === undefined) return names;
  const spans = extended.filter((c, i) => c !== names[i]);
  return extended.filter(
    (c) => !spans.some((s) => s !== c && s.field === c.field && s.start <= c.start && c.end <= s.end),
  );
}
