import type { Word } from './chunk.js';
import { FAMILY_NAMES_FIRST } from './lexicon.js';

/**
 * Family names beyond the shared list (lexicon.ts FAMILY_NAMES_FIRST), asked only before a hyphened word: Korean ones
 * ("Roh Tae-woo", "Ban Ki-moon"), and the Cantonese and Taiwanese spellings that Hong Kong's and Taipei's English press
 * and the wires write ("Chan Wai-man", "Tsang Yok-sing", "Hsu Li-teh"; wild52 X16).
 */
const FAMILY_NAMES_BEFORE_HYPHENED = new Set(
  `Chung Shin Kwon Hwang Ahn Jeon Yoo Baek Seo Moon Hong Oh Nam Son Bae Ko Noh Ha Yun Heo Jo Byun Kwak Ryu Sim Won
  Roh Ban Rhee Chan Wong Cheung Leung Lau Lam Lo Tsang Chow Yip Tse Kwok Fung Tung Szeto Mok Tam Yeung Kwan Chiu Fong
  Siu Poon Lai Mak Hsu Tsai Chiang Hsieh Kuo Chou Tseng Lien`
    .split(/\s+/)
    .filter(Boolean),
);

/** English prefixes before a hyphen ("Co-founder", "Ex-wife", "Mid-term"): a modifier's, no syllable of a name. */
const PREFIXES = new Set(
  'anti pro post pre mid non ex co re self sub semi multi inter over under full part half high low well long short all off out vice cyber'.split(
    ' ',
  ),
);

/** One capitalised syllable, a hyphen and a lower-case one: "Ji-young", "Min-jun", "Dong-young". */
const TWO_SYLLABLES = /^[A-Z][a-z]{1,4}-[a-z]{2,5}$/;

/**
 * "Park Ji-young", "Chung Dong-young", "Kim Min-jun": after a Korean or Chinese family name, a given name of
 * two syllables joined by a hyphen, even where the second is an English word or a month's abbreviation
 * ("young", "jun"), which would make the word a modifier ("UK-issued") elsewhere.
 */
export function isHyphenedGivenName(family: Word, next: Word): boolean {
  const core = next.core;
  // Cheap first: a hyphen at the third to sixth letter.
  const hyphen = core.indexOf('-');
  if (hyphen < 2 || hyphen > 5 || !TWO_SYLLABLES.test(core)) return false;
  if (!FAMILY_NAMES_FIRST.has(family.core) && !FAMILY_NAMES_BEFORE_HYPHENED.has(family.core)) return false;
  return !PREFIXES.has(next.lower.slice(0, hyphen)) && !MODIFIERS.has(next.lower.slice(hyphen + 1));
}

/** Short last parts that make a name a modifier ("Hong Kong-based", "Kim Jong-led"), no given name. */
const MODIFIERS = new Set('based born bound led run made style era held owned area'.split(' '));

/**
 * Whether a two-word name is a family name and a hyphened given name ("Moon Jae-in visited"): a person's name,
 * whatever its first word means alone (the moon, a park, a song).
 */
export function isKoreanStyleName(words: readonly Word[]): boolean {
  return words.length === 2 && isHyphenedGivenName(words[0]!, words[1]!);
}
