/**
 * Countries the Chinese, Japanese and Korean press name by one character: 中美 (China and the US), 日米 (Japan
 * and the US), 한일 (Korea and Japan), 中方 (the Chinese side), 米 before a US body or firm (米政府, 米グーグル),
 * 俄 (Russia) in Chinese, 韓 美 北 in Korean headlines. A story about its home country names it this way more
 * than by its full name (中美经贸磋商, 日米交渉, 한일 셔틀외교), and lost it (wild40, finding 4).
 *
 * A hand list: i18n-iso-countries and CLDR give full names only (中国, 米国, 한국). Each character is also part
 * of other words (中 middle, 日 day, 米 rice, 美 beautiful, 한 one), so a character counts only where the
 * press writes it as a country: two or three of them joined before a word of relations between states
 * (关系, 会谈, 交渉, 首脳, 정상), one before "side" (方) or a state body (美军, 米政府, 露外務省), or after "to
 * visit", "toward", "stationed in" (访华, 对美). Each character is a mention of its own country.
 */
import { lazyPattern } from '../text/lazy-pattern.js';

/** The country of each abbreviation character, by language. */
const LETTERS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  zh: {
    中: 'CN',
    美: 'US',
    俄: 'RU',
    日: 'JP',
    韩: 'KR',
    朝: 'KP',
    英: 'GB',
    法: 'FR',
    德: 'DE',
    印: 'IN',
    乌: 'UA',
    华: 'CN',
  },
  ja: {
    日: 'JP',
    米: 'US',
    中: 'CN',
    韓: 'KR',
    朝: 'KP',
    露: 'RU',
    英: 'GB',
    仏: 'FR',
    独: 'DE',
    印: 'IN',
    豪: 'AU',
    台: 'TW',
  },
  ko: {
    한: 'KR',
    남: 'KR',
    미: 'US',
    일: 'JP',
    중: 'CN',
    북: 'KP',
    러: 'RU',
    韓: 'KR',
    美: 'US',
    日: 'JP',
    中: 'CN',
    北: 'KP',
    露: 'RU',
    英: 'GB',
  },
};

// Words of relations between states that a pair of abbreviations opens (中美关系, 日米首脳, 한미 정상).
const ZH_RELATIONS = '关系 会谈 会晤 峰会 经贸 贸易 磋商 两国 合作 首脑 元首 外长 冲突 对话 谈判 关税 战略';
const JA_RELATIONS = '関係 会談 首脳 交渉 外相 協議 同盟 貿易 関税 合意 両国 協力 対立 間';
const KO_RELATIONS = '정상 관계 회담 동맹 협력 외교 무역 관세 합의 공조 셔틀 전';
/** A Korean pair stands as a word of its own, or before a particle or a word of relations (한미의, 한일전). */
const KO_AFTER_PAIR = `[\\s,.\\u00b7]|$|[\\uc758\\uac04\\uc740\\ub294\\uc774\\uac00\\uc744\\ub97c\\uacfc\\uc640\\ub3c4\\uc5d0]|${KO_RELATIONS.split(' ').join('|')}`;
// State bodies and people a single abbreviation stands before (美军, 米政府, 露外務省).
const ZH_BODIES = '军 媒 政府 总统 财长 官员 国会';
const JA_BODIES = '政府 政権 大統領 軍 紙 当局 議会 側 企業 大手 外務省 国防省 外相 首相';
const alternatives = (words: string): string => words.split(' ').join('|');
/** Katakana after 米 opens the name of a US firm or place (米グーグル, 米ノースカロライナ州), but not ドル (dollar). */
const KATAKANA_NAME = '(?!\\u30c9\\u30eb)[\\u30a1-\\u30fa]';
const DIGIT = '0-9\\uff10-\\uff19';

/**
 * The patterns of each language: group 1 holds the abbreviation characters. Built the first time a text in
 * the language is read (an English article never builds them).
 */
