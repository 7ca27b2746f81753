import { candidateWith } from './candidate-copy.js';
import type { Candidate } from './classify.js';

/**
 * A town's initial in brackets after a club, then the club's score or its standings' first figure: "Proleter ( Z )
 * 0", "Mladost (BJ) 4 0 1 3" (wires' results of leagues with two clubs of one name write the town's initial so).
 */
const TOWN_INITIALS_AFTER = /^ ?\( ?[A-Z]{1,2} ?\)(?= +\d)/;
const NOT_CAPITAL = /[^A-Z]/g;

/**
 * "Hajduk 2 Proleter ( Z ) 0", "Mladost ( BJ ) 4 0 1 3 2 10 1": on a sports page, a club on a results or standings
 * line keeps the bracketed initial of its town that tells it from a club of the same name ("Mladost ( L )" and
 * "Mladost ( BJ )" are two clubs); the initials alone are then no name of their own. Two letters tell a town only
 * where the page names the same club bare or with other letters; otherwise they are a code of the club's country or
 * competition, which names nothing ("Celtic ( SC ) 2 Rangers ( SC ) 1"); a stock table's ticker is no town
 * ("General Electric ( GE ) 85 1/2": read51 R22, read52 R12). `names` are the typed chunks of both fields; the same
 * array when no club is so written.
 */
export function withTownInitials(
  names: Candidate[],
  texts: { readonly title: string; readonly body: string },
  sports: boolean,
): Candidate[] {
  if (!sports) return names;
  // Each organisation's bracketed letters, or undefined: read once.
  let after: (string | undefined)[] | undefined;
  for (let i = 0; i < names.length; i++) {
    const c = names[i]!;
    if (c.type !== 'organization') continue;
    const text = texts[c.field];
    // Cheap first: a bracket within two characters of the name's end.
    if (text.charCodeAt(c.end) !== 40 && text.charCodeAt(c.end + 1) !== 40) continue;
    const initials = TOWN_INITIALS_AFTER.exec(text.slice(c.end, c.end + 12))?.[0];
    if (initials === undefined) continue;
    after ??= new Array<string | undefined>(names.length);
    after[i] = initials;
  }
  if (after === undefined) return names;
  // The letters each organisation's name is written with ('' bare): "Mladost" → {"L", "BJ"}.
  const spellings = new Map<string, Set<string>>();
  for (let i = 0; i < names.length; i++) {
    const c = names[i]!;
    if (c.type !== 'organization') continue;
    const letters = after[i]?.replace(NOT_CAPITAL, '') ?? '';
    const seen = spellings.get(c.text);
    if (seen) seen.add(letters);
    else spellings.set(c.text, new Set([letters]));
  }
  const extended = names.slice();
  let codes: Set<string> | undefined;
  for (let i = 0; i < names.length; i++) {
    const initials = after[i];
    if (initials === undefined) continue;
    const c = names[i]!;
    const letters = initials.replace(NOT_CAPITAL, '');
    if (letters.length > 1 && spellings.get(c.text)!.size < 2) {
      codes ??= new Set();
      codes.add(`${c.field}:${c.end + initials.indexOf(letters)}`);
      continue;
    }
    extended[i] = candidateWith(c, {
      end: c.end + initials.length,
      text: c.text + initials,
      words: [...c.words, initials.trim()],
    });
  }
  const spans = extended.filter((c, i) => c !== names[i]);
  const dropped = codes;
  return extended.filter(
    (c) =>
      !(dropped?.has(`${c.field}:${c.start}`) && c.words.length === 1) &&
      !spans.some((s) => s !== c && s.field === c.field && s.start <= c.start && c.end <= s.end),
  );
}
