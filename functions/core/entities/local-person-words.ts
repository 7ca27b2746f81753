import type { Entity, Mention } from '../schema.js';
import { isGivenName } from './lexicon.js';
import { slug } from './places.js';

/**
 * Indonesian and Malay write titles and the words of institutions and regions with capitals, so the
 * English recogniser glues them to names ("Presiden Joko Widodo", "Menteri Luar Negeri Sugiono") or reads
 * them as people ("Kabupaten Boyolali", "Nusa Tenggara Timur"). ISO 639-1 → the capitalised words that
 * open a title before a name (and "Menurut", "according to", which opens a sentence before one), of either
 * language. Words that are also given names (Agung, Hakim, Ratu, Raja, Sultan, Timur) are not listed:
 * "Agung Laksono".
 */
const TITLE_WORDS: ReadonlySet<string> = new Set(
  'Mantan Presiden Wakil Menteri Perdana Luar Negeri Dalam Gubernur Bupati Walikota Wali Ketua Kepala Jenderal Jeneral Panglima Direktur Utama Juru Bicara Menurut Sekretaris Irjen Brigjen Mayjen Letjen Kombes Kapolri Kapolda Kapolres Laksamana Marsekal Kapten Jaksa Duta Besar Pangeran Letnan Kolonel Komisaris Anggota Senator Pemimpin Pengamat Ekonom Timbalan Pengarah Setiausaha Datuk Tun'.split(
    ' ',
  ),
);
/** Titles of two words whose words are also given names ("Hakim Agung Sudrajad Dimyati", a Supreme Court judge). */
const TITLE_PHRASES: readonly string[] = ['Hakim Agung ', 'Jaksa Agung '];
/**
 * Words of places and institutions, of either language (a Malay story the words cannot tell from an
 * Indonesian one is read as Indonesian): a run holding one names no person ("Kabupaten", "Jabatan"; "Indeks Harga Saham
 * Gabungan", the Jakarta index, and "Bursa Efek Indonesia", its exchange: mendE44).
 */
const INSTITUTION_WORDS: ReadonlySet<string> = new Set(
  'Kabupaten Provinsi Kota Kecamatan Desa Kementerian Kantor Dewan Majelis Majlis Badan Komisi Komnas Mahkamah Partai Parti Universitas Universiti Institut Bank Pemerintah Kerajaan Pejabat Jabatan Jalan Pulau Kepulauan Gunung Sungai Danau Teluk Selat Tanjung Laut Daerah Istana Bandara Lapangan Pelabuhan Stasiun Terminal Stadion Stadium Piala Liga Museum Gedung Taman Candi Rumah Sekolah Masjid Gereja Pasar Negara Bandar Program Gerakan Indeks Bursa'.split(
    ' ',
  ),
);
/**
 * Weekdays, months and feasts of either language ("pada Sabtu", "Pada Minggu malam", "menjelang Natal", "Tahun
 * Baru"): capitalised, so the recogniser reads them as names; no run holding one is a person, and none alone is
 * a place ("Natal" is also a Brazilian city). April and Mei are left out: given names and a surname too.
 */
const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  'Senin Selasa Rabu Kamis Jumat Sabtu Minggu Isnin Khamis Jumaat Ahad Januari Februari Maret Mac Juni Jun Juli Julai Agustus Ogos September Oktober November Desember Disember Natal Lebaran Tahun'.split(
    ' ',
  ),
);
/** The languages whose titles and institution words these are. */
const LANGUAGES: ReadonlySet<string> = new Set(['id', 'ms']);
/**
 * A region's name: an island or province word, then a compass word ("Jawa Tengah", "Nusa Tenggara Timur",
 * "Sumatera Utara"). A person's name may follow the region in a title ("Gubernur Jawa Tengah Ganjar
 * Pranowo"); a compass word alone is no region ("Timur Pradopo", a police chief).
 */
const REGION_WORDS: ReadonlySet<string> = new Set([
  'Jawa',
  'Sumatera',
  'Sumatra',
  'Kalimantan',
  'Sulawesi',
  'Nusa',
  'Tenggara',
  'Papua',
  'Maluku',
  'Jakarta',
]);
const REGION_ENDS: ReadonlySet<string> = new Set([
  'Timur',
  'Barat',
  'Utara',
  'Selatan',
  'Tengah',
  'Tenggara',
  'Laut',
]);
/** The prepositions of place after which a name has ended: "Anthony Albanese di Canberra", "ke Jakarta". */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['di', 'ke', 'dari']);
/**
 * The words of a ministry's or an office's portfolio after a title ("Menteri Keuangan", "Menteri Perdagangan",
 * "Kepala Kepolisian"): nouns made with ke-…-an, per-…-an or pe(n/m/ng)-…-an, which no personal name is, and
 * a few unaffixed ones ("Menteri Agama", "Menteri Sosial", "Menteri Koordinator Bidang Politik").
 */
