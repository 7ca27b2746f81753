import type { Entity } from '../schema.js';
import type { TagDocument } from '../text/document.js';

/**
 * A firm bought, told with the everyday verbs of buying (wild49 T1): "Kimberly-Clark to buy Tylenol maker Kenvue in
 * $48.7 billion deal", "Berkshire Hathaway bought OxyChem for $9.7 billion", "agreed to purchase Verona Pharma",
 * "completed its purchase of U.S. Steel", "agreed to combine with Norfolk Southern in an $85 billion deal", "the
 * bidding war for Warner Bros". The lexicon's merger words (acquire, takeover, merger) miss them, so an M&A desk's
 * every headline had no merger or acquisition topic.
 *
 * The verb, then at most three words (a maker of what, "rival", "fellow", "the"), then an organisation the entity
 * recogniser found, in the headline or the lead. The sentence must tell a deal: an amount of money, a "deal", an
 * agreement, an offer or a bid; the noun forms ("its purchase of", "bidding war for") tell it themselves. Investors
 * who "bought Nvidia" after its results, shares bought back, bonds, oil and tickets bought, or jets bought from a
 * maker ("buy 150 Boeing jets") are no firm changing hands: the words between hold no count and the firm is not
 * followed by its goods or its shares. Nor is a firm that sells ("bought from Mellon Bank", "a purchase agreement
 * with PNB"): the words between name no seller, agreement or order. Nor is a family's name in the plural possessive
 * ("agreed to buy the Okafors' farmhouse", "bought the Hendersons' cottage": read52 R6): a firm is "Lloyds'" without
 * "the", a family "the Smiths'".
 */
const BUYING =
  /\b(?:(buy|buys|buying|bought|purchase|purchases|purchased|purchasing|snap(?:s|ped)? up|combine with|combining with|merge with|merging with)|((?:complet|clos|finali[sz])(?:e|es|ed|ing) (?:its|the|their|a) (?:purchase|acquisition|takeover|buyout) of|(?:its|the|their) purchase of|bidding war for))\s+((?:[\w.'&-]+\s+){0,3}?)$/i;
/** A count or a market's goods between the verb and the firm: "buy 150 Boeing jets", "bought shares in Apple". */
const NOT_A_FIRM_BETWEEN =
  /\d|\b(?:shares?|stocks?|stakes?|bonds?|notes|debt|oil|gas|back|more|dollars|euros|tickets|time|products?|goods|from|with|through|via|by|on|at|agreements?|orders?|contracts?)\b/i;
/** The firm's goods or shares after its name: "Boeing jets", "Apple shares", "Tesla cars". */
const GOODS_AFTER =
  /^(?:'s?\s+|\u2019s?\s+)?(?:jets?|planes?|aircraft|airliners|helicopters|shares?|stocks?|bonds?|notes|debt|products?|goods|cars?|vehicles?|trucks?|phones?|handsets?|chips?|devices?|engines?|tickets?|oil|gas|crude|fuel|equipment|systems|weapons|stores|outlets)\b/i;
/** What tells a deal in the sentence: money, a deal, an agreement, an offer, a bid. */
const DEAL_TOLD =
  /[$\u20AC\u00A3\u00A5]\s?\d|\b\d[\d.,]*\s*(?:billion|million|trillion|bn|mln|m)\b|\b(?:deal|agree(?:s|d|ment)?|offer(?:s|ed)?|bid|bids|all-cash|all-stock|cash-and-stock)\b/i;
/** A family's plural possessive after its name, and "the" before it: "the Okafors' farmhouse". */
const FAMILY_POSSESSIVE_AFTER = /^['\u2019](?![sS]\b)/;
const THE_BEFORE = /\bthe\s+$/i;

/** The name [start, end) is a family's, "the <Name>s'": no firm. */
function familyPlural(text: string, start: number, end: number): boolean {
  return (
    text.charCodeAt(end - 1) === 115 && // s
    FAMILY_POSSESSIVE_AFTER.test(text.slice(end, end + 2)) &&
    THE_BEFORE.test(text.slice(Math.max(0, start - 5), start))
  );
}

/** A run of white space in the quoted words (a hard-wrapped wire story's line breaks). */
const WHITE_SPACE = /\s+/g;
/** How far before a firm's name the verb may stand: three words and the verb. */
const REACH = 80;

/** The firm bought, in one field's sentence [from, to): its words from the verb to the end of the name. */
function firmBoughtIn(
  text: string,
  from: number,
  to: number,
  mentions: readonly [number, number][],
): string | undefined {
  let dealTold: boolean | undefined;
  for (const [start, end] of mentions) {
    if (start < from || end > to) continue;
    const before = text.slice(Math.max(from, start - REACH), start);
    const m = BUYING.exec(before);
    if (!m) continue;
    if (
      NOT_A_FIRM_BETWEEN.test(m[3] ?? '') ||
      GOODS_AFTER.test(text.slice(end, end + 24).trimStart()) ||
      familyPlural(text, start, end)
    )
      continue;
    // The noun forms tell a deal themselves; the verbs need the sentence to tell one.
    if (m[1] !== undefined) {
      dealTold ??= DEAL_TOLD.test(text.slice(from, to));
      if (!dealTold) continue;
    }
    return text.slice(start - before.length + m.index, end).replace(WHITE_SPACE, ' ');
  }
  return undefined;
}

/**
 * The headline or the lead tells of a firm bought with a verb of buying (see `BUYING`): a merger or acquisition as a
 * desk files it. Returns the words, quoted as written, or undefined.
 */
export function firmBoughtInTitleOrLead(
  doc: TagDocument,
  entities: readonly Entity[],
  lead: number,
): string | undefined {
  const title: [number, number][] = [];
  const body: [number, number][] = [];
  for (const entity of entities) {
    if (entity.type !== 'organization') continue;
    for (const m of entity.mentions) (m.field === 'title' ? title : body).push([m.start, m.end]);
  }
  if (title.length === 0 && body.length === 0) return undefined;
  const inTitle = firmBoughtIn(doc.title.text, 0, doc.title.text.length, title);
  if (inTitle) return inTitle;
  const sentence = doc.body.sentences[lead];
  return sentence && firmBoughtIn(doc.body.text, sentence.start, sentence.end, body);
}
