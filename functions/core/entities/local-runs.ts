import type { Entity, Mention } from '../schema.js';
import { GAZETTEER, isGivenName, isKnownSurname } from './lexicon.js';
import { newsmakerNamed } from './newsmakers.js';
import { slug } from './places.js';

/**
 * The English recogniser reads a capitalised run as a person's name. In a European language it also meets
 * capitalised sentence openers ("Im Mittelpunkt", "Em Porto Alegre"), runs after a name particle ("von
 * Volkswagen", "minister van Landbouw Femke Wiersma"), institutions written in capitals ("Tweede Kamer",
 * "Guardia Nacional", "Forças Armadas") and, in Turkish, names carrying a case ending ("Türkiye'nin
 * İstanbul'da"). ISO 639-1 → the capitalised prepositions, contractions and conjunctions that open a
 * sentence and never a name. Particles that open surnames (De, Di, Da, Do, Del, Della, Van, Von, Des, Al)
 * are not listed: "Da Silva said".
 */
const OPENERS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    de: 'Im Am Zum Zur Vom Beim Ins Auf Aus Bei Mit Nach Seit Vor Für Über Unter Laut Trotz Auch Doch Dann Nun Als Wie Wenn Bis Gegen Ohne Um Durch Zu In An',
    nl: 'In Op Met Voor Na Bij Volgens Uit Naar Over Door Tijdens Als Maar En Toen Ook Om Tot Sinds Tegen Zonder Onder',
    es: 'En Con Por Para Según Tras Desde Hasta Sin Sobre Ante Entre Como Pero Y Si Cuando Durante Hacia',
    pt: 'Em No Na Nos Nas Ao Aos À Pelo Pela Pelos Pelas Para Com Sem Segundo Após Como Mas Se Quando Entre Durante Sobre',
    fr: 'Au Aux Du En Dans Pour Par Sur Sous Selon Après Avant Avec Chez Et Mais Si Quand Comme Entre À Depuis Pendant',
    it: 'Nel Nella Nei Negli Nelle Al Alla Ai Agli Dalla Dai Per Con Su Sul Sulla Secondo Dopo Prima Tra Fra Come Ma Se Quando In Durante',
  }).map(([lang, words]) => [lang, new Set(words.split(' '))]),
);

/**
 * Words of state institutions, armed forces, courts, parties, banks and universities in the European
 * languages and Turkish (distinct enough to share one list): a run holding one names no person.
 */
const INSTITUTION_WORDS: ReadonlySet<string> = new Set(
  `Nacional Nacionales Nationale Nationaal Nazionale Armadas Armées Streitkräfte Fuerzas Forças Forze Guardia Guarda
  Garde Palacio Palácio Palais Palazzo Servicio Serviço Kamer Kammer Cámara Câmara Chambre Senado Sénat Senato
  Congreso Congresso Congrès Asamblea Assembleia Assemblée Assemblea Ministerio Ministério Ministère Ministerium
  Ministero Ministerie Secretaría Tribunal Tribunale Gericht Corte Cour Consejo Conselho Conseil Consiglio Raad
  Banco Banque Banca Universidad Universidade Université Universität Università Universiteit Partido Parti Partei
  Partito Partij Policía Polícia Polizei Polizia Politie Gobierno Governo Gouvernement Regierung Regering Ejército
  Exército Armée Esercito Comisión Comissão Kommission Commissione Commissie Instituto Istituto Agencia Agência Agence
  Agentur Agenzia Fiscalía Supremo Suprema Başkanlığı Bakanlığı Meclisi Bankası Üniversitesi Partisi Mahkemesi
  Kurumu Müdürlüğü Valiliği Belediyesi Ajansı Kuvvetleri Komutanlığı`.split(/\s+/),
);

