/**
 * Scorers in a football results line: "Ajax Amsterdam 3 ( Kluivert 12 , Litmanen 44 ) Vitesse Arnhem 1
 * ( Gillhaus 67 )". The names in the brackets after a side's score, each before its minute, are players;
 * the results rule would read "Kluivert 12" as another side and its score.
 */

/** A minute of a match: "12", "90". */
const MINUTE = /^[0-9]{1,3}$/;
/** A side's score before the bracket of its scorers. */
const SCORE = /^[0-9]{1,2}$/;
/** What may follow a scorer's minute: the next scorer, the bracket's end, a penalty or an own goal. */
const AFTER_MINUTE = new Set([',', ')', ';', 'pen', 'pen.', 'og', 'penalty']);

/**
 * Whether the name before `after(1)` is a scorer in a results line's brackets: its minute after it, and
 * back from `before(1)`, over earlier scorers and their minutes, the bracket after a side's score.
 * `before(k)` and `after(k)` are the lower-cased k-th tokens before and after the name.
 */
export function scorerInBrackets(before: (k: number) => string, after: (k: number) => string): boolean {
  if (!MINUTE.test(after(1)) || !AFTER_MINUTE.has(after(2))) return false;
  const first = before(1);
  if (first !== '(' && first !== ',' && first !== ';') return false;
  for (let k = 1; k <= 16; k++) {
    const token = before(k);
    if (token === '(') return SCORE.test(before(k + 1));
    if (token === ')' || token === '' || token === '.') return false;
  }
  return false;
}

/**
 * A player's deeds in a match report: "Arsenal's Saka scored twice". Not "struck" or "headed": business and
 * politics copy uses them of firms and envoys ("Kenya's Safaricom struck a deal", "headed talks"; read25 F6).
 */
const PLAYER_DEEDS = new Set('scored netted equalised equalized'.split(' '));

/**
 * "Arsenal's Saka scored twice": whether the word after an owner's possessive is one name and a player's deed
 * follows it. `after(k)` gives the k-th token after the owner as written (the name is `after(1)`).
 */
export function playerAfterOwner(after: (k: number) => string): boolean {
  const name = after(1);
  return /^[A-Z][a-z]/.test(name) && PLAYER_DEEDS.has(after(2));
}

/** Whether `deed`, the word after a one-word name, is a player's deed in a match report. */
export function playerDeed(deed: string): boolean {
  return PLAYER_DEEDS.has(deed);
}

const ORDINAL_ENDINGS = new Set(['st', 'nd', 'rd', 'th']);

/**
 * "Canada - Aunger ( 41st min , pen )", "Duilio Davino ( Becerril 46th )": a minute written as an ordinal
 * after a name, in brackets with "min" or closing them, is a scorer's or a substitute's. `after(k)` gives the
 * lower-cased k-th token after the name; the tokenizer splits "41st" into "41" and "st".
 */
export function minuteOrdinalAfter(after: (k: number) => string): boolean {
  const at = after(1) === '(' ? 2 : 1;
  if (!MINUTE.test(after(at)) || !ORDINAL_ENDINGS.has(after(at + 1))) return false;
  const then = after(at + 2);
  // "Girona ( 19th )" is a club's place in the table: inside brackets after the name the ordinal needs its "min".
  return at === 2 ? then === 'min' : then === ')';
}
