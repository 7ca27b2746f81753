import type { TagDocument } from '../text/document.js';
import { sentencesAround } from './sentences-around.js';

/**
 * A utility's price list is also a "tariff" (wild38a ★4): "Nersa approved a 12% tariff increase for Eskom", "Nepra
 * approves Rs1.5 per unit hike in power tariff", "Kenya Power raises electricity tariffs" filed under tariff, the
 * trade duty. The word is a duty unless the story prices power or water with it: some sentence holding it names
 * electricity, power, energy, water or gas and who sets or pays the price (a regulator, consumers, households,
 * bills, a unit or a kWh), and none names trade (imports, exports, goods, duties, customs, subsidies, made in).
 * "EU imposes tariffs of up to 35% on electric vehicles made in China" and "tariffs on imports of solar panels raise
 * electricity costs" stay duties, and so does a "tariff on" anything. (A tariff named with its utility, "electricity tariffs", is the lexicon's phrase.)
 */
const TARIFF = /\btariffs?\b/gi;
const UTILITY = /\b(?:electricity|power|energy|water|gas|utility|utilities)\b/i;
const PRICE_SETTER = /\b(?:regulat(?:ors?|ory)|consumers?|households?|bills?|customers|units?|kWh|kilowatt)/i;
const TRADE =
  /\b(?:import|export|trad(?:e|ing partner)|goods|dut(?:y|ies)\b|customs|WTO|reciprocal|retaliat|protectionis|subsid|made in|levie|tariffs? on\b)/i;

/** The story's tariffs are a utility's prices, not a duty on trade. */
export function utilityTariffs(doc: TagDocument): boolean {
  let utility = false;
  for (const words of sentencesAround(doc, TARIFF)) {
    if (TRADE.test(words)) return false;
    if (UTILITY.test(words) && PRICE_SETTER.test(words)) utility = true;
  }
  return utility;
}
