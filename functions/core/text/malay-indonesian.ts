import { lazyPattern } from './lazy-pattern.js';

/**
 * Indonesian and Malay share most of their words, and franc-min's trigram profiles tell them apart no
 * better than chance on news (a Jakarta wire read as Malay, a Kuala Lumpur one as Indonesian). Their
 * spelling and vocabulary still differ in words every news story uses: the government (pemerintah /
 * kerajaan), a company (perusahaan / syarikat), because (karena / kerana), after (setelah / selepas),
 * the United States (Amerika Serikat / Amerika Syarikat), Japan (Jepang / Jepun). The side with more
 * of its own words wins; with none of either, the trigram answer stands.
 */
const INDONESIAN_WORDS: ReadonlySet<string> = new Set(
  'karena uang bisa pemerintah pemerintahan serikat tiongkok polisi kabupaten provinsi jepang kantor setelah sesudah pernyataan perusahaan kemarin senin jumat diperkirakan korban'.split(
    ' ',
  ),
);
const MALAY_WORDS: ReadonlySet<string> = new Set(
  'kerana wang boleh kerajaan syarikat jepun polis pejabat selepas kenyataan mesyuarat sahaja baharu hospital isnin jumaat dijangka bersetuju seramai'.split(
    ' ',
  ),
);
const WORD = lazyPattern(() => /\p{L}+/gu);

/**
 * The languages whose trigram answer the words below decide: Indonesian and Malay, and Sundanese and
 * Javanese, which the trigrams give for Indonesian wires full of Javanese and Sundanese names.
 */
export const MALAY_OR_INDONESIAN: ReadonlySet<string> = new Set(['ind', 'zlm', 'sun', 'jav']);

/**
 * The language of a lower-case sample the trigrams read as `best` (one of MALAY_OR_INDONESIAN, as franc-min
 * answers): Indonesian or Malay by the words of each; Sundanese or Javanese stays unless two words or more
 * are Indonesian and none Malay.
 */
export function indonesianOrMalay(lowerCaseSample: string, best: string): string {
  let indonesian = 0;
  let malay = 0;
  for (const [word] of lowerCaseSample.matchAll(WORD)) {
    if (INDONESIAN_WORDS.has(word)) indonesian++;
    if (MALAY_WORDS.has(word)) malay++;
  }
  if (best === 'sun' || best === 'jav') return indonesian >= 2 && malay === 0 ? 'ind' : best;
  if (indonesian > malay) return 'ind';
  if (malay > indonesian) return 'zlm';
  return best;
}
