import type { TagDocument } from '../text/document.js';
import { walkoutWordsNamed } from './walkout-words.js';

/** The labour desk's words for a strike: "strike", "strikes", "striking" (senses.ts, the walkout row). */
const STRIKE_WORD = /\b(?:strike|strikes|striking)\b/gi;
/**
 * Striking a deal, a balance or a tone is making one (review62 ★3): "close to striking a coalition deal", "after
 * striking an amnesty deal with Catalan separatists", "strikes a conciliatory tone" — up to two words between the
 * article and what is struck.
 */
const STRIKING_A_DEAL =
  /\b(?:strike|strikes|striking)\s+(?:a|an|the|their|its|his|her)\s+(?:[\w'-]+\s+){0,2}?(?:deal|deals|agreement|accord|bargain|compromise|truce|pact|balance|chord|note|tone|pose|blow)\b/gi;
/**
 * Striking oil, gas or gold is finding it ("the explorer is striking oil at a second well", "Minnow strikes oil in
 * Namibia", "strike it rich"), unless the find word qualifies who strike: "striking oil workers", "striking gold
 * miners", "striking oil-field staff".
 */
const STRIKING_A_FIND =
  /\b(?:strike|strikes|striking)\s+(?:(?:oil|gas|gold|silver|copper|coal|diamonds|crude|pay\s?dirt)(?![\w-])(?!\s+(?:workers?|employees|staff|drillers|miners|unions?|engineers|crews?|drivers|truckers|tanker\w*|hands|labou?rers|contractors|fields?|rigs?|platforms?|sector|industry|compan(?:y|ies)|firms?|producers|refiner(?:y|ies)|plants?|terminals?|ports?|pipelines?|depots?)\b)|it\s+rich\b)/gi;

/**
 * Some strike word of the story is not a deal, a balance or a tone that is struck, nor oil or gold found: a walkout
 * may be told. A story whose only "striking" is "striking a coalition deal" or "striking oil" tells none; and one
 * that strikes oil calls the find "the strike" again ("the minister announced the strike"), so there a walkout needs
 * its workers, union or pay beside a strike word (walkout-words.ts).
 */
export function strikesOfWork(doc: TagDocument): boolean {
  const texts = [doc.title.text, doc.body.text];
  const finds = texts.reduce((n, text) => n + count(text, STRIKING_A_FIND), 0);
  const otherStrikes = texts.some(
    (text) => count(text, STRIKE_WORD) > count(text, STRIKING_A_DEAL) + count(text, STRIKING_A_FIND),
  );
  return otherStrikes && (finds === 0 || walkoutWordsNamed(doc));
}

function count(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.exec(text) !== null) n++;
  return n;
}
