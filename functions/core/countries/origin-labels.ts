/**
 * A country named only as where a ship is registered or a person was born is a label of the ship or the person,
 * no side of what befell them: "Houthis claim attack on Liberian-flagged cargo ship" put Liberia in focus and paired
 * it with Yemen (wild60), "Nigerian-born nurse wins award" put Nigeria in focus over a story set in Leicester
 * (review61).
 */

/** "the Liberian-flagged bulk carrier", "a Panama-registered tanker", "a Malta-flag vessel": a flag of registry. */
const FLAG_COMPOUND = /^-(?:flagged|flag|registered)\b/i;
/** "a Nigerian-born nurse", "the Scottish-bred trainer": a birthplace. */
const BIRTH_COMPOUND = /^-(?:born|bred)\b/i;

/** Whether the mention ending at `end` names a ship's flag. A hyphen first: most mentions are followed by a space. */
export function namesShipFlag(text: string, end: number): boolean {
  return text.charCodeAt(end) === 45 && FLAG_COMPOUND.test(text.slice(end, end + 12));
}

/** Whether the mention ending at `end` names a ship's flag or a person's birthplace. */
export function namesFlagOrBirthplace(text: string, end: number): boolean {
  return (
    text.charCodeAt(end) === 45 &&
    (FLAG_COMPOUND.test(text.slice(end, end + 12)) || BIRTH_COMPOUND.test(text.slice(end, end + 8)))
  );
}
