import type { Entity, Mention } from '../schema.js';
import { slug } from './places.js';

/**
 * Indonesian and Malay write titles and the words of institutions and regions with capitals, so the
 * English recogniser glues them to names ("Presiden Joko Widodo", "Menteri Luar Negeri Sugiono") or reads
 * them as people ("Kabupaten Boyolali", "Nusa Tenggara Timur"). ISO 639-1 → the capitalised words that
 * open a title before a name (and "Menurut", "according to", which opens a sentence before one).
 */
const TITLE_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  id: new Set(
    'Presiden Wakil Menteri Perdana Luar Negeri Dalam Gubernur Bupati Walikota Wali Ketua Kepala Jenderal Panglima Direktur Utama Juru Bicara Menurut Sekretaris Jaksa Agung Hakim Duta Besar Raja Ratu Pangeran Letnan Kolonel Komisaris Anggota Senator Pemimpin Pengamat Ekonom'.split(
      ' ',
    ),
  ),
  ms: new Set(
    'Presiden Perdana Menteri Timbalan Luar Negeri Dalam Ketua Pengarah Setiausaha Agung Raja Sultan Datuk Tun Menurut Duta Besar Hakim Panglima Jeneral Pemimpin Ahli'.split(
      ' ',
    ),
  ),
};
/** Words of places and institutions: a run holding one names no person ("Kabupaten", "Kementerian"). */
const INSTITUTION_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  id: new Set(
    'Kabupaten Provinsi Kota Kecamatan Desa Kementerian Kantor Dewan Majelis Badan Komisi Partai Universitas Bank Pemerintah Jalan Pulau Gunung Sungai Teluk Selat Laut Daerah Istana Bandara Pelabuhan Rumah Sekolah Masjid Pasar Negara'.split(
      ' ',
    ),
  ),
  ms: new Set(
    'Kementerian Pejabat Jabatan Kerajaan Dewan Majlis Parti Universiti Bank Jalan Pulau Gunung Sungai Selat Laut Daerah Istana Lapangan Pelabuhan Sekolah Masjid Pasar Negara Negeri Bandar'.split(
      ' ',
    ),
  ),
};
/**
 * The compass words that end a region's name ("Jawa Tengah", "Nusa Tenggara Timur", "Sumatera Utara"): a
 * person's name may follow the region in a title ("Gubernur Jawa Tengah Ganjar Pranowo").
 */
const REGION_ENDS: ReadonlySet<string> = new Set([
  'Timur',
  'Barat',
  'Utara',
  'Selatan',
  'Tengah',
  'Tenggara',
  'Laut',
]);

/**
 * A person the recogniser read in an Indonesian or Malay article, without the title before the name, the
 * region of the title, and a place the sentence goes on to ("Anthony Albanese di Canberra": `isPlace`
 * says which words are a place; any language with lower-case prepositions); undefined when the run names
 * an institution or a region, or keeps no full name. Mentions keep the part inside the name.
 */
export function localPersonName(
  entity: Entity,
  lang: string,
  isPlace: (name: string) => boolean,
): Entity | undefined {
  const words = entity.name.split(' ');
  let first = 0;
  const titles = TITLE_WORDS[lang];
  if (titles) {
    while (first < words.length && titles.has(words[first]!)) first++;
    for (let i = words.length - 1; i >= first; i--) {
      if (REGION_ENDS.has(words[i]!)) {
        first = i + 1;
        break;
      }
    }
    if (words.slice(first).some((word) => INSTITUTION_WORDS[lang]?.has(word))) return undefined;
  }
  let last = words.length;
  for (let i = first + 1; i < words.length - 1; i++) {
    const word = words[i]!;
    if (word[0] !== word[0]!.toLowerCase() || word[0] === word[0]!.toUpperCase()) continue;
    if (isPlace(words.slice(i + 1).join(' '))) {
      last = i;
      break;
    }
  }
  if (first === 0 && last === words.length) return entity;
  if (last - first < 2) return undefined;
  const name = words.slice(first, last).join(' ');
  const prefix = first > 0 ? `${words.slice(0, first).join(' ')} ` : '';
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
