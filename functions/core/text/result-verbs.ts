/**
 * Verbs of a match's result, shared by the rules that read one side's result over another: which side a name is
 * (entities/typing: a club, a player, a nickname opening a sentence) and which people a lead sets against each other
 * (countries/people-of-countries.ts). Each rule adds the words only it reads, named where it adds them ("host",
 * "v", a participle). Lower case, as a token is compared after lower-casing or as written mid-sentence.
 */

/** A side's win, before the beaten side's name: "Chelsea beat Arsenal", "Sinner edged Alcaraz", "Japan stuns Spain". */
export const WIN_VERBS: ReadonlySet<string> = new Set(
  'beat beats defeated defeats edged edges overcame overcomes outlasted upset upsets stunned stuns routed thrashed downed ousted crushed'.split(
    ' ',
  ),
);

/** A side's loss, before "to" and the winner's name: "Sabalenka lost to Keys". */
export const LOSS_VERBS: ReadonlySet<string> = new Set(['lost', 'loses', 'fell', 'falls']);

/** A side's result, whether or not the other side follows: a win, "won", "drew", "lost" ("Inter drew 1-1"). */
export const RESULT_VERBS: ReadonlySet<string> = new Set([
  ...WIN_VERBS,
  'won',
  'wins',
  'drew',
  'draws',
  'lost',
  'loses',
]);
