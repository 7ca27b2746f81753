import type { CountryMention } from './mentions.js';

/** Only "The" before the mention: it opens the headline. */
const OPENS = /^\s*(?:the\s+)?$/i;
/** A securities headline: the currency is what an issue is paid in ("AUSTRALIAN DLR BOND"), not its matter. */
const SECURITIES =
  /\b(?:bonds?|eurobonds?|notes?|frns?|cds?|cp|facility|issues?|issuing|warrants?|loans?|placements?|debentures?|convertibles?|offerings?|offer|tranche|coupon)\b/i;

/** The words right after a currency ("Australian dlr eurobond", "yen notes due 1992"), read for a security. */
const SECURITY_REACH = 24;

/** Whether a security follows a currency's mention: "50 mln Australian dlr eurobond" is the issue's matter. */
export function securityAfter(text: string, end: number): boolean {
  return SECURITIES.test(text.slice(end, end + SECURITY_REACH));
}

/**
 * Whether a headline mention of a country's currency opens the headline as its matter: "Saudi riyal deposit
 * rates ease" (from Bahrain), "Japanese yen slides as BOJ holds" (from London). A currency named in a headline
 * otherwise says where money is ("Sallie Mae announces Australian dlr note offer") and does not put its country
 * in the headline (resolve.ts); one that opens it is what the story reports on, as the country would be.
 */
export function currencyOpensHeadline(title: string, m: CountryMention): boolean {
  return m.field === 'title' && m.currency && OPENS.test(title.slice(0, m.start)) && !SECURITIES.test(title);
}
