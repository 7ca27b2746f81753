/**
 * Nationality adjectives of German, French, Spanish, Portuguese, Italian, Dutch and Polish news: "die Schweizer
 * Armee", "l'armée suisse", "el Gobierno peruano", "o Exército brasileiro", "lo spagnolo Carlos Alcaraz", "Russische
 * drones", "rosyjskich dronów" name their country as "the Swiss army" does in English (review29 C4, review31 C6,
 * review33 C8), where the country lists of these languages (gazetteer.ts) hold names only, and
 * mentions.ts reads capitalised phrases only (these languages write the adjectives in lower case).
 *
 * The packages hold no inflected forms: world-countries has demonyms in English and French only, and
 * i18n-nationality one base form in de/fr/es (none in Portuguese, none of German's "Schweizer"). So the base forms
 * are read here, each without accents (as normalizeWord writes words), and each language's regular endings added
 * here: first a hand table of the countries the press of these languages names most and the forms the packages
 * lack or get wrong, then, for French, German and Spanish, every country's base form from the packages
 * (data/local-demonyms.json, scripts/local-demonyms.ts: "malien", "ägyptisch", "guatemalteco"; wild58 found ~40%
 * of the adjectives of that news missing). A country missing from both is still read by its name.
 */
import { inflate as inflatePackageForms } from '../data/packed/local-demonyms.js';
import type { Entity } from '../schema.js';
import type { FieldText } from '../text/document.js';
import { overlapsAny } from '../text/overlaps.js';
import { namesNoCountry } from './demonym-phrases.js';
import type { CountryMention } from './mentions.js';
import { normalizeWord } from './normalize.js';

/**
 * Base forms per language: "CODE:form,form" separated by spaces; forms ending in "=" take no endings. Read before
 * the packages' forms, so a form here wins.
 */
