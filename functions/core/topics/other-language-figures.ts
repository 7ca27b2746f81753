import { entryMatches } from './list-entry.js';

/**
 * Entries of the other-language lists (data/topics/other-languages.json) used as a figure of speech, told apart by the
 * word beside them: a price war or a trade war is no war ("guerre des prix", "guerra comercial", "wojna cenowa",
 * "Preiskrieg", "perang harga"), a heart attack no attack ("attaque cardiaque", "ataque card\u00edaco", "atak serca",
 * "serangan jantung"), and in Indonesian and Malay a flood of discounts or criticism ("banjir diskon", "banjir
 * kritik"), a storm or tsunami of layoffs or imports ("badai PHK", "tsunami impor"), a time bomb ("bom waktu"), a
 * vote-buying "dawn attack" ("serangan fajar") and a vehicle that breaks down ("truk mogok", "KRL mogok": "mogok" is
 * also a strike). Such a word names not its own desk there but the figure's, where it has one: a price war and a
 * flood of discounts are business, a heart attack is health, a dawn attack politics, a storm of layoffs labour (read32 F7).
 */
type FigureDesk = 'economy' | 'health' | 'politics' | 'labour';

interface Figure {
  /** The desk the figure names, if any. */
  readonly desk?: FigureDesk;
  /** The words right after the entry that make it a figure; several words are written with spaces, an opening with '*'. */
  readonly after?: readonly string[];
  /** The words right before it. */
  readonly before?: readonly string[];
  /** Words before those `before` words that undo the figure: the drivers of the vehicle ("sopir angkot mogok" strike). */
  readonly unlessBefore?: readonly string[];
  /** For a part of a German compound ("~krieg"): the compound's openings that make it a figure ("Preiskrieg"). */
  readonly opening?: readonly string[];
  /**
   * One sense per story: words anywhere in it that make every occurrence of the entry the figure, as the figure read
   * once beside its own neighbour does ("Warga keberatan PBB naik … lonjakan PBB tahun ini": the second is the tax too).
   */
  readonly throughout?: readonly string[];
  /** Words right before the entry that keep its own sense all the same ("Sekjen PBB", "Dewan Keamanan PBB"). */
  readonly unlessAfter?: readonly string[];
}

const HEART = [
  'card\u00edaco',
  'cardiaco',
  'cardiaque',
  'al coraz\u00f3n',
  'do cora\u00e7\u00e3o',
  'di cuore',
  'serca',
];
const PANIC = ['de p\u00e2nico', 'de p\u00e1nico', 'de panique', 'di panico', 'paniki'];
const PRICE_WARS = ['de precios', 'de pre\u00e7os', 'des prix', 'dei prezzi', 'cenow*'];
const TRADE_WARS = [
  'comercial',
  'commerciale',
  'commerciales',
  'arancelaria',
  'tarif\u00e1ria',
  'tarifaire',
  'tariffaria',
];
const TARIFF_WARS = ['de tarifas', 'des tarifs', 'dei dazi', 'handlow*', 'celn*'];
/** A war of prices or trade, and a heart or panic attack, in French, Spanish, Portuguese, Italian and Polish. */
const WAR_OF_TRADE: readonly Figure[] = [
  { desk: 'economy', after: [...PRICE_WARS, ...TRADE_WARS, ...TARIFF_WARS] },
];
const ATTACK_OF_HEALTH: readonly Figure[] = [{ desk: 'health', after: [...HEART, ...PANIC] }];
/** Vehicles that break down ("mobil mogok"); a strike of their drivers names them too ("sopir angkot mogok"). */
const VEHICLES = [
  'truk',
  'mobil',
  'bus',
  'motor',
  'kendaraan',
  'mesin',
  'kereta',
  'krl',
  'mrt',
  'lrt',
  'angkot',
  'lift',
];
const DRIVERS = ['sopir', 'pengemudi', 'supir', 'awak', 'masinis', 'pemandu'];

/** What floods a market or a feed ("banjir diskon", "kebanjiran pesanan"): offers, orders and buyers are business. */
const FLOODED: readonly Figure[] = [
  {
    desk: 'economy',
    after: ['diskon', 'promo', 'pesanan', 'order*', 'pembeli', 'investor', 'impor', 'produk'],
  },
  {
    after: [
      'kritik',
      'pujian',
      'hujatan',
      'dukungan',
      'komentar',
      'hadiah',
      'penonton',
      'pengunjung',
      'pelamar',
    ],
  },
];

/**
 * In Indonesian "PBB" is the UN and also the land and building tax (Pajak Bumi dan Bangunan): raised, billed or paid
 * ("kenaikan PBB", "tarif PBB", "tagihan PBB", "bayar PBB", "PBB naik") it is the tax, a business word, not the UN's politics.
 */