const PATTERNS: Readonly<Record<string, RegExp>> = {
  zh: lazyPattern(
    () =>
      new RegExp(
        [
          // 中美经贸, not 南美/拉美 (the Americas), 9日中 (a date), 高中英语 (high-school English), 集中, 其中.
          `(?<![${DIGIT}南北拉如高初期集其当空心])([中美俄日韩朝英法德印乌]{2,3})(?=${alternatives(ZH_RELATIONS)})`,
          // 中方, 美方: the side of a state, not 方案 (a plan: 完美方案), 方式, 方法, 方面.
          '(?<![集其当空心之途家完])([中美俄日韩朝英乌])方(?![案式法向面便针位形程])',
          // 美军, 美政府: not 南美/北美, 完美 (perfect), 精美, 优美.
          `(?<![南北拉中欧完精优健赞华甜])(美)(?=${alternatives(ZH_BODIES)})`,
          // 俄 writes Russia alone (not in 俄罗斯, the full name, nor Ohio's 俄亥俄).
          '(?<!亥)(俄)(?![罗亥])',
          // 访华, 对美: to visit, toward, stationed in, come to China or the US (not 华盛顿, Washington; 华人).
          '(?<=[访驻来对赴涉])([华美])(?![盛人侨裔为元丽好食术洲容])',
        ].join('|'),
        'dgu',
      ),
  ),
  ja: lazyPattern(
    () =>
      new RegExp(
        [
          // 日米交渉, 日中韓首脳: not 9日中 (a date) nor 北米/南米/欧米.
          `(?<![${DIGIT}北南欧])([日米中韓朝露英仏独印豪台]{2,3})(?=${alternatives(JA_RELATIONS)})`,
          // 米政府, 米グーグル: not 北米 (North America), 南米, 中南米, 欧米, 新米 (new rice), 玄米, 白米, 精米.
          `(?<![北南中欧新古玄白精日])(米)(?=${KATAKANA_NAME}|${alternatives(JA_BODIES)})`,
          // 露外務省, 韓大統領: not 披露 (to announce), 暴露, 吐露, 露出.
          `(?<![披暴吐発結甘朝夜])([露韓])(?=${alternatives(JA_BODIES)})`,
        ].join('|'),
        'dgu',
      ),
  ),
  ko: lazyPattern(
    () =>
      new RegExp(
        [
          // 한미, 한일, 미중 as a word's start: not 북미 (North America), 한미약품 (a drug firm).
          `(?<![\\uac00-\\ud7a3])(\\ud55c\\ubbf8\\uc77c|\\ud55c\\uc911\\uc77c|\\ud55c\\ubbf8|\\ud55c\\uc77c|\\ud55c\\uc911|\\ud55c\\ub7ec|\\ubbf8\\uc911|\\ubbf8\\uc77c|\\ubbf8\\ub7ec|\\ubd81\\uc911|\\ubd81\\ub7ec|\\uc911\\ub7ec)(?=${KO_AFTER_PAIR})`,
          // 남북 (the two Koreas) before a word of their relations only: 남북전쟁 is the US Civil War.
          '(?<![\\uac00-\\ud7a3])(\\ub0a8\\ubd81)(?=\\s?(?:\\uad00\\uacc4|\\uc815\\uc0c1|\\ud68c\\ub2f4|\\ub300\\ud654|\\ud611\\ub825|\\uad50\\ub958|\\uad70\\uc0ac|\\ud569\\uc758|\\ud1b5\\uc77c))',
          // Korean headlines write countries in hanja: 韓美 정상, 北 미사일, 中 경제.
          '([韓美日中北露英]+)',
        ].join('|'),
        'dgu',
      ),
  ),
};

/** Whether `language` has abbreviations read here. */
export function readsAbbreviations(language: string): boolean {
  return language in PATTERNS;
}

/**
 * The country abbreviations of a text: [start, end, code] for each character, in text order. `text` has the
 * offsets of the field (script-key.ts keeps them).
 */
export function abbreviationSpans(text: string, language: string): [number, number, string][] {
  const pattern = PATTERNS[language];
  const letters = LETTERS[language];
  if (!pattern || !letters) return [];
  const spans: [number, number, string][] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const group = m.findIndex((g, i) => i > 0 && g !== undefined);
    const span = m.indices?.[group];
    const run = m[group];
    if (!span || !run) continue;
    const codes = [...run].map((c) => letters[c]);
    // 中中, 美美: a pair names two countries.
    if (codes.some((c, k) => !c || codes.indexOf(c) !== k)) continue;
    // Korean hangul is one code unit a syllable, as are the hanja read here: character k is at span[0] + k.
    for (let k = 0; k < codes.length; k++) spans.push([span[0] + k, span[0] + k + 1, codes[k]!]);
  }
  return spans;
}
