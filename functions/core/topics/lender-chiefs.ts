import type { TagDocument } from '../text/document.js';

/**
 * The managing director of the IMF (wild39a ★6): "The IMF's Managing Director Kristalina Georgieva warned of debt
 * risks" listed business information .68 for "managing director", a company's officer in the lexicon. A managing
 * director is a company's unless the IMF, the International Monetary Fund, the Fund or the World Bank stands
 * right before the title or after its "of".
 */
const MANAGING_DIRECTOR = /\bmanaging directors?\b/gi;
const LENDER = String.raw`(?:IMF|International Monetary Fund|Fund|World Bank)`;
const LENDER_BEFORE = new RegExp(String.raw`\b${LENDER}(?:'s|\u2019s)?\s+(?:[Dd]eputy\s+|[Ff]irst\s+)?$`);
const LENDER_AFTER = new RegExp(String.raw`^\s+of\s+(?:the\s+)?${LENDER}\b`);

/** Every managing director the story names is a public lender's (the IMF's, the World Bank's). */
export function lenderChiefsOnly(doc: TagDocument): boolean {
  let some = false;
  for (const { text } of [doc.title, doc.body]) {
    if (!/anaging/i.test(text)) continue;
    MANAGING_DIRECTOR.lastIndex = 0;
    for (let m = MANAGING_DIRECTOR.exec(text); m !== null; m = MANAGING_DIRECTOR.exec(text)) {
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
      if (!LENDER_BEFORE.test(before) && !LENDER_AFTER.test(after)) return false;
      some = true;
    }
  }
  return some;
}
