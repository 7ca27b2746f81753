import type { FieldText } from '../text/document.js';
import { lazyPattern } from '../text/lazy-pattern.js';
import { WordMemo } from '../text/vocabulary.js';
import type { CountryMention } from './mentions.js';

/**
 * "The naira weakened", "The ringgit firmed", "Net profit rose to ₹7,364 crore": the home press names its
 * own currency without its country, and a currency of one country says where the money is. Each such
 * word or sign is a mention of its country, weighed as a currency ("Canadian dollar": little, never a
 * headline mention, and a party to no pair: pairs.ts `isCurrencyMention`). Not read: the dollar, pound,
 * franc, dinar, riyal, which name too many. A currency shared by neighbours is read as the one the story
 * names otherwise (a rupee in a story naming Pakistan is Pakistan's; the lira of a story naming Italy is
 * the old Italian lira; "Sh" and the shilling of a story naming Tanzania are Tanzanian), else as the
 * larger one's (the Kenyan shilling, the Indian rupee); the peso only as the one the story names
 * otherwise, and "¥" as the yuan only where the story writes "yuan", "renminbi" or "RMB". The currency a
 * price is quoted in ("against the yen", "per yen") is no place of the story.
 */

interface Currency {
  /** The country it is read as when the story names none of `others` ('' for none: "the peso"). */
  readonly code: string;
  /** Countries sharing the name: the one the story names otherwise is meant. */
  readonly others?: readonly string[];
}

const RUPEE: Currency = { code: 'IN', others: ['PK', 'LK', 'NP', 'MU', 'SC'] };
// "Sh42.8 billion", "the shilling": the Kenyan press's, unless the story names Tanzania, Uganda or Somalia.
const SHILLING: Currency = { code: 'KE', others: ['TZ', 'UG', 'SO'] };
// "The peso weakened": a dozen countries' money; only the one the story names otherwise (or files from).
const PESO: Currency = { code: '', others: ['MX', 'PH', 'AR', 'CL', 'CO', 'UY', 'DO', 'CU'] };
// "¥155": the yen, or the yuan in a story that writes "yuan", "renminbi" or "RMB" (see yenOrYuan).
const YEN_SIGN: Currency = { code: 'JP' };

/** Words in lower case; "won" and "rand" only after "the", a number or a scale word (below). */
const WORDS: ReadonlyMap<string, Currency> = new Map([
  ['naira', { code: 'NG' }],
  ['ringgit', { code: 'MY' }],
  ['rupiah', { code: 'ID' }],
  ['baht', { code: 'TH' }],
  ['yen', { code: 'JP' }],
  ['yuan', { code: 'CN' }],
  ['renminbi', { code: 'CN' }],
  ['won', { code: 'KR' }],
  ['rand', { code: 'ZA' }],
  ['lira', { code: 'TR', others: ['IT', 'MT'] }],
  ['rupee', RUPEE],
  ['rupees', RUPEE],
  ['shekel', { code: 'IL' }],
  ['shekels', { code: 'IL' }],
  ['zloty', { code: 'PL' }],
  ['forint', { code: 'HU' }],
  ['hryvnia', { code: 'UA' }],
  ['rouble', { code: 'RU' }],
  ['roubles', { code: 'RU' }],
  ['ruble', { code: 'RU' }],
  ['rubles', { code: 'RU' }],
  ['cedi', { code: 'GH' }],
  ['cedis', { code: 'GH' }],
  ['taka', { code: 'BD' }],
  ['kyat', { code: 'MM' }],
  ['shilling', SHILLING],
  ['shillings', SHILLING],
  ['peso', PESO],
  ['pesos', PESO],
  // Signs and short forms before an amount ("₹7,364 crore", "RM1.2 billion", "Rs 500 crore", "KSh 3bn").
  ['₹', RUPEE],
  ['₦', { code: 'NG' }],
  ['₩', { code: 'KR' }],
  ['₺', { code: 'TR' }],
  ['₴', { code: 'UA' }],
  ['₽', { code: 'RU' }],
  ['₪', { code: 'IL' }],
  ['₱', { code: 'PH' }],
  ['₫', { code: 'VN' }],
  ['¥', YEN_SIGN],
  ['rm', { code: 'MY' }],
  ['rs', RUPEE],
  ['ksh', { code: 'KE' }],
  ['rp', { code: 'ID' }],
  ['sh', SHILLING],
  // "NZ$300 million", "A$50 million", "HK$2 billion": a dollar marked as one country's (not "US$", which
  // prices goods anywhere).
  ['nz$', { code: 'NZ' }],
  ['a$', { code: 'AU' }],
  ['c$', { code: 'CA' }],
  ['hk$', { code: 'HK' }],
  ['s$', { code: 'SG' }],
  ['nt$', { code: 'TW' }],
]);
/** The token before the "$" of a marked dollar (tokens.ts splits "NZ$300" into "NZ", "$", "300"). */
const DOLLAR_MARKS: ReadonlyMap<string, string> = new Map([
  ['NZ', 'nz$'],
  ['A', 'a$'],
  ['C', 'c$'],
  ['HK', 'hk$'],
  ['S', 's$'],
  ['NT', 'nt$'],
]);

// "RM1.2 billion", "KSh3bn": a short form is glued to its amount.
const SHORT_FORM = /^(?:RM|Rs|KSh|Ksh|Rp|Sh)(?=\d|$)/;
// "the won", "12.1 trillion won", "5,000 won", "a weaker rand": a noun, not "the team that won" or "Ayn Rand".
const NOUN_BEFORE =
  /(?:\bthe|\d[,.]\d+|\b(?:million|billion|trillion|crore|lakh|mln|bln)|\b(?:weaker|stronger))\s+$/i;
