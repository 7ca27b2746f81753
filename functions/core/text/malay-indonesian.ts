/**
 * Indonesian and Malay share most of their words, and franc-min's trigram profiles tell them apart no
 * better than chance on news (a Jakarta wire read as Malay, a Kuala Lumpur one as Indonesian). Their
 * spelling and vocabulary still differ in words every news story uses: the government (pemerintah /
 * kerajaan), a company (perusahaan / syarikat), because (karena / kerana), after (setelah / selepas),
 * the United States (Amerika Serikat / Amerika Syarikat), Japan (Jepang / Jepun). The side with more
 * of its own words wins; with none of either, the trigram answer stands.
 */
const INDONESIAN_WORDS: ReadonlySet<string> = new Set(
  'karena uang bisa pemerintah pemerintahan serikat tiongkok polisi kabupaten provinsi jepang kantor setelah sesudah pernyataan perusahaan kemarin saat rapat saja'.split(
    ' ',
  ),
);
const MALAY_WORDS: ReadonlySet<string> = new Set(
  'kerana wang boleh kerajaan syarikat jepun polis pejabat selepas kenyataan mesyuarat semalam sahaja ialah lepas baharu hospital'.split(
    ' ',
  ),
);
const WORD = /\p{L}+/gu;

/** `best` ('ind' or 'zlm', as franc-min answers) or the other of the two, by the words of a lower-case sample. */
export function indonesianOrMalay(lowerCaseSample: string, best: 'ind' | 'zlm'): 'ind' | 'zlm' {
  let indonesian = 0;
  let malay = 0;
  for (const [word] of lowerCaseSample.matchAll(WORD)) {
    if (INDONESIAN_WORDS.has(word)) indonesian++;
    if (MALAY_WORDS.has(word)) malay++;
  }
  if (indonesian > malay) return 'ind';
  if (malay > indonesian) return 'zlm';
  return best;
}