const PORTFOLIO_NOUN = /^(?:Ke|Per|Pen|Pem|Peng)[a-z]{3,}an$/;
const PORTFOLIO_WORDS: ReadonlySet<string> = new Set(
  'Agama Sosial Hukum Energi Pariwisata Koordinator Bidang Politik Investasi Koperasi BUMN Negara'.split(' '),
);
/**
 * Words after which a capitalised run names the place or thing the head word opens, not a person: the
 * airport "Bandara Frans Seda", the stadium "Stadion Utama Gelora Bung Karno", "di Gelora Bung Karno".
 */
const QUALIFIERS: ReadonlySet<string> = new Set(['Utama', 'Nasional', 'Internasional']);

/**
 * A person the recogniser read in an Indonesian or Malay article, without the title before the name, the
 * region of the title, and the place after a preposition of place ("Anthony Albanese di Canberra");
 * undefined when the run names an institution or a region and no mention of it is a full name alone, or
 * when the cuts leave one word. Any other language's person is returned as read ("Alberto de Mónaco": "de"
 * is a name particle there).
 */
export function localPersonName(
  read: Entity,
  lang: string,
  fields: { readonly title: string; readonly body: string },
): Entity | undefined {
  if (!LANGUAGES.has(lang)) return read;
  const entity = withoutHeadWordMentions(read, fields);
  if (!entity) return undefined;
  const words = entity.name.split(' ');
  // "di Kelantan": a run the recogniser opened with a preposition of place names a place, not a person.
  if (PLACE_PREPOSITIONS.has(words[0]!)) return undefined;
  if (words.some((word) => CALENDAR_WORDS.has(word))) return undefined;
  if (words.some((word) => INSTITUTION_WORDS.has(word)))
    return holderAfterBody(entity, words) ?? withoutInstitution(entity);
  let first = 0;
  const phrase = TITLE_PHRASES.find((p) => entity.name.startsWith(p));
  if (phrase) first = phrase.split(' ').length - 1;
  while (first < words.length && (TITLE_WORDS.has(words[first]!) || isPortfolio(words[first]!))) first++;
  // "Kepala Kepolisian Daerah Metro Jaya Irjen Karyoto": a rank or title inside the run, a full name after it.
  for (let i = words.length - 3; i >= first; i--)
    if (TITLE_WORDS.has(words[i]!) && words[i] !== 'Menurut') {
      first = i + 1;
      break;
    }
  for (let i = words.length - 1; i > first; i--) {
    if (REGION_ENDS.has(words[i]!) && REGION_WORDS.has(words[i - 1]!)) {
      first = i + 1;
      break;
    }
  }
  // No Indonesian or Malay name holds "di", "ke" or "dari": the name ended before it.
  let last = words.length;
  for (let i = first + 1; i < words.length; i++) {
    if (PLACE_PREPOSITIONS.has(words[i]!)) {
      last = i;
      break;
    }
  }
  if (first === 0 && last === words.length) return byOwnMention(entity, words);
  // One word left ("Menteri Luar Negeri Sugiono"): a single name the recogniser keeps in no language.
  if (last - first < 2) return undefined;
  const renamed = named(
    entity,
    words.slice(first, last).join(' '),
    first > 0 ? `${words.slice(0, first).join(' ')} ` : '',
  );
  return renamed && byOwnMention(renamed, renamed.name.split(' '));
}

/** Whether a name read in an Indonesian or Malay article is a weekday, a month or a feast ("Sabtu", "Natal"). */
export function isLocalCalendarWord(name: string, lang: string): boolean {
  return LANGUAGES.has(lang) && CALENDAR_WORDS.has(name);
}

/** Whether a run in an Indonesian or Malay article opens with a title before a name ("Menteri Perdagangan …"). */
export function opensWithLocalTitle(name: string, lang: string): boolean {
  if (!LANGUAGES.has(lang)) return false;
  const space = name.indexOf(' ');
  return space > 0 && TITLE_WORDS.has(name.slice(0, space)) && name.slice(0, space) !== 'Menurut';
}

function isPortfolio(word: string): boolean {
  return PORTFOLIO_NOUN.test(word) || PORTFOLIO_WORDS.has(word);
}

