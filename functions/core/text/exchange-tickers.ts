/**
 * A stock's ticker written after its exchange's name, "(NYSE: SNOW)", "(ASX: BHP)", "(Euronext: AIR)": a code, no
 * word of the story. The topics' matcher skips the symbol (wild38a ★4: "Snowflake (NYSE: SNOW) gained 2%" listed
 * weather for "snow"; match.ts `NAME_TITLE`), and a symbol spelled like a place names none (countries/ticker-codes.ts;
 * wild55 B3: "Jostens Inc. (NYSE: JOS)" gave Nigeria). The exchange's name ("NYSE") stays the markets' word.
 */

/**
 * Exchanges by the names copy writes before a ticker: the American, Canadian, European, Asian, Gulf, African and
 * Latin American ones, as wires, press releases and finance sites name them, with the codes of finance sites
 * (MarketBeat's "OTCMKTS", "NYSEAMERICAN"; Google Finance's "LON", "FRA", "EPA", "BIT", "KLSE"; read56: "(OTCMKTS:
 * CUBA)" gave Cuba). Only these: "(Source: UK)" is no ticker.
 */
const EXCHANGES =
  'NYSE(?: ?American| ?AMERICAN| ?Arca| ?ARCA|MKT)?|NASDAQ|Nasdaq|AMEX|Cboe|OTC(?:QX|QB|MKTS| Markets| Pink)?|LSE|LON|AIM|TSX(?:-V| Venture)?|TSXV|CVE|CSE|NEO|Euronext|Xetra|ETR|FRA|EPA|AMS|EBR|ELI|BIT|BME|STO|CPH|HEL|OSL|ICE|VIE|SIX|SWX|OMX|WSE|ASX|NZX|HKEX|SEHK|HKG|SGX|NSE|BSE|JSE|TSE|TYO|KRX|KOSDAQ|TWSE|TPE|SSE|SZSE|SHA|SHE|IDX|SET|PSE|Bursa(?: Malaysia)?|KLSE|TASE|Tadawul|ADX|DFM|QSE|EGX|NGX|BMV|BVMF|B3';

const EXCHANGE_TICKER = new RegExp(`\\((?:${EXCHANGES})\\s*:\\s*([A-Z][A-Z0-9.]{0,7})\\)`, 'g');

/** An exchange's name after an opening bracket, and its colon, at the end of the text read: "(NYSE: ", "(Nasdaq:". */
const EXCHANGE_BEFORE = new RegExp(`\\(\\s*(?:${EXCHANGES})\\s*:\\s*$`);

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

/** Whether `lead` (the text right before a symbol) ends with an exchange's name and its colon after a bracket. */
export function endsWithExchange(lead: string): boolean {
  return EXCHANGE_BEFORE.test(lead);
}