const BASE_FORMS: Readonly<Record<string, string>> = {
  de:
    'US:amerikanisch GB:britisch DE:deutsch FR:franzosisch ES:spanisch IT:italienisch PT:portugiesisch ' +
    'CH:schweizerisch,schweizer= AT:osterreichisch NL:niederlandisch PL:polnisch RU:russisch ' +
    'UA:ukrainisch CN:chinesisch JP:japanisch IN:indisch BR:brasilianisch CA:kanadisch AU:australisch ' +
    'TR:turkisch IL:israelisch IR:iranisch GR:griechisch SE:schwedisch NO:norwegisch KR:sudkoreanisch ' +
    'PS:palastinensisch SA:saudisch AE:emiratisch BY:belarussisch NZ:neuseelandisch NG:nigerianisch NE:nigrisch',
  fr:
    'US:americain GB:britannique DE:allemand FR:francais ES:espagnol IT:italien PT:portugais CH:suisse ' +
    'AT:autrichien BE:belge NL:neerlandais PL:polonais RU:russe UA:ukrainien CN:chinois JP:japonais ' +
    'BR:bresilien MX:mexicain CA:canadien,quebecois AU:australien TR:turc,turque IL:israelien IR:iranien ' +
    'SA:saoudien MA:marocain DZ:algerien GR:grec,grecque KR:sud-coreen PS:palestinien AE:emirati QA:qatari ' +
    'KZ:kazakh UZ:ouzbek TJ:tadjik',
  es:
    'US:estadounidense,norteamericano GB:britanico DE:aleman FR:frances ES:espanol IT:italiano ' +
    'PT:portugues CH:suizo AT:austriaco BE:belga NL:neerlandes,holandes PL:polaco RU:ruso UA:ucraniano ' +
    'CN:chino JP:japones BR:brasileno MX:mexicano AR:argentino CO:colombiano VE:venezolano CL:chileno ' +
    'PE:peruano CU:cubano CA:canadiense TR:turco IL:israeli IR:irani SA:saudi MA:marroqui KR:surcoreano ' +
    'PS:palestino DO:dominicano PK:paquistani,pakistani',
  pt:
    'US:norte-americano,estadunidense,americano GB:britanico DE:alemao,alema=,alemaes=,alemas= ' +
    'FR:frances ES:espanhol,espanhois= IT:italiano PT:portugues CH:suico AT:austriaco BE:belga ' +
    'NL:holandes,neerlandes PL:polaco,polones RU:russo UA:ucraniano CN:chines JP:japones BR:brasileiro ' +
    'MX:mexicano AR:argentino CA:canadense,canadiano TR:turco IL:israelense IR:iraniano SA:saudita ' +
    'AO:angolano MZ:mocambicano ZA:sul-africano KR:sul-coreano PS:palestino ' +
    // Portugal's and Brazil's press: no package names these (wild58).
    'AE:emiradense,emiratense EG:egipcio MA:marroquino DZ:argelino TN:tunisino LY:libio KP:norte-coreano ' +
    'IN:indiano PK:paquistanes AF:afegao,afega=,afegaos=,afegas= IQ:iraquiano SY:sirio LB:libanes ' +
    'JO:jordaniano YE:iemenita QA:catari IL:israelense VE:venezuelano CO:colombiano EC:equatoriano ' +
    'PE:peruano BO:boliviano CL:chileno UY:uruguaio PY:paraguaio CU:cubano HT:haitiano DO:dominicano ' +
    'GT:guatemalteco HN:hondurenho SV:salvadorenho NI:nicaraguense CR:costarriquenho PA:panamenho ' +
    'CV:cabo-verdiano ST:sao-tomense TL:timorense GW:bissau-guineense AU:australiano NZ:neozelandes ' +
    'NG:nigeriano KE:queniano ET:etiope SD:sudanes SS:sul-sudanes SO:somali RW:ruandes UG:ugandes ' +
    'TZ:tanzaniano ZW:zimbabuano ZM:zambiano NA:namibiano SN:senegales CI:marfinense GH:ganes ' +
    'CM:camaronense,camarones GR:grego HU:hungaro CZ:tcheco RO:romeno BG:bulgaro RS:servio HR:croata ' +
    'SE:sueco NO:noruegues DK:dinamarques FI:finlandes IE:irlandes BY:bielorrusso GE:georgiano ' +
    'AM:armenio AZ:azerbaijano KZ:cazaque TH:tailandes VN:vietnamita ID:indonesio PH:filipino ' +
    'TW:taiwanes',
  // Stems ending in "-co"/"-ca" whose plural hardens ("tedeschi", "polacche") list those plurals in full.
  it:
    'US:statunitense,americano GB:britannico,britanniche=,inglese DE:tedesco,tedeschi=,tedesche= ' +
    'FR:francese ES:spagnolo IT:italiano PT:portoghese CH:svizzero AT:austriaco,austriache= ' +
    'BE:belga,belghe= NL:olandese PL:polacco,polacchi=,polacche= RU:russo UA:ucraino CN:cinese ' +
    'JP:giapponese IN:indiano BR:brasiliano MX:messicano AR:argentino CA:canadese AU:australiano ' +
    'TR:turco,turchi=,turche= IL:israeliano IR:iraniano SA:saudita GR:greco,greche= KR:sudcoreano ' +
    'KP:nordcoreano PS:palestinese EG:egiziano LY:libico,libiche= SY:siriano LB:libanese IQ:iracheno ' +
    'MA:marocchino DZ:algerino TN:tunisino VE:venezuelano CO:colombiano',
  // Dutch writes "frans" also as a given name (Frans Timmermans): only the inflected "Franse" is read.
  nl:
    'US:amerikaans GB:brits DE:duits FR:franse= ES:spaans IT:italiaans PT:portugees=,portugese= ' +
    'CH:zwitsers AT:oostenrijks BE:belgisch NL:nederlands PL:pools RU:russisch UA:oekraiens ' +
    'CN:chinees=,chinese= JP:japans IN:indiaas BR:braziliaans TR:turks IL:israelisch IR:iraans ' +
    'CZ:tsjechisch HU:hongaars GR:grieks SE:zweeds NO:noors DK:deens MA:marokkaans PS:palestijns',
  // Polish adjectives in -ski/-cki, written as normalizeWord writes them (marks gone, "ł" kept).
  pl:
    'US:amerykanski GB:brytyjski DE:niemiecki FR:francuski ES:hiszpanski IT:włoski PT:portugalski ' +
    'CH:szwajcarski AT:austriacki BE:belgijski NL:holenderski PL:polski RU:rosyjski UA:ukrainski ' +
    'BY:białoruski CN:chinski JP:japonski IN:indyjski TR:turecki IL:izraelski IR:iranski ' +
    'CZ:czeski SK:słowacki HU:wegierski RO:rumunski LT:litewski LV:łotewski EE:estonski ' +
    'SE:szwedzki FI:finski NO:norweski DK:dunski GR:grecki KR:południowokoreanski ' +
    'KP:połnocnokoreanski PS:palestynski',
};

