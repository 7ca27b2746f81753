/**
 * A drone flown for fun (topics44, read42's d2_3): a "hobby", "recreational", "toy", "amateur" or "leisure" drone (one
 * word between allowed: "a hobby camera drone"), a drone hobbyist or enthusiast, or a hobbyist who flies one. What such
 * a drone hits or strikes it hits by accident: "A hobby drone hit a police helicopter over Birmingham, damaging its
 * rotor and injuring the pilot" is no attack. Tied to the drone by its words: drones that struck a "toy factory" still
 * struck. Not "consumer" drones: armies fly them too.
 */
const DRONE_FOR_FUN_WORDS = String.raw`(?:hobby|recreational|toy|amateur|leisure)[- ](?:[\w-]+ )?drones?|drones?[- ](?:hobbyists?|enthusiasts?)|hobbyists?`;
export const DRONE_FOR_FUN = new RegExp(String.raw`\b(?:${DRONE_FOR_FUN_WORDS})\b`, 'i');

/**
 * Words of a walkout, of nature and of sport: a strike in a sentence with these is no attack ("drivers walked
 * out", a hunger strike, a lightning strike, a quake that struck, a striker's strike), nor is one by a drone flown for
 * fun. One list for the attack rules (signals.ts `militaryStrike`, strike-on-target.ts, air-attack.ts), so they
 * cannot drift apart (read30 S1).
 */
export const NOT_AN_ATTACK = new RegExp(
  String.raw`\b(?:workers|union|unions|pay|wages?|walkout|walked out|picket|hunger|lightning|earthquake|quake|tremor|storm|hurricane|typhoon|cyclone|tornado|flood|floods|tsunami|asteroid|meteorite|goal|striker|bowler|batsman|${DRONE_FOR_FUN_WORDS})\b`,
  'i',
);

/**
 * A walkout told anywhere in the story: a headline's "Strikes on Rome, Milan metro lines" is the transport
 * staff's when the body says they walk out (read30 F1). Only words a war story hardly uses: not "workers",
 * "doctors" or "pay" (aid workers, doctors counting the dead, a price to pay).
 */
export const WALKOUT_IN_STORY =
  /\b(?:unions?|trade union|walkouts?|walk(?:s|ed|ing)? out|pickets?|picketing|industrial action|stop(?:s|ped|ping)? work|work stoppages?|over pay|pay (?:dispute|deal|rise|talks|claim|offer)s?|over (?:pensions|wages))\b/i;

/**
 * A match told anywhere in the story: a forward's "strikes against Spain and Portugal" are his goals
 * (read30 F2). Words of the pitch only, not "final" or "match", which politics and courts use too.
 */
export const SPORT_PLAY =
  /\b(?:goals?|scored|scorer|scoring|striker|strikers|goalkeeper|midfielder|hat-trick|bowler|batsman|wickets?|innings)\b/i;

/**
 * What a product "hits" when it goes on sale ("drones hit US stores", "the phones hit shelves in March"): right after
 * the place a weapon rule reads as hit, the retail idiom, no attack (read49 #15). Used by drones.ts and
 * target-attack.ts.
 */
export const RETAIL_AFTER = String.raw`\s+(?:stores|shelves|shops|markets?|sales|showrooms|dealers|dealerships|retailers|outlets|screens|cinemas|theaters|theatres)\b`;
