/**
 * Names of currencies written out after a figure or a price ("a fortune of 200m pounds", "at 1.2955 against the US
 * dollar"), as one regex alternation: the part countries/pairs.ts (`CURRENCY_AT`, a currency a price is quoted in)
 * and topics/millions-counted.ts (a figure in millions before its currency) share. Each adds its own words: pairs.ts
 * the singulars "mark" and "real" and the dinar; millions-counted.ts the wires' abbreviations ("stg", "dlrs"), the
 * Nordic crowns, "marks" only in the plural and a few more. countries/pairs.ts's `CURRENCY_WORD_AFTER` (a demonym
 * before its money: "Canadian dollars") keeps a list of its own: there "won" after a country is a verb ("South Korea
 * won 2-1").
 */
export const CURRENCY_NAMES =
  'dollars?|yen|yuan|renminbi|euros?|pounds?|sterling|francs?|rupees?|won|pesos?|rand|lira|ringgit|baht|rupiah|roubles?|rubles?|shekels?|riyals?|dirhams?';