/** The forms of one base form: its gender and number endings in `language` ("suizo" → suiza, suizos, suizas). */
function formsOf(base: string, language: string): string[] {
  if (base.endsWith('=')) return [base.slice(0, -1)];
  const endings = (stem: string, ...ends: string[]) => ends.map((e) => stem + e);
  const cut = (n: number) => base.slice(0, -n);
  switch (language) {
    case 'de':
      return endings(base, '', 'e', 'en', 'er', 'es', 'em');
    case 'nl':
      // "Russisch": Russische; "Brits": Britse.
      return endings(base, '', 'e');
    case 'pl': {
      // "rosyjski": rosyjska, rosyjskie, rosyjskiego, rosyjskiej, rosyjskim, rosyjskimi, rosyjskich, and the
      // plural of men, rosyjscy ("niemiecki": niemieccy).
      const stem = cut(1);
      return [...endings(stem, 'i', 'a', 'ie', 'iego', 'iej', 'iemu', 'im', 'imi', 'ich'), `${cut(2)}cy`];
    }
    case 'it':
      // "spagnolo": spagnola, spagnoli, spagnole; "francese": francesi; "belga", "saudita": -i, -e.
      if (base.endsWith('o')) return endings(cut(1), 'o', 'a', 'i', 'e');
      if (base.endsWith('e')) return endings(cut(1), 'e', 'i');
      return endings(cut(1), 'a', 'i', 'e');
    case 'fr':
      if (base.endsWith('en')) return endings(base, '', 'ne', 's', 'nes');
      if (base.endsWith('e')) return endings(base, '', 's');
      if (base.endsWith('s')) return endings(base, '', 'e', 'es');
      return endings(base, '', 'e', 's', 'es');
    default:
      // Spanish and Portuguese: "-o" and "-ano" by gender and number, "-es"/"-an"/"-ol" add "-a", "-es",
      // "-as" ("frances": francesa, franceses), "-e"/"-a"/"-i" add "-s" (or Spanish "-es": "israelies").
      if (base.endsWith('o')) return endings(cut(1), 'o', 'a', 'os', 'as');
      if (/(?:es|an|ol)$/.test(base)) return endings(base, '', 'a', 'es', 'as');
      return endings(base, '', 's', 'es');
  }
}

const TABLES = new Map<string, ReadonlyMap<string, string>>();
/** The packages' base forms by language (data/local-demonyms.json), inflated for the first story that asks. */
let PACKAGE_FORMS: Readonly<Record<string, string>> | undefined;

function tableOf(language: string): ReadonlyMap<string, string> | undefined {
  const cached = TABLES.get(language);
  if (cached) return cached;
  const hand = BASE_FORMS[language];
  if (!hand) return undefined;
  PACKAGE_FORMS ??= inflatePackageForms();
  const fromPackages = PACKAGE_FORMS[language];
  const table = new Map<string, string>();
  for (const item of fromPackages ? `${hand} ${fromPackages}`.split(' ') : hand.split(' ')) {
    const [code = '', forms = ''] = item.split(':');
    for (const base of forms.split(','))
      for (const form of formsOf(base, language)) if (!table.has(form)) table.set(form, code);
  }
  TABLES.set(language, table);
  return table;
}

