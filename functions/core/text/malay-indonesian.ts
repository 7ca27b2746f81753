import { lazyPattern } from './lazy-pattern.js';

/**
 * Indonesian and Malay share most of their words, and franc-min's trigram profiles tell them apart no
 * better than chance on news (a Jakarta wire read as Malay, a Kuala Lumpur one as Indonesian). Their
 * spelling and vocabulary still differ in words every news story uses: the government (pemerintah /
 * kerajaan), a company (perusahaan / syarikat), because (karena / kerana), after (setelah / selepas),
 * the United States (Amerika Serikat / Amerika Syarikat), Japan (Jepang / Jepun). The side with more
 * of its own words wins; with none of either, the trigram answer stands.
 */
// Weekdays and months the two spell apart (Kamis/Khamis, Maret/Mac, Agustus/Ogos), percent (persen/peratus),
// billion (miliar/bilion), health and finance (kesehatan/kesihatan, keuangan/kewangan), official and to open
// (resmi/rasmi), governor (gubernur/gabenor), a case (kasus/kes), graft (korupsi/rasuah), a victim
// (korban/mangsa), damaged (rusak/rosak), and the bodies and offices one country has: bupati, DPR, TNI, KPK, and
// the weather, disaster and rescue agencies BMKG, BNPB, Basarnas; Suruhanjaya, Persekutuan, Bomba (fire brigade).
// "pejabat" is no Malay word here: it is "office" in Malay and "an official" in Indonesian, common in both.
const INDONESIAN_WORDS: ReadonlySet<string> = new Set(
  'karena uang bisa pemerintah pemerintahan serikat tiongkok polisi kepolisian kabupaten provinsi kecamatan jepang kantor setelah sesudah pernyataan perusahaan kemarin senin kamis jumat maret juni juli agustus desember pekan persen miliar diperkirakan korban kesehatan keuangan resmi meresmikan kasus korupsi kejaksaan komisi ekspor impor inggris prancis dpr tni polri kpk bbm timnas kebijakan rupiah stadion parlemen anggaran cabai mobil sepeda mantan menemukan rp hektare lebaran pemilu gugatan konstitusi rusak bmkg bnpb basarnas'.split(
    ' ',
  ),
);
const MALAY_WORDS: ReadonlySet<string> = new Set(
  'kerana wang boleh kerajaan syarikat jepun polis selepas kenyataan mesyuarat sahaja baharu hospital isnin khamis jumaat ahad mac jun julai ogos disember peratus bilion dijangka bersetuju seramai kesihatan kewangan rasmi merasmikan gabenor kes rasuah mangsa suruhanjaya persekutuan eksport import inggeris perancis berbanding ringgit stadium parlimen belanjawan cili borong suspek motosikal jerebu teruk diarah rizab dagangan mengukuh kadar rayuan timbalan melawat hektar rosak bomba'.split(
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

/**
 * Function words and common news words of Indonesian and Malay (lower case, a-z, at most 8 letters) that
 * neither English nor the other languages the detector reads write as words, nor Javanese or Sundanese
 * (lan/jeung "and", saka/ti "from", taun "year", omah/imah "house", anyar "new"): "di" (also Italian and
 * Sundanese), "para" (Spanish), "lima" (Tagalog "five") and the words Sundanese and Javanese share with them
 * (harga, warga, pasar) are left out.
 */
export const MALAY_COMMON_WORDS: readonly string[] =
  'yang dan pada dari untuk dengan akan ini itu dalam oleh telah sudah juga atau tidak bahwa bahawa kepada tersebut sebagai setelah selepas karena kerana serta namun ialah adalah hingga sejak antara bagi kata menurut atas tahun orang rumah baru besar tiga empat kembali masih lebih mulai naik hilang ribuan puluhan persen peratus'.split(
    ' ',
  );

/** Shortest word counted by its affix ("katakan", "menolak", "katanya"): Turkish "bakan" (minister) is shorter. */
const MIN_AFFIXED_WORD = 6;
/**
 * The starts of verbs with the prefix "me-" as Indonesian and Malay write them before a vowel or a nasal
 * ("mengguncang", "menyerang", "menahan", "menuntut", "meletus", "meluas", "merusak"), and "ber-" before a
 * consonant English does not put there ("berhimpun", "bersidang", "berkata"). "mem-" (member, memory) and
 * "ber" + t or n (berth, Bernard) are English too, and left out, as are "menace" and "menagerie".
 */
const VERB_PREFIXES: readonly string[] =
  'meng meny mena mene meni meno menu mela mele meli melu mera meru berb berd berh berj berk berm berp bers beru'.split(
    ' ',
  );

/**
 * English words, mostly medical, that open like those verbs (read32 F14): "meningitis", "meniscus", "menopause",
 * "melanoma", "melatonin", "melancholy". Stems long enough to spare "meninggal", "meningkat" and "melanggar".
 */
const ENGLISH_ME_STEMS: readonly string[] =
  'meningi menisc menial menopau menorah melanom melanin melancho melaton melamin melange'.split(' ');

/**
 * Whether the lower-case a-z word `lower[start, end)` has an affix only Indonesian and Malay write: the verb
 * suffix "-kan" ("menaikkan"; Javanese writes "-ake", Sundanese "-keun"), the possessive "-nya" ("katanya",
 * "harganya"), or a verb prefix above. English has no such words in lower case.
 */
export function hasMalayAffix(lower: string, start: number, end: number): boolean {
  if (end - start < MIN_AFFIXED_WORD) return false;
  const affixed =
    lower.startsWith('kan', end - 3) ||
    lower.startsWith('nya', end - 3) ||
    (VERB_PREFIXES.some((prefix) => lower.startsWith(prefix, start)) &&
      !lower.startsWith('menac', start) &&
      !lower.startsWith('menag', start) &&
      !ENGLISH_ME_STEMS.some((stem) => lower.startsWith(stem, start)));
  return affixed && isAsciiLower(lower, start, end);
}

function isAsciiLower(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}
