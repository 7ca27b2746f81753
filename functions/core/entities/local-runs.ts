import { inflectedCountryNamed } from '../countries/inflected-names.js';
import { CASE_SUFFIX_LANGUAGES } from '../countries/mentions.js';
import { cyrillicCountryNamed } from '../countries/script-names.js';
import type { Entity } from '../schema.js';
import { lazyPattern } from '../text/lazy-pattern.js';
import { GAZETTEER, isGivenName, isKnownSurname } from './lexicon.js';
import { named } from './local-person-words.js';
import { newsmakerNamed } from './newsmakers.js';
import { slug } from './places.js';

/**
 * The English recogniser reads a capitalised run as a person's name. In a European language it also meets
 * capitalised sentence openers ("Im Mittelpunkt", "Em Porto Alegre"), runs after a name particle ("von
 * Volkswagen", "minister van Landbouw Femke Wiersma"), institutions written in capitals ("Tweede Kamer",
 * "Guardia Nacional", "Forças Armadas") and, in Turkish, names carrying a case ending ("Türkiye'nin
 * İstanbul'da"). ISO 639-1 → the capitalised prepositions, contractions and conjunctions that open a
 * sentence and never a name. Particles that open surnames (De, Di, Da, Do, Del, Della, Van, Von, Des, Al)
 * are not listed ("Da Silva said"), nor words that are also given names (Al, Du, Ma, Su: "Al Gore", "Du Fu"); and
 * an opener is cut only where every mention of the run opens a sentence ("a Du Fu" is a name).
 */
const OPENERS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    de: 'Im Am Zum Zur Vom Beim Ins Auf Aus Bei Mit Nach Seit Vor Für Über Unter Laut Trotz Auch Doch Dann Nun Als Wie Wenn Bis Gegen Ohne Um Durch Zu In An',
    nl: 'In Op Met Voor Na Bij Volgens Uit Naar Over Door Tijdens Als Maar En Toen Ook Om Tot Sinds Tegen Zonder Onder',
    es: 'En Con Por Para Según Tras Desde Hasta Sin Sobre Ante Entre Como Pero Y Si Cuando Durante Hacia',
    pt: 'Em No Na Nos Nas Ao Aos À Pelo Pela Pelos Pelas Para Com Sem Segundo Após Como Mas Se Quando Entre Durante Sobre',
    fr: 'Au Aux En Dans Pour Par Sur Sous Selon Après Avant Avec Chez Et Mais Si Quand Comme Entre À Depuis Pendant',
    it: 'Nel Nella Nei Negli Nelle Nello Alla Alle Allo Ai Agli Dalla Dalle Dallo Dal Dai Dagli Per Con Sul Sulla Sulle Sui Sugli Secondo Dopo Prima Tra Fra Come Se Quando In Durante',
    // Polish and Czech prepositions and adverbs opening a sentence: "Na W\u0119grzech", "Podle Fialy".
    pl: 'W We Z Ze Do Na Po Od Dla Wed\u0142ug Zdaniem Podczas Jak Ale Tak\u017ce Wcze\u015bniej Potem',
    cs: 'V Ve Z Ze Do Na Po Od Pro Podle P\u0159i Jak Ale Tak\u00e9 Pot\u00e9',
  }).map(([lang, words]) => [lang, new Set(words.split(' '))]),
);

/**
 * A Polish verb in the past tense opening a sentence before a name: "Zast\u0105pi\u0142 Andrzeja Dud\u0119" (he
 * replaced), "Powo\u0142a\u0142a", "Przyj\u0105\u0142" (mendE44). Endings no given name has ("Micha\u0142", "Pawe\u0142",
 * "Rafa\u0142" end in -a\u0142/-e\u0142 and are left).
 */
const POLISH_PAST_VERB = /(?:i\u0142|y\u0142|\u0105\u0142|i\u0142a|y\u0142a|\u0119\u0142a)$/;

/**
 * French honorifics before a surname, as "Mr." is in English: "M. Lecornu", "Mme Dati" (the recogniser reads
 * "M." as an initial). The name after one is the article's person of that surname, not another person. (Spanish
 * "Sr.", Italian "Sig." and German "Herr" are cut already.)
 */
const FRENCH_HONORIFICS: ReadonlySet<string> = new Set(['M.', 'MM.', 'Mme', 'Mmes', 'Mlle']);

/** Whether a run opens with an honorific of `lang` before a name: "M. Lecornu". */
export function opensWithHonorific(name: string, lang: string): boolean {
  const space = name.indexOf(' ');
  return lang === 'fr' && space > 0 && FRENCH_HONORIFICS.has(name.slice(0, space));
}

/**
 * Polish and Czech titles the press writes capitalised before a name, sometimes with the party between
 * ("Prezes PiS Jaros\u0142aw Kaczy\u0144ski", "P\u0159edseda ANO Andrej Babi\u0161"): the name starts at the given name.
 */
