import type { TagDocument } from '../text/document.js';
import { lazyPattern } from '../text/lazy-pattern.js';
import { sentenceAt } from '../text/sentences.js';

/**
 * "The company will use the proceeds to … expand its customer base in Germany, the Netherlands and Poland", "Kelvane
 * said it was expanding into Germany, France and Spain": the markets a firm means to reach are where its news may
 * lead, not where it happens — a Norwegian firm's funding round had Germany, the Netherlands and Poland in focus with
 * Norway and paired them all (form56's press-release control). A country named there weighs as little as a firm's
 * seat and is no lead mention (resolve.ts), so the firm's own country leads. Only a firm's expansion: the verb with a
 * market or business as its object ("expand its sales", "expansion of its network"), or "expanding into" in a sentence
 * about a company; "the war expanding into Lebanon" is news of Lebanon.
 */
const EXPANSION_BEFORE =
  /\b(?:expand(?:s|ed|ing)?|expansion)(?:\s+(?:of\s+)?(?:its|their|our|the\s+company['\u2019]s|the\s+group['\u2019]s)\s+(?:[a-z-]+\s+){0,2}?(?:business(?:es)?|operations|presence|footprint|sales|network|services|reach|distribution|customer\s+base|client\s+base|market\s+share|offering|portfolio|retail|stores|offices|brand))?\s+(?:in|into|to|across|throughout)\s+(?:the\s+)?$/i;
/** The names already listed before a country in the same list ("Germany, the Netherlands and "). */
const LIST_BEFORE = lazyPattern(
  () =>
    /(?:\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){0,3}(?:,\s+|,?\s+and\s+|,?\s+or\s+)(?:the\s+)?)*$/u,
);
/** A company in the sentence: the subject of a firm's expansion. */
const FIRM_WORD =
  /\b(?:company|companies|firm|startup|start-up|maker|provider|retailer|chain|brand|bank|lender|insurer|group|Inc|Ltd|Corp|Co|LLC|plc|GmbH|AG|SA|NV|proceeds|customers|clients)\b/;
const OBJECT_BEFORE = /\s+(?:of\s+)?(?:its|their|our|the\s+company['\u2019]s|the\s+group['\u2019]s)\s/;
const LOOK_BACK = 160;
/**
 * "The plant also builds engines shipped to Canada", "The mill produces steel sold in Asia": where the goods a plant
 * or firm makes go is its market too, no side of its news (review61: a Michigan plant's job cuts had Canada in focus,
 * paired with Mexico, where the model's production was moving). The making verb comes first, then what is made and
 * the participle that sends it; "Germany approved arms shipped to Ukraine" makes nothing. Only after the lead: a lead
 * that sends goods somewhere is news of that trade ("Chinese factories made solar panels shipped to the United States
 * at a record pace").
 */
const MADE_GOODS_TO =
  /\b(?:builds?|built|makes?|made|produces?|produced|assembles?|assembled|manufactures?|manufactured)\s+(?:[\w,.%-]+\s+){1,5}?(?:shipped|exported|sold|sent|delivered|supplied|bound|destined)\s+(?:to|for|in|into|across|throughout)\s+(?:the\s+)?$/;
/** A word of expansion or of goods sent, anywhere in the body, asked once a story before reading any mention's clause. */
const MARKET_WORD = /\bexpan(?:d|sion)|\b(?:shipped|exported|sold|sent|delivered|supplied|bound|destined)\b/i;

/** Whether the body speaks of expanding or of goods sent at all. */
export function tellsOfMarkets(doc: TagDocument): boolean {
  return MARKET_WORD.test(doc.body.text);
}

/**
 * Whether the country mention at `start` in the body names a market: one a firm means to expand into, or one the
 * goods it makes are sent to after the lead (which ends at `leadEnd`).
 */
export function isMarketTarget(doc: TagDocument, start: number, leadEnd: number): boolean {
  const text = doc.body.text;
  const sentence = sentenceAt(doc.body.sentences, start);
  const from = Math.max(sentence?.start ?? 0, start - LOOK_BACK);
  const before = text.slice(from, start);
  const list = LIST_BEFORE.exec(before);
  const head = list ? before.slice(0, list.index) : before;
  if (start >= leadEnd && MADE_GOODS_TO.test(head)) return true;
  const verb = EXPANSION_BEFORE.exec(head);
  if (!verb) return false;
  if (OBJECT_BEFORE.test(verb[0])) return true;
  const end = sentence?.end ?? text.length;
  return FIRM_WORD.test(text.slice(sentence?.start ?? from, end));
}
