import { type TagDocument, toldIn } from '../text/document.js';
import { textBeside } from './text-beside.js';

/**
 * The managing director of the IMF (wild39a ★6): "The IMF's Managing Director Kristalina Georgieva warned of debt
 * risks" listed business information .68 for "managing director", a company's officer in the lexicon. A managing
 * director is a company's unless the IMF, the International Monetary Fund or the World Bank stands right before the
 * title or after its "of"; "the Fund" counts only in a story that names the IMF (read39: "Elliott Fund's managing
 * director" runs a hedge fund).
 */
const MANAGING_DIRECTOR = /\bmanaging directors?\b/gi;
const IMF_NAMED = /\bIMF\b|International Monetary Fund/;

function lenderPatterns(lenders: string): readonly [before: RegExp, after: RegExp] {
  return [
    new RegExp(String.raw`\b${lenders}(?:'s|\u2019s)?\s+(?:[Dd]eputy\s+|[Ff]irst\s+)?$`),
    new RegExp(String.raw`^\s+of\s+(?:the\s+)?${lenders}\b`),
  ];
}
const LENDERS = lenderPatterns('(?:IMF|International Monetary Fund|World Bank)');
/** With the IMF named: the Fund is the IMF. */
const LENDERS_AND_FUND = lenderPatterns(
  String.raw`(?:IMF|International Monetary Fund|World Bank|[Tt]he\s+Fund)`,
);

/** Every managing director the story names is a public lender's (the IMF's, the World Bank's). */
export function lenderChiefsOnly(doc: TagDocument): boolean {
  let some = false;
  const [lenderBefore, lenderAfter] = toldIn(doc, IMF_NAMED) ? LENDERS_AND_FUND : LENDERS;
  for (const { before, after } of textBeside(doc, MANAGING_DIRECTOR, 40, 40)) {
    if (!lenderBefore.test(before) && !lenderAfter.test(after)) return false;
    some = true;
  }
  return some;
}
