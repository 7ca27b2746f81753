import { fieldOf, type TagDocument } from '../text/document.js';
import type { CountryMention } from './mentions.js';

/**
 * "The Japan Fund Inc said it has received an unsolicited offer", "VBI Corp raised its stake in the France Fund Inc
 * <FRN>", "The Mexico Fund, Inc. (NYSE: MXF) declared a distribution": a listed investment fund named after the
 * country it invests in is a firm of the market it is listed on, no side of the story. In reuters-dev every story
 * naming a country only so (Japan Fund x3, France Fund x2, Italy Fund; 3 odd, 3 even) was indexed without it.
 * Measured (session 39, pairs39): country words inside other organisation names ("Bank of Japan", "Japan
 * Airlines", "Saudi Industrial Development Fund", "Russian Compensation Fund") are the country's as often as
 * not, so only this shape is dropped: the country's name right before "Fund", and the fund shown as listed at
 * least once (Inc, Ltd, PLC, a ticker). The country's own funds are not listed: "the Kuwait Fund for Arab
 * Economic Development", "Saudi Fund for Development", "Norway's sovereign wealth fund" keep their country.
 */
const FUND_AFTER = /^\s+(?:Fund|FUND)(?!\s+(?:for|FOR)\b)/;
/** The fund as a listed company: "Fund Inc", "Fund, Inc.", "FUND <JPN>", "Fund (NYSE: MXF)". */
const LISTED_AFTER =
  /^\s+(?:Fund|FUND)(?:,?\s+(?:Inc\b|INC\b|Incorporated|Ltd\b|LTD\b|Limited|PLC\b|plc\b)|\s*<[A-Z][A-Z.]{0,7}>|\s*\((?:[A-Za-z]+\s*:\s*)?[A-Z][A-Z.]{0,7}\))/;

export function withoutListedCountryFunds(doc: TagDocument, mentions: CountryMention[]): CountryMention[] {
  const funds = new Set<string>();
  for (const m of mentions) if (m.kind === 'name' && LISTED_AFTER.test(after(doc, m))) funds.add(m.code);
  if (funds.size === 0) return mentions;
  return mentions.filter((m) => !(funds.has(m.code) && m.kind === 'name' && FUND_AFTER.test(after(doc, m))));
}

function after(doc: TagDocument, m: CountryMention): string {
  return fieldOf(doc, m.field).text.slice(m.end, m.end + 40);
}