// "a yen for travel": a longing, not the currency.
const LONGING_BEFORE = /\ban?\s+$/i;
// "against the yen", "per yen", "into rupees": the currency a price is quoted in (pairs.ts reads it too).
export const QUOTED_BEFORE = /\b(?:against|versus|vs\.?|per|into)\s+(?:the\s+)?$/i;
// A capitalised word opens a headline or a sentence only before a verb in lower case ("Rupee falls to
// record low"); else it is a name ("Rand Paul", "Donnie Yen", "Lira" in Uganda).
const CAPITALISED_OK = new Set([
  'naira',
  'ringgit',
  'rupiah',
  'baht',
  'yen',
  'yuan',
  'renminbi',
  'rupee',
  'peso',
]);
// Rarely run: made on first use (text/lazy-pattern.ts).
const VERB_AFTER = lazyPattern(() => /^\s\p{Ll}/u);
const AMOUNT_AFTER = /^\.?\s?\d/;
const SHORT_FORMS = new Set(['rm', 'rs', 'ksh', 'rp', 'sh', 'nz$', 'a$', 'c$', 'hk$', 's$', 'nt$']);
const SIGNS = new Set(['₹', '₦', '₩', '₺', '₴', '₽', '₪', '₱', '₫', '¥']);
const YUAN_WORD = /\b(?:yuan|renminbi|RMB|CNY)(?![A-Za-z])/;

/** The currency a token may name, by vocabulary number: its key in WORDS, or '' (most tokens). */
const tokenKeys = new WordMemo<string>();

function keyOfToken(text: string): string {
  const c = text.charCodeAt(0);
  if (c >= 0x20a0 || c === 0xa5) return SIGNS.has(text) ? text : '';
  const dollar = DOLLAR_MARKS.get(text);
  if (dollar) return dollar;
  const short = SHORT_FORM.exec(text);
  if (short) return short[0].toLowerCase();
  const word = (text.endsWith("'s") || text.endsWith('’s') ? text.slice(0, -2) : text).toLowerCase();
  return WORDS.has(word) ? word : '';
}

/**
 * Mentions of the countries of the currencies a field names; `found` are the story's other mentions and
 * `filedFrom` its dateline country, which settle a currency of several countries.
 */
export function currencyMentions(
  field: FieldText,
  found: readonly CountryMention[],
  filedFrom: string | undefined,
): CountryMention[] {
  const { text, tokens, wordIds } = field;
  const memo = tokenKeys.current();
  let out: CountryMention[] | undefined;
  for (let t = 0; t < tokens.length; t++) {
    const id = wordIds[t] ?? 0;
    let key = memo.get(id);
    if (key === undefined) key = memo.set(id, keyOfToken(tokens[t]!.text));
    if (!key) continue;
    const token = tokens[t]!;
    const start = token.start;
    const sign = SIGNS.has(key);
    const shortForm = sign || SHORT_FORMS.has(key);
    const end = shortForm && !sign ? start + key.length : start + keyLength(token.text);
    const surface = text.slice(start, end);
    if (shortForm) {
      // A marked dollar's "$" follows its mark at once: "NZ$300", not "NZ 300" or "grade A 5".
      if (key.endsWith('$') && text.charCodeAt(token.end) !== 36) continue;
      if (!AMOUNT_AFTER.test(text.slice(end, end + 3))) continue;
    } else if (surface !== key) {
      // Capitalised: only a few, and only before a verb ("Rupee falls"); never in capitals ("YEN").
      if (!CAPITALISED_OK.has(key) || surface === surface.toUpperCase()) continue;
      if (!VERB_AFTER.test(text.slice(end, end + 2))) continue;
    }
    const before = text.slice(Math.max(0, start - 24), start);
    if ((key === 'won' || key === 'rand') && !NOUN_BEFORE.test(before)) continue;
    if (key === 'yen' && LONGING_BEFORE.test(before)) continue;
    if (QUOTED_BEFORE.test(before)) continue;
    const currency = WORDS.get(key)!;
    const code =
      key === '¥' && YUAN_WORD.test(text)
        ? 'CN'
        : (currency.others?.find((c) => c === filedFrom || found.some((m) => m.code === c)) ?? currency.code);
    if (!code) continue;
    out ??= [];
    out.push({
      code,
      kind: 'demonym',
      field: field.field,
      start,
      end,
      text: surface,
      ambiguous: false,
      currency: true,
      needsConfirmation: false,
    });
  }
  return out ?? NONE;
}

const NONE: CountryMention[] = [];

/** The currency word of a token without its possessive ("yen's" → 3). */
function keyLength(text: string): number {
  return text.endsWith("'s") || text.endsWith('’s') ? text.length - 2 : text.length;
}

// Every surface a currency mention can have: the words in lower case, the capitalised ones, the short forms
// as written and the signs. Looked up as written: pairs.ts asks this of every mention of every story.
const CURRENCY_TEXTS: ReadonlySet<string> = new Set([
  ...[...WORDS.keys()].filter((k) => !SHORT_FORMS.has(k)),
  ...[...CAPITALISED_OK].map((k) => k[0]!.toUpperCase() + k.slice(1)),
  'RM',
  'Rs',
  'KSh',
  'Ksh',
  'Rp',
  'Sh',
  'NZ$',
  'A$',
  'C$',
  'HK$',
  'S$',
  'NT$',
]);

/** Whether a country's mention is a currency read by `currencyMentions` ("naira", "₹"): a party to nothing. */
export function isCurrencyMention(text: string): boolean {
  return CURRENCY_TEXTS.has(text);
}
