/**
 * The words of gambling that casino-gaming.ts and stakes-not-owned.ts read (topics46: one list for the readers that
 * asked each their own). figurative-words.ts keeps a list of its own (`GAMBLING` there): it asks whether a firm's
 * "bet on" is a wager, so its list names a bet only as placed or as a betting firm's, never the verb it tests.
 *
 * A firm that "bets on cloud gaming", "is betting that" gamers will pay or "bets heavily on" hybrids makes a business
 * wager, no gamble (fixT45, read45 g2): "bet(s|ting) on/that" counts none.
 */
const CASINO_WORDS = String.raw`casinos?|gambl\w*|bettors?|(?:betting|bets?)(?!\s+(?:(?:big|heavily|hard|everything|its\s+future)\s+)?(?:on|that)\b)|bookmakers?|bookies|punters?|wager\w*|slot\s+machines?|poker|roulette|baccarat|blackjack|lotter\w*|jackpots?|croupiers?|junkets?|tote`;
/**
 * Words of chance that other news writes too: a start-up that "beats the odds", "a prime-time slot", political "spin".
 * Countries "at odds with" each other are no bookmaker's, and a firm that "spins off" a unit or makes a "spin-off" no
 * slot machine's (fixT46, read46 on 13b7d190: the guard missed the hyphen).
 */
const CHANCE_WORDS = String.raw`slots?|spins?(?![\s-]+off\b)|(?<!\bat\s)(?:fixed-)?odds`;

/** Any word of gambling: a casino, a bet, a bookmaker, a punter, a wager, a slot machine, a lottery, odds, a spin. */
export const GAMBLING = new RegExp(String.raw`\b(?:${CASINO_WORDS}|${CHANCE_WORDS})\b`, 'i');

/**
 * A word only gambling writes: no odds, slots or spins (fixT46, read46 on 13b7d190): "Mobile gaming start-up beats the
 * odds", "the show's prime-time slot" and "a gaming spin-off" tell no casino, so their "gaming" stays the video game's
 * (casino-gaming.ts).
 */
export const CASINO_GAMBLING = new RegExp(String.raw`\b(?:${CASINO_WORDS})\b`, 'i');