/**
 * The entity without the mentions that follow a place or institution word ("Bandara Frans Seda", "Stadion Utama
 * Gelora Bung Karno") or "di" ("di Gelora Bung Karno"): those name a place called after a person. Undefined
 * when no mention is left.
 */
function withoutHeadWordMentions(
  entity: Entity,
  fields: { readonly title: string; readonly body: string },
): Entity | undefined {
  const kept = entity.mentions.filter((m) => !afterHeadWord(fields[m.field], m.start));
  if (kept.length === entity.mentions.length) return entity;
  return kept.length > 0 ? { ...entity, mentions: kept } : undefined;
}

function afterHeadWord(text: string, start: number): boolean {
  const before = text
    .slice(Math.max(0, start - 40), start)
    .split(/\s+/)
    .filter(Boolean);
  const last = before[before.length - 1];
  if (!last) return false;
  if (last === 'di' || INSTITUTION_WORDS.has(last)) return true;
  return QUALIFIERS.has(last) && INSTITUTION_WORDS.has(before[before.length - 2] ?? '');
}

/**
 * A name that opens with words the lists do not know as a title ("Banten Ratu Atut Chosiyah": a province
 * before the governor's name) when the article also writes a shorter end of it alone ("Ratu Atut
 * Chosiyah"): that end, the name the story itself uses, unless a given name is among the words before it.
 */
function byOwnMention(entity: Entity, words: readonly string[]): Entity | undefined {
  if (words.length < 3) return entity;
  const written = new Set(entity.mentions.map((m) => spaced(m.text)));
  for (let from = 1; from <= words.length - 2; from++) {
    // A given name before the end is the name's own ("Muhammad Jusuf Kalla", called "Jusuf Kalla" after).
    if (isGivenName(words[from - 1]!)) return entity;
    const end = words.slice(from).join(' ');
    if (written.has(end)) return named(entity, end, `${words.slice(0, from).join(' ')} `);
  }
  return entity;
}

/**
 * "Kepala Badan Gizi Nasional Dadan Hindayana": a title, a body whose name ends with "Nasional" (or "Utama",
 * "Internasional"), then two or three words of no body or portfolio are the holder's name (read34: the person
 * was lost with the body).
 */
function holderAfterBody(entity: Entity, words: readonly string[]): Entity | undefined {
  if (!TITLE_WORDS.has(words[0]!) || words[0] === 'Menurut') return undefined;
  let end = -1;
  for (let i = 2; i < words.length; i++) if (QUALIFIERS.has(words[i]!)) end = i;
  const rest = words.slice(end + 1);
  if (end < 0 || rest.length < 2 || rest.length > 3) return undefined;
  if (rest.some((w) => INSTITUTION_WORDS.has(w) || TITLE_WORDS.has(w) || isPortfolio(w))) return undefined;
  if (!words.slice(1, end).some((w) => INSTITUTION_WORDS.has(w))) return undefined;
  return named(entity, rest.join(' '), `${words.slice(0, end + 1).join(' ')} `);
}

/**
 * A run holding an institution's or region's word ("Partai Golkar Agung Laksono", "Kabupaten Boyolali"):
 * the longest of its mentions that holds none and is a full name, else nothing.
 */
function withoutInstitution(entity: Entity): Entity | undefined {
  let name: string | undefined;
  for (const mention of entity.mentions) {
    const words = spaced(mention.text).split(' ');
    if (words.length < 2 || words.some((word) => INSTITUTION_WORDS.has(word))) continue;
    if (!name || words.join(' ').length > name.length) name = words.join(' ');
  }
  return name ? named(entity, name, '') : undefined;
}

/** The entity renamed `name`, with the mentions that hold it or a part of it, less `prefix` where they open with it. */
export function named(entity: Entity, name: string, prefix: string): Entity | undefined {
  const mentions: Mention[] = [];
  for (const mention of entity.mentions) {
    // Compared with single spaces: a name broken over a line keeps its line break in the mention.
    let { start, text } = mention;
    if (prefix && spaced(text).startsWith(prefix)) {
      start += prefix.length;
      text = text.slice(prefix.length);
    }
    if (spaced(text).startsWith(name)) text = text.slice(0, name.length);
    if (name.includes(spaced(text))) mentions.push({ ...mention, start, end: start + text.length, text });
  }
  if (mentions.length === 0) return undefined;
  return { ...entity, id: `person:${slug(name)}`, name, mentions };
}

function spaced(text: string): string {
  return text.replace(/\s/g, ' ');
}