const LAND_TAX: readonly Figure[] = [
  {
    desk: 'economy',
    before: [
      'tarif',
      'tagihan',
      'kenaikan',
      'pajak',
      'bayar',
      'membayar',
      'pembayaran',
      'setoran',
      'penerimaan',
      'realisasi',
      'sppt',
      'objek',
      'wajib',
      'denda',
      'pemutihan',
      'menaikkan',
    ],
    after: ['naik', 'terutang', 'p2'],
    // The tax office, the assessed value, the tax bill and the tax's full name.
    throughout: ['bapenda', 'njop', 'sppt', 'pbb-p2', 'bumi dan bangunan'],
    // The UN's organs, chief, envoys, forces and resolutions.
    unlessAfter: [
      'keamanan',
      'jenderal',
      'sekjen',
      'umum',
      'misi',
      'pasukan',
      'resolusi',
      'utusan',
      'badan',
      'dewan',
      'lembaga',
      'piagam',
      'sidang',
      'markas',
      'pelapor',
      'komisaris',
    ],
  },
];

const FIGURES: Readonly<Record<string, Readonly<Record<string, readonly Figure[]>>>> = {
  fr: { 'guerre*': WAR_OF_TRADE, 'attaqu*': ATTACK_OF_HEALTH },
  es: { 'guerra*': WAR_OF_TRADE, ataque: ATTACK_OF_HEALTH, ataques: ATTACK_OF_HEALTH },
  pt: { 'guerra*': WAR_OF_TRADE, 'ataque*': ATTACK_OF_HEALTH },
  it: { 'guerra*': WAR_OF_TRADE, 'attacc*': ATTACK_OF_HEALTH },
  pl: { 'wojn*': WAR_OF_TRADE, 'atak*': ATTACK_OF_HEALTH },
  de: { '~krieg': [{ desk: 'economy', opening: ['preis', 'handels', 'zoll'] }, { opening: ['rosen'] }] },
  id: {
    perang: [{ desk: 'economy', after: ['harga', 'dagang', 'tarif', 'diskon', 'promo'] }],
    serangan: [
      { desk: 'health', after: ['jantung', 'panik', 'asma'] },
      { desk: 'politics', after: ['fajar'] },
    ],
    banjir: FLOODED,
    kebanjiran: FLOODED,
    badai: [{ desk: 'labour', after: ['phk'] }, { after: ['kritik'] }],
    tsunami: [
      { desk: 'labour', after: ['phk'] },
      { desk: 'economy', after: ['impor'] },
    ],
    bom: [{ after: ['waktu'] }],
    mogok: [{ before: VEHICLES, unlessBefore: DRIVERS }],
    pbb: LAND_TAX,
  },
};

/** Whether the words from `from` on read `phrase` (words separated by spaces). */
function readsAt(words: readonly string[], from: number, phrase: string): boolean {
  return phrase.split(' ').every((want, k) => entryMatches(words[from + k], want));
}

/** The words of the figure as read from words[i] on (the entry and its neighbour), or undefined. */
function figureRead(figure: Figure, words: readonly string[], i: number): string | undefined {
  const after = figure.after?.find((phrase) => readsAt(words, i + 1, phrase));
  if (after) return words.slice(i, i + 1 + after.split(' ').length).join(' ');
  if (figure.opening?.some((opening) => words[i]?.startsWith(opening) ?? false)) return words[i];
  const before =
    (figure.before?.some((want) => entryMatches(words[i - 1], want)) ?? false) &&
    !(figure.unlessBefore?.some((want) => entryMatches(words[i - 2], want)) ?? false);
  return before ? `${words[i - 1]} ${words[i]}` : undefined;
}

/** A figure of speech as read: the desk it names, if any, and its words ("guerra de precios", "truk mogok"). */
export interface FigureRead {
  readonly desk?: FigureDesk;
  readonly words: string;
}

/**
 * The figure of speech that the list entry `entry`, read at words[i] (lower case, as the lists), makes in `language`
 * (the language whose list is read), if any.
 */
export function figureOfSpeechAt(
  language: string,
  entry: string,
  words: readonly string[],
  i: number,
  storyWords: () => readonly string[] = () => words,
): FigureRead | undefined {
  const figures = FIGURES[language]?.[entry] ?? [];
  for (const figure of figures) {
    const read = figureRead(figure, words, i);
    if (read) return { desk: figure.desk, words: read };
  }
  for (const figure of figures)
    if (figure.throughout && readThroughout(figure, entry, words, i, storyWords()))
      return { desk: figure.desk, words: words[i] ?? entry };
  return undefined;
}

/**
 * The story reads the entry as the figure elsewhere (one of the figure's own words, or the entry beside its neighbour)
 * and no word right before this occurrence keeps its own sense.
 */
function readThroughout(
  figure: Figure,
  entry: string,
  words: readonly string[],
  i: number,
  storyWords: readonly string[],
): boolean {
  if (figure.unlessAfter?.some((want) => entryMatches(words[i - 1], want))) return false;
  for (let j = 0; j < storyWords.length; j++) {
    if (figure.throughout?.some((phrase) => readsAt(storyWords, j, phrase))) return true;
    if (entryMatches(storyWords[j], entry) && figureRead(figure, storyWords, j) !== undefined) return true;
  }
  return false;
}
