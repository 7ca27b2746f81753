/**
 * A stock's ticker after its exchange (wild38a ★4): "Snowflake (NYSE: SNOW) gained 2%" listed weather for "snow".
 * The symbol is a code, no word of the story; the matcher skips it (match.ts `NAME_TITLE`). The exchange's name
 * ("NYSE") stays the markets' word.
 */
const EXCHANGE_TICKER =
  /\((?:NYSE(?: American| Arca)?|NASDAQ|Nasdaq|AMEX|LSE|TSX(?:-V)?|ASX|HKEX|SGX|NSE|BSE|JSE|TSE|OTC(?:QX|QB)?)\s*:\s*([A-Z][A-Z0-9.]{0,7})\)/g;

/** [start, end) of each ticker symbol written after its exchange, in text order. */
export function exchangeTickers(text: string): [number, number][] {
  if (!text.includes(':')) return [];
  const spans: [number, number][] = [];
  EXCHANGE_TICKER.lastIndex = 0;
  for (let m = EXCHANGE_TICKER.exec(text); m !== null; m = EXCHANGE_TICKER.exec(text)) {
    const symbol = m[1] ?? '';
    const start = m.index + m[0].lastIndexOf(symbol);
    spans.push([start, start + symbol.length]);
  }
  return spans;
}
