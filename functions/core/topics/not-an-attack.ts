/**
 * Words of a walkout, of nature and of sport: a strike in a sentence with these is no attack ("drivers walked
 * out", a hunger strike, a lightning strike, a quake that struck, a striker's strike). One list for both attack
 * rules (signals.ts `militaryStrike`, strike-on-target.ts), so they cannot drift apart (read30 S1).
 */
export const NOT_AN_ATTACK =
  /\b(?:workers|union|unions|pay|wages?|walkout|walked out|picket|hunger|lightning|earthquake|quake|tremor|storm|hurricane|typhoon|cyclone|tornado|flood|floods|tsunami|asteroid|meteorite|goal|striker|bowler|batsman)\b/i;

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