const LOCAL_TITLES: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    pl: 'Prezes Premier Prezydent Minister Marsza\u0142ek Wicepremier Rzecznik Szef Senator Ambasador',
    cs: 'Premi\u00e9r Prezident Ministr P\u0159edseda Hejtman Sen\u00e1tor',
    // Президент, Министр, Премьер-министр, Глава, Председатель, Посол, Канцлер; Ukrainian Президент, Міністр, Голова.
    ru: '\u041f\u0440\u0435\u0437\u0438\u0434\u0435\u043d\u0442 \u041c\u0438\u043d\u0438\u0441\u0442\u0440 \u041f\u0440\u0435\u043c\u044c\u0435\u0440-\u043c\u0438\u043d\u0438\u0441\u0442\u0440 \u0413\u043b\u0430\u0432\u0430 \u041f\u0440\u0435\u0434\u0441\u0435\u0434\u0430\u0442\u0435\u043b\u044c \u041f\u043e\u0441\u043e\u043b \u041a\u0430\u043d\u0446\u043b\u0435\u0440',
    uk: '\u041f\u0440\u0435\u0437\u0438\u0434\u0435\u043d\u0442 \u041c\u0456\u043d\u0456\u0441\u0442\u0440 \u041f\u0440\u0435\u043c\u02bc\u0454\u0440-\u043c\u0456\u043d\u0456\u0441\u0442\u0440 \u0413\u043e\u043b\u043e\u0432\u0430 \u041f\u043e\u0441\u043e\u043b',
  }).map(([lang, words]) => [lang, new Set(words.split(' '))]),
);

/**
 * Russian and Ukrainian: Банк (bank, "Банк России"[person]: wild40, finding 9), Центробанк, Министерство,
 * Правительство, Госдума, Дума, Совет, Суд, Служба, Комитет, Агентство, Университет, Партия, Фонд; Міністерство,
 * Уряд, Рада.
 */
