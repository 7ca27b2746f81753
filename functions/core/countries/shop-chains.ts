/**
 * "sold at Asda, Morrisons and Iceland", "Iceland, the frozen food retailer, said", "Iceland boss Richard Walker": the
 * British frozen-food chain, not the country (wild46 item 16: each put Iceland in focus). A country word that is also
 * a chain of shops is the chain where the words around it say so: a retail word right after it (boss, stores,
 * Foods, chain…), an apposition naming a shop (", the frozen food retailer"), or a place in a list of grocers.
 */
const CHAIN_COUNTRIES: ReadonlySet<string> = new Set(['iceland']);
const SHOP_AFTER =
  /^(?:['\u2019]s)?\s+(?:boss|bosses|chief\s+executive|founder|chairman|managing\s+director|stores?|shops?|supermarkets?|Foods|chain|branch(?:es)?|staff|workers|customers|shoppers|own[- ]brand)\b/i;
const SHOP_APPOSITION =
  /^\s*,\s+(?:the\s+|a\s+)?(?:(?:frozen[- ]food|discount|budget|british|uk)\s+)*(?:retailer|supermarket(?:\s+chain)?|grocer|chain|food\s+chain)\b/i;
/**
 * Britain's grocers, beside which the chain is listed ("Asda, Morrisons and Iceland"): a grocer right before or after
 * it in the list. A grocer merely near is no evidence: "Iceland's fishermen supply much of the cod sold by Tesco and
 * Morrisons" is the country (read46 on 8bfd2d12).
 */
const GROCER =
  /(?:Asda|Tesco|Sainsbury['\u2019]?s?|Morrisons|Aldi|Lidl|Waitrose|Ocado|Co-op|Marks\s+(?:&|and)\s+Spencer|M&S|Farmfoods|Poundland|B&M)/
    .source;
const LIST_JOIN = /(?:,\s+(?:(?:and|or)\s+)?|\s+(?:and|or|&)\s+)/.source;
const LISTED_AFTER = new RegExp(`\\b${GROCER}${LIST_JOIN}$`);
const LISTED_BEFORE = new RegExp(`^${LIST_JOIN}${GROCER}\\b`);

/** Whether the country word at `start`..`end` of `text` (normalised `norm`) names a chain of shops there. */
export function namesShopChain(norm: string, text: string, start: number, end: number): boolean {
  if (!CHAIN_COUNTRIES.has(norm)) return false;
  const after = text.slice(end, end + 40);
  if (SHOP_AFTER.test(after) || SHOP_APPOSITION.test(after)) return true;
  return LISTED_AFTER.test(text.slice(Math.max(0, start - 40), start)) || LISTED_BEFORE.test(after);
}

const CHAIN_WORD = new RegExp(`\\b(?:${[...CHAIN_COUNTRIES].join('|')})\\b`, 'gi');
/**
 * The chain words the body reads as the chain at every mention ("Iceland, the frozen food retailer, said … Iceland
 * stores will"): the headline's mention ("Iceland to close 30 shops") is read as the body reads it, as a headline
 * seldom says which of the two it means (read46 on 8bfd2d12). One mention the body does not read as the chain
 * ("Iceland beat England", "Iceland's government") keeps the headline's the country.
 */
export function chainsOfBody(body: string): ReadonlySet<string> {
  const chain = new Set<string>();
  const country = new Set<string>();
  for (const m of body.matchAll(CHAIN_WORD)) {
    const norm = m[0].toLowerCase();
    if (namesShopChain(norm, body, m.index, m.index + m[0].length)) chain.add(norm);
    else country.add(norm);
  }
  for (const norm of country) chain.delete(norm);
  return chain;
}
