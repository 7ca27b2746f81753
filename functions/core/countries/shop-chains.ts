/**
 * "sold at Asda, Morrisons and Iceland", "Iceland, the frozen food retailer, said", "Iceland boss Richard Walker": the
 * British frozen-food chain, not the country (wild46 item 16: each put Iceland in focus). A country word that is also
 * a chain of shops is the chain where the words around it say so: a retail word right after it (boss, stores,
 * Foods, chain…), an apposition naming a shop (", the frozen food retailer"), or a place in a list of grocers.
 */
const CHAIN_COUNTRIES: ReadonlySet<string> = new Set(['iceland']);
const SHOP_AFTER =
  /^(?:['\u2019]s)?\s+(?:boss|bosses|chief\s+executive|founder|chairman|managing\s+director|stores?|shops?|supermarkets?|Foods|chain|branch(?:es)?|staff|workers|customers|shoppers|own[- ]brand)\b/;
const SHOP_APPOSITION =
  /^\s*,\s+(?:the\s+|a\s+)?(?:(?:frozen[- ]food|discount|budget|british|uk)\s+)*(?:retailer|supermarket(?:\s+chain)?|grocer|chain|food\s+chain)\b/i;
/** Britain's grocers, beside which the chain is listed ("Asda, Morrisons and Iceland"). */
const GROCERS =
  /\b(?:Asda|Tesco|Sainsbury['\u2019]?s?|Morrisons|Aldi|Lidl|Waitrose|Ocado|Co-op|Marks\s+(?:&|and)\s+Spencer|M&S|Farmfoods|Poundland|B&M)\b/;
const LIST_WINDOW = 60;

/** Whether the country word at `start`..`end` of `text` (normalised `norm`) names a chain of shops there. */
export function namesShopChain(norm: string, text: string, start: number, end: number): boolean {
  if (!CHAIN_COUNTRIES.has(norm)) return false;
  const after = text.slice(end, end + 40);
  if (SHOP_AFTER.test(after) || SHOP_APPOSITION.test(after)) return true;
  const near = text.slice(Math.max(0, start - LIST_WINDOW), Math.min(text.length, end + LIST_WINDOW));
  return GROCERS.test(near);
}