const RUSSIAN_INSTITUTION_WORDS =
  '\u0411\u0430\u043d\u043a \u0426\u0435\u043d\u0442\u0440\u043e\u0431\u0430\u043d\u043a \u041c\u0438\u043d\u0438\u0441\u0442\u0435\u0440\u0441\u0442\u0432\u043e \u041f\u0440\u0430\u0432\u0438\u0442\u0435\u043b\u044c\u0441\u0442\u0432\u043e \u0413\u043e\u0441\u0434\u0443\u043c\u0430 \u0414\u0443\u043c\u0430 \u0421\u043e\u0432\u0435\u0442 \u0421\u0443\u0434 \u0421\u043b\u0443\u0436\u0431\u0430 \u041a\u043e\u043c\u0438\u0442\u0435\u0442 \u0410\u0433\u0435\u043d\u0442\u0441\u0442\u0432\u043e \u0423\u043d\u0438\u0432\u0435\u0440\u0441\u0438\u0442\u0435\u0442 \u041f\u0430\u0440\u0442\u0438\u044f \u0424\u043e\u043d\u0434 \u041c\u0456\u043d\u0456\u0441\u0442\u0435\u0440\u0441\u0442\u0432\u043e \u0423\u0440\u044f\u0434 \u0420\u0430\u0434\u0430';

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
  Kurumu Müdürlüğü Valiliği Belediyesi Ajansı Kuvvetleri Komutanlığı Organização Organización Organisation
  Organizzazione Generalitat Xunta Junta Ayuntamiento Diputación Audiencia Straż Straży Policja Policji Prokuratura
  Prokuratury Urząd Urzędu Sąd Sądu Ministerstwo Ministerstwa Kancelaria Kancelarii Komenda Komendy Agencja Agencji
  Sejm Sejmu Senat Senatu Zgromadzenie Zgromadzenia Zgromadzeniem Zgromadzeniu Narodowe Narodowego Narodowym
  Narodowa Narodowej
  ${RUSSIAN_INSTITUTION_WORDS}`.split(/\s+/),
);

/**
 * Nouns of settlements and divisions, which German capitalises and the Romance languages write before a place's
 * name ("Walliser Dorf Blatten", "Kanton Wallis", "Cidade do Cabo"): a run holding one names no person.
 */
const PLACE_NOUNS: ReadonlySet<string> = new Set(
  `Dorf Dorfes Stadt Gemeinde Kanton Kantons Bezirk Landkreis Bundesland Insel Aldeia Cidade Ciudad Citt\u00e0
  Prov\u00edncia Provincia Munic\u00edpio Municipio Comune Distrito`.split(/\s+/),
);

/** A party's acronym after a title: "PiS", "ANO", "KO", "PSL" (two capitals at least). */
const PARTY_ACRONYM = /^[A-Z][A-Za-z]*[A-Z]$/;

const CASE_SUFFIX = lazyPattern(() => /['\u2019]\p{Ll}+$/u);

/** Languages that capitalise every noun: two capitalised words ("Seltene Erden") say little there. */
const NOUNS_CAPITALISED: ReadonlySet<string> = new Set(['de', 'lb']);

/** What the article says around a run: its fields' text and the people read in it. */
export interface RunContext {
  readonly title: string;
  readonly body: string;
  readonly people: readonly Entity[];
}

/**
 * A person the recogniser read in an article in `lang` (not English, Indonesian or Malay), without the
 * sentence opener or particles before it and the case ending after it; undefined when the run names an
 * institution, or in German when nothing vouches for an unknown name. A run cut to one word is the
 * article's person of that surname ("Laut Müller" → Thomas Müller), else returned as is (the caller reads
 * it as a place, or drops it), or the body a name list knows ("von Volkswagen" → Volkswagen).
 */
export function otherLanguagePersonName(
  entity: Entity,
  lang: string,
  context: RunContext,
): Entity | undefined {
  let words = entity.name.split(' ');
  let prefix = '';
  const first = words[0]!;
  const particle = isLowerCased(first);
  if (opensWithHonorific(entity.name, lang)) {
    prefix = `${first} `;
    words = words.slice(1);
  } else if (
    particle ||
    ((OPENERS.get(lang)?.has(first) ||
      (lang === 'pl' && POLISH_PAST_VERB.test(first) && !isGivenName(first))) &&
      opensSentencesOnly(entity, first, context))
  ) {
    let cut = 1;
    while (cut < words.length && isLowerCased(words[cut]!)) cut++;
    // After a particle the person starts at a given name: "minister van Landbouw Femke Wiersma".
    if (particle) {
      const given = words.findIndex((word, i) => i > cut && i < words.length - 1 && isGivenName(word));
      if (given > 0) cut = given;
    }
    prefix = `${words.slice(0, cut).join(' ')} `;
    words = words.slice(cut);
    if (words.length === 0) return undefined;
  } else if (words.length >= 3 && LOCAL_TITLES.get(lang)?.has(first)) {
    // "Prezes PiS Jaros\u0142aw Kaczy\u0144ski": a title, and the party after it, before a given name.
    let given = words.findIndex((word, i) => i > 0 && i < words.length - 1 && isGivenName(word));
    // A given name the English lists lack ("Jaros\u0142aw"): the name starts after the party's acronym.
    if (given < 0) given = 1 + words.slice(1).findIndex((word) => !PARTY_ACRONYM.test(word));
    if (given > 0 && words.length - given >= 2) {
      prefix = `${words.slice(0, given).join(' ')} `;
      words = words.slice(given);
    }
  } else if (words.length >= 3 && inflectedCountryNamed(first, lang)) {
    // "z prezydentem Ukrainy Wołodymyrem Zełenskim": the declined country before the name is a country.
    prefix = `${first} `;
    words = words.slice(1);
  }
  // "Министр иностранных дел России Сергей Лавров", "Президент России Владимир Путин": the country in the
  // genitive after a title is no part of the name (wild40, finding 9), with the title cut above or not.
  if (words.length >= 3 && cyrillicCountryNamed(words[0]!, lang)) {
    prefix = `${prefix}${words[0]} `;
    words = words.slice(1);
  }
  if (CASE_SUFFIX_LANGUAGES.has(lang)) {
    const suffixed = words.findIndex((word) => CASE_SUFFIX.test(word));
    if (suffixed >= 0) words = [...words.slice(0, suffixed), words[suffixed]!.replace(CASE_SUFFIX, '')];
  }
  if (namesInstitution(words)) return undefined;
  const name = words.join(' ');
  if (name === entity.name) return vouchedFor(entity, lang, context) ? entity : undefined;
  const renamed = named(entity, name, prefix);
  if (!renamed || words.length > 1)
    return renamed && vouchedFor(renamed, lang, context) ? renamed : undefined;
  // The bearer is a full name, not another opener's run ("Laut Müller" beside "Nach Müller").
  const openers = OPENERS.get(lang);
  const bearer = context.people.find((p) => {
    if (p === entity || !p.name.endsWith(` ${name}`)) return false;
    const opening = p.name.slice(0, p.name.indexOf(' '));
    return !isLowerCased(opening) && !openers?.has(opening) && !opensWithHonorific(p.name, lang);
  });
  if (bearer) return { ...renamed, id: bearer.id, name: bearer.name };
  return GAZETTEER.get(name.toLowerCase())?.kind === 'organization'
    ? { ...renamed, id: `organization:${slug(name)}`, type: 'organization' }
    : renamed;
}

/**
 * An institution's or a place's word in the run, but for the last word after a given name: a surname ("Ana
 * Palacio", "Mohammad Raad"), where "Guardia Nacional", "Tweede Kamer" and "Walliser Dorf Blatten" are none.
 */
function namesInstitution(words: readonly string[]): boolean {
  const surnameAt = words.length > 1 && isGivenName(words[0]!) ? words.length - 1 : -1;
  return words.some((word, i) => i !== surnameAt && (INSTITUTION_WORDS.has(word) || PLACE_NOUNS.has(word)));
}

/** Whether every mention holding the opener opens a sentence: "Nach Müller sprach …", not "a Du Fu". */
function opensSentencesOnly(entity: Entity, opener: string, context: RunContext): boolean {
  return entity.mentions.every((m) => {
    if (!m.text.startsWith(opener) || m.text.length === opener.length) return true;
    const text = m.field === 'title' ? context.title : context.body;
    let i = m.start - 1;
    while (i >= 0 && (text[i] === ' ' || text[i] === '\u00a0')) i--;
    return i < 0 || SENTENCE_ENDS.has(text[i]!);
  });
}

const SENTENCE_ENDS: ReadonlySet<string> = new Set([
  '.',
  '!',
  '?',
  ':',
  '\n',
  '"',
  '«',
  '»',
  '“',
  '”',
  '—',
  '-',
]);

function isLowerCased(word: string): boolean {
  return word !== word.toUpperCase() && word === word.toLowerCase();
}

/**
 * German articles, quantifiers and number words before a noun: "die Menschen", "Viele Menschen", "rund 120 Milliarden
 * Euro". No name opens with one, and a word after one is a noun.
 */
const GERMAN_DETERMINERS: ReadonlySet<string> = new Set(
  `der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner viele vielen mehrere
  einige alle allen beide beiden weitere andere zahlreiche tausende hunderte dutzende zehntausende hunderttausende
  millionen milliarden rund etwa knapp fast jeder jede jedes diese dieser dieses diesen`.split(/\s+/),
);

/** A German title before a name: "Ministerpräsident", "Außenministerin", "Bundeskanzler", "Trainer". */
const GERMAN_TITLE =
  /(?:minister|ministerin|pr\u00e4sident|pr\u00e4sidentin|kanzler|kanzlerin|chef|chefin|sprecher|sprecherin|meister|meisterin|trainer|trainerin|vorsitzende|vorsitzender|direktor|direktorin)$/i;

/**
 * In a language that capitalises nouns, an unknown name is a person only when the lists know one of its
 * words, the story calls it by its last word alone ("Baerbock sagte"), names it in the headline, or puts a
 * title before it ("Ministerpräsident Winfried Kretschmann"); "Milliarden Euro" is none of these.
 */
function vouchedFor(entity: Entity, lang: string, context: RunContext): boolean {
  if (!NOUNS_CAPITALISED.has(lang)) return true;
  const words = entity.name.split(' ');
  if (words.length < 2) return true;
  // "Viele Menschen", "Milliarden Euro", "Die Opposition": a run a German article, quantifier or number word opens
  // is a noun phrase, never a name (mendE44).
  if (GERMAN_DETERMINERS.has(words[0]!.toLowerCase())) return false;
  const last = words[words.length - 1]!;
  return (
    isGivenName(words[0]!) ||
    isKnownSurname(last) ||
    newsmakerNamed(entity.name) !== undefined ||
    entity.mentions.some(
      (m) =>
        // The last word alone, but not as a noun after an article ("die Menschen", "der Euro"; mendE44).
        (m.text === last &&
          !(m.field === 'body' && GERMAN_DETERMINERS.has(wordBefore(context.body, m.start).toLowerCase()))) ||
        (m.field === 'title' &&
          m.text === entity.name &&
          !adjectiveOpensHeadline(context.title, m.start, words[0]!)),
    ) ||
    entity.mentions.some((m) => m.field === 'body' && GERMAN_TITLE.test(wordBefore(context.body, m.start)))
  );
}

/**
 * Whether a headline's run at `at` opens it or a part of it ("Deutsche Bahn: Neue Chefin …") with a word ending as
 * a German adjective does ("Neue", "Neuer", "Großes"): German capitalises the adjective there, so the headline does
 * not vouch for such a run as a name ("Annalena Baerbock in New York" still does).
 */
function adjectiveOpensHeadline(title: string, at: number, first: string): boolean {
  const before = title.slice(0, at).trimEnd();
  return (before === '' || /[:\u2013\u2014-]$/.test(before)) && /(?:e|er|es|en|em)$/.test(first);
}

/** The word that ends right before `at` (past spaces). */
function wordBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && text[end - 1] === ' ') end--;
  let start = end;
  while (start > 0 && text[start - 1] !== ' ' && text[start - 1] !== '\n') start--;
  return text.slice(start, end);
}