/**
 * Words before a language's name ("en español", "em português", "auf Deutsch", "la langue française", "el idioma
 * inglés"): the adjective after them names a language, which the story's country speaks, not a second country.
 */
const BEFORE_LANGUAGE_NAME = new Set([
  'en',
  'em',
  'in',
  'auf',
  'ins',
  'au',
  'al',
  'ao',
  'del',
  'do',
  'du',
  'idioma',
  'lengua',
  'lingua',
  'langue',
  'sprache',
]);

/** "l'armee", "d'allemand", Italian "dell'italiano", "all'": the word after an elided article or preposition. */
const ELIDED = /^[a-z]{1,2}(?:ll)?'/;

/** A word written with a capital first (ASCII or Latin-1 capitals: "Sirio", "Libanés"). */
const UPPER_WORD = /^[A-Z\u00c0-\u00de]/;

/**
 * Whether a capitalised adjective stands beside another one in a name of two peoples: "Hospital Sirio Libanés" (Buenos
 * Aires) is named after its founders' communities, not Syria's and Lebanon's news (review59). One adjective in a name
 * is its country's ("Ejército Mexicano", "Selección Peruana").
 */
function joinsTwoPeoples(
  table: ReadonlyMap<string, string>,
  raw: string,
  previousRaw: string,
  nextRaw: string,
): boolean {
  if (!UPPER_WORD.test(raw)) return false;
  const beside = (other: string) => UPPER_WORD.test(other) && table.has(normalizeWord(other));
  return beside(previousRaw) || beside(nextRaw);
}

/**
 * Nationality adjectives and nouns of `field` in `language` (de, fr, es, pt, it, nl, pl), outside the spans already
 * `found`, as demonym mentions (weighed as English "Swiss" is). A word that is the last name of a person of the
 * article is the name ("Trainer Thomas Schweizer … Schweizer hatte"); `surnames` are those, as normalizeWord
 * writes them.
 */
export function localDemonymMentions(
  field: FieldText,
  language: string,
  found: readonly CountryMention[],
  surnames: ReadonlySet<string> = new Set(),
): CountryMention[] {
  const table = tableOf(language);
  if (!table) return [];
  // Made at the first candidate: asked of every adjective of a page, a scan of all found spans was quadratic.
  let taken: ((start: number, end: number) => boolean) | undefined;
  const mentions: CountryMention[] = [];
  let before = '';
  const tokens = field.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const word = normalizeWord(token.text);
    const previous = before;
    before = word;
    const elided = ELIDED.exec(word)?.[0].length ?? 0;
    const code = table.get(elided ? word.slice(elided) : word);
    if (!code || BEFORE_LANGUAGE_NAME.has(previous)) continue;
    const nextRaw = tokens[i + 1]?.text ?? '';
    if (namesNoCountry(language, word, previous, normalizeWord(nextRaw), nextRaw)) continue;
    if (joinsTwoPeoples(table, token.text, tokens[i - 1]?.text ?? '', nextRaw)) continue;
    const start = token.start + elided;
    const end = token.end;
    if (surnames.has(word)) continue;
    taken ??= overlapsAny(found.filter((m) => m.field === field.field));
    if (taken(start, end)) continue;
    mentions.push({
      code,
      kind: 'demonym',
      field: field.field,
      start,
      end,
      text: field.text.slice(start, end),
      ambiguous: false,
      currency: false,
      needsConfirmation: false,
    });
  }
  return mentions;
}

/** The last word of each person's name in the article, as normalizeWord writes it ("Schweizer"). */
export function personSurnames(entities: readonly Entity[]): ReadonlySet<string> {
  const surnames = new Set<string>();
  for (const e of entities)
    if (e.type === 'person') surnames.add(normalizeWord(e.name.slice(e.name.lastIndexOf(' ') + 1)));
  return surnames;
}
