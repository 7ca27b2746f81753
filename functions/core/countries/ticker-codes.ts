import { codeUnitAt } from '../text/chars.js';
import { endsWithExchange } from '../text/exchange-tickers.js';

/** A firm's legal form and the opening bracket right before a bare ticker: "Corp (", "Inc. (". */
const LEGAL_FORM_BEFORE = /\b(?:Inc|Corp|Co|Ltd|Plc|PLC|Cos|Bancorp)\.? \($/;
/** An exchange's suffix and the closing bracket after a ticker's period: ".O)", ".N)", ".SA)". */
const SUFFIX_AFTER = /^\.[A-Z]{1,2}\)/;

/** Whether text[start, end) holds capitals only (letters A-Z, at least two). */
function capitalsOnly(text: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  for (let i = start; i < end; i++) {
    const c = codeUnitAt(text, i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/** Characters before a symbol read for its exchange: the longest name and its bracket, "(Bursa Malaysia: ". */
const EXCHANGE_LEAD_CHARS = 24;

/**
 * Whether the capitals text[start, end) are a stock's ticker, not a place: Reuters' "<CALI>", a code with its
 * exchange's suffix in brackets, "(CALI.O)", after an exchange's name, "(NYSE: JOS)", "(NASDAQ: TOGO)", or bare in
 * brackets after a firm's legal form, "Imperial Corp (ICA)" (wild55 B3:
 * "Calumet Industries <CALI> Sees Second-Quarter Loss" gave Colombia, "Jostens Inc. (NYSE: JOS)" Nigeria).
 */
export function tickerAt(text: string, start: number, end: number): boolean {
  if (start === 0 || end >= text.length || !capitalsOnly(text, start, end)) return false;
  const before = codeUnitAt(text, start - 1);
  const after = codeUnitAt(text, end);
  // "<CALI>", "<PHAB ST>".
  if (before === 60) return after === 62 || after === 32;
  if (before === 40 && after === 46) return SUFFIX_AFTER.test(text.slice(end, end + 4));
  if (after !== 41) return false;
  const lead = text.slice(Math.max(0, start - EXCHANGE_LEAD_CHARS), start);
  // "Imperial Corp (ICA)": a bare ticker in brackets right after a firm's legal form.
  return endsWithExchange(lead) || (before === 40 && LEGAL_FORM_BEFORE.test(lead));
}