/** Languages that write a name's case ending after an apostrophe: "Türkiye'nin", "Ankara'da". */
const CASE_SUFFIX_LANGUAGES: ReadonlySet<string> = new Set(['tr', 'az']);
const CASE_SUFFIX = /['’]\p{Ll}+$/u;

/** Languages that capitalise every noun: two capitalised words ("Seltene Erden") say little there. */
const NOUNS_CAPITALISED: ReadonlySet<string> = new Set(['de', 'lb']);

/**
 * A person the recogniser read in an article in `lang` (not English, Indonesian or Malay), without the
 * sentence opener or particles before it and the case ending after it; undefined when the run names an
 * institution, or in German when nothing vouches for an unknown name. A run cut to one word is returned
 * (the caller reads it as a place, or drops it), and one a name list knows as a body is that body ("von
 * Volkswagen" → Volkswagen).
 */
export function otherLanguagePersonName(entity: Entity, lang: string): Entity | undefined {
  let words = entity.name.split(' ');
  let prefix = '';
  const first = words[0]!;
  if (OPENERS.get(lang)?.has(first) || isLowerCased(first)) {
    let cut = 1;
    while (cut < words.length && isLowerCased(words[cut]!)) cut++;
    // After a particle the person starts at a given name: "minister van Landbouw Femke Wiersma".
    if (isLowerCased(first)) {
      const given = words.findIndex((word, i) => i > cut && i < words.length - 1 && isGivenName(word));
      if (given > 0) cut = given;
    }
    prefix = `${words.slice(0, cut).join(' ')} `;
    words = words.slice(cut);
    if (words.length === 0) return undefined;
  }
  if (CASE_SUFFIX_LANGUAGES.has(lang)) {
    const suffixed = words.findIndex((word) => CASE_SUFFIX.test(word));
    if (suffixed >= 0) words = [...words.slice(0, suffixed), words[suffixed]!.replace(CASE_SUFFIX, '')];
  }
  if (words.some((word) => INSTITUTION_WORDS.has(word))) return undefined;
  const name = words.join(' ');
  if (name === entity.name) return vouchedFor(entity, lang) ? entity : undefined;
  const renamed = named(entity, name, prefix);
  if (!renamed || words.length > 1) return renamed && vouchedFor(renamed, lang) ? renamed : undefined;
  return GAZETTEER.get(name.toLowerCase())?.kind === 'organization'
    ? { ...renamed, id: `organization:${slug(name)}`, type: 'organization' }
    : renamed;
}

function isLowerCased(word: string): boolean {
  return word !== word.toUpperCase() && word === word.toLowerCase();
}

/**
 * In a language that capitalises nouns, an unknown name is a person only when the lists know one of its
 * words or the story calls it by its last word alone ("Baerbock sagte"); "Milliarden Euro" is neither.
 */
function vouchedFor(entity: Entity, lang: string): boolean {
  if (!NOUNS_CAPITALISED.has(lang)) return true;
  const words = entity.name.split(' ');
  if (words.length < 2) return true;
  const last = words[words.length - 1]!;
  return (
    isGivenName(words[0]!) ||
    isKnownSurname(last) ||
    newsmakerNamed(entity.name) !== undefined ||
    entity.mentions.some((m) => m.text === last)
  );
}

/** The entity renamed `name`: its mentions less `prefix` where they open with it, cut after the name. */
function named(entity: Entity, name: string, prefix: string): Entity | undefined {
  const mentions: Mention[] = [];
  for (const mention of entity.mentions) {
    let { start, text } = mention;
    const spaced = () => text.replace(/\s/g, ' ');
    if (prefix && spaced().startsWith(prefix)) {
      start += prefix.length;
      text = text.slice(prefix.length);
    }
    if (spaced().startsWith(name)) text = text.slice(0, name.length);
    if (name.includes(spaced())) mentions.push({ ...mention, start, end: start + text.length, text });
  }
  if (mentions.length === 0) return undefined;
  return { ...entity, id: `person:${slug(name)}`, name, mentions };
}
