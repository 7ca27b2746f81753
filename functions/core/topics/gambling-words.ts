/**
 * A word of gambling: a casino, a bet, a bookmaker, a punter, a wager, a slot machine, a lottery, odds (topics46: one
 * constant for the readers that asked each its own list — casino-gaming.ts, stakes-not-owned.ts,
 * figurative-words.ts).
 *
 * A firm that "bets on cloud gaming", "is betting that" gamers will pay or "bets heavily on" hybrids makes a business
 * wager, no gamble (fixT45, read45 g2): "bet(s|ting) on/that" counts none. Countries "at odds with" each other are no
 * bookmaker's, and a firm that "spins off" a unit no slot machine's.
 */
export const GAMBLING =
  /\b(?:casinos?|gambl\w*|bettors?|(?:betting|bets?)(?!\s+(?:(?:big|heavily|hard|everything|its\s+future)\s+)?(?:on|that)\b)|bookmakers?|bookies|punters?|wager\w*|slot\s+machines?|slots?|spins?(?!\s+off\b)|poker|roulette|baccarat|blackjack|lotter\w*|jackpots?|croupiers?|junkets?|(?<!\bat\s)(?:fixed-)?odds|tote)\b/i;
