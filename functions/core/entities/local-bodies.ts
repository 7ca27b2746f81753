/**
 * International and German federal bodies as the press of the languages the detector reads names them, with the
 * English name the recogniser gives them in English copy: "União Europeia", "Unia Europejska", "l'ONU", "OTAN",
 * "Der Bundestag". An article in another language keeps only what holds in any language (neutral.ts), and these
 * are neither acronyms of the English name nor in the English lists; with the English name they get the id an
 * English story gives them, so "all articles on the European Union" finds the Portuguese one too.
 * Keys are lower case, accents written as `\u` escapes (a raw letter would make the bundle two-byte text).
 */
const BODIES: Readonly<Record<string, string>> = {
  'European Union':
    'union europ\u00e9enne|uni\u00f3n europea|uni\u00e3o europeia|unione europea|europ\u00e4ische union|europ\u00e4ischen union|europese unie|unia europejska|unii europejskiej|uni\u0119 europejsk\u0105|uni\u0105 europejsk\u0105|evropsk\u00e1 unie|evropsk\u00e9 unie|evropsk\u00e9 unii|evropskou unii|europeiska unionen|uni eropa|avrupa birli\u011fi|uniunea european\u0103|ue',
  'United Nations':
    'nations unies|organisation des nations unies|organizzazione delle nazioni unite|naciones unidas|organizaci\u00f3n de las naciones unidas|na\u00e7\u00f5es unidas|nazioni unite|vereinte nationen|vereinten nationen|verenigde naties|narody zjednoczone|narod\u00f3w zjednoczonych|organizacja narod\u00f3w zjednoczonych|organizacji narod\u00f3w zjednoczonych|f\u00f6renta nationerna|perserikatan bangsa-bangsa|onu|pbb',
  NATO: 'otan',
  'World Health Organization':
    'organisation mondiale de la sant\u00e9|organizaci\u00f3n mundial de la salud|organiza\u00e7\u00e3o mundial da sa\u00fade|organizzazione mondiale della sanit\u00e0|weltgesundheitsorganisation|\u015bwiatowa organizacja zdrowia|\u015bwiatowej organizacji zdrowia|oms',
  'International Monetary Fund':
    'fonds mon\u00e9taire international|fondo monetario internacional|fundo monet\u00e1rio internacional|fondo monetario internazionale|internationaler w\u00e4hrungsfonds|internationalen w\u00e4hrungsfonds|mi\u0119dzynarodowy fundusz walutowy|mi\u0119dzynarodowego funduszu walutowego|fmi|iwf',
  'European Commission':
    'commission europ\u00e9enne|comisi\u00f3n europea|comiss\u00e3o europeia|commissione europea|europ\u00e4ische kommission|europ\u00e4ischen kommission|europese commissie|komisja europejska|komisji europejskiej|evropsk\u00e1 komise|evropsk\u00e9 komise',
  'European Parliament':
    'parlement europ\u00e9en|parlamento europeo|parlamento europeu|europ\u00e4isches parlament|europ\u00e4ischen parlament|europ\u00e4ischen parlaments|europees parlement|parlament europejski|parlamentu europejskiego',
  'European Central Bank':
    'banque centrale europ\u00e9enne|banco central europeo|banco central europeu|banca centrale europea|europ\u00e4ische zentralbank|europ\u00e4ischen zentralbank|bce|ezb',
  'World Trade Organization': 'organisation mondiale du commerce|organizaci\u00f3n mundial del comercio|omc',
  OPEC: 'opep',
  'International Organization for Migration':
    'organiza\u00e7\u00e3o internacional para as migra\u00e7\u00f5es|organizaci\u00f3n internacional para las migraciones|organisation internationale pour les migrations|organizzazione internazionale per le migrazioni|internationale organisation f\u00fcr migration|oim',
  // The jihadist group, as the other languages' press names it (English copy: "Islamic State", "IS", "ISIS").
  'Islamic State':
    'estado isl\u00e2mico|estado isl\u00e1mico|stato islamico|\u00e9tat islamique|islamischer staat|islamischen staat|islamitische staat|pa\u0144stwo islamskie|pa\u0144stwa islamskiego',
  Mercosur: 'mercosul',
  // France's chamber and main parties, as French copy writes them (English copy: "National Rally", "France Unbowed").
  'National Assembly': 'assembl\u00e9e nationale',
  'National Rally': 'rassemblement national',
  'France Unbowed': 'la france insoumise|france insoumise',
  'Socialist Party': 'parti socialiste',
  // Spain's and Italy's main parties and Poland's lower house (with its declined forms: "w Sejmie"), as their
  // press writes them; the English press keeps "PSOE", "Forza Italia" and "Sejm" and translates the rest.
  PSOE: 'psoe|partido socialista obrero espa\u00f1ol',
  "People's Party (Spain)": 'partido popular',
  'Brothers of Italy': "fratelli d'italia|fratelli d\u2019italia",
  'Forza Italia': 'forza italia',
  'Five Star Movement': 'movimento 5 stelle|movimento cinque stelle',
  Sejm: 'sejm|sejmu|sejmie|sejmem|sejmowi',
  // Germany's largest unions ("Verdi" alone is also Italy's Greens and the composer).
  'IG Metall': 'ig metall',
  Verdi: 'gewerkschaft verdi|ver.di',
  // Germany's only; "Bundesrat" is also the Swiss government and Austria's upper house, so it is left out.
  Bundestag: 'bundestag',
  'Federal Constitutional Court': 'bundesverfassungsgericht',
};

let byLocalName: ReadonlyMap<string, string> | undefined;

function localNames(): ReadonlyMap<string, string> {
  if (byLocalName === undefined) {
    const map = new Map<string, string>();
    for (const [english, names] of Object.entries(BODIES))
      for (const n of names.split('|')) map.set(n, english);
    byLocalName = map;
  }
  return byLocalName;
}

/** The English name of a body named `name` (lower-cased, its article cut) in another language's press. */
export function bodyNamedInOtherLanguage(name: string): string | undefined {
  return localNames().get(name);
}

/**
 * The listed names of more than one word (lower case): French, Italian, Czech and Swedish write the
 * adjective of "l'Union européenne", "la Banca centrale europea", "Evropská unie" in lower case, so the
 * recogniser does not read them as one run and they are looked for in the text (local-text-names.ts).
 */
export function multiWordBodyNames(): string[] {
  return [...localNames().keys()].filter((n) => n.includes(' '));
}

/**
 * Seats of government the press of other languages names its own way (wild37 \u26059: "la Maison Blanche" was a
 * person): English name → lower-case names. A place, as "White House" is in English copy.
 */
const SEATS: Readonly<Record<string, string>> = {
  'White House': 'maison blanche|casa blanca|casa bianca|casa branca|wei\u00dfe haus|wei\u00dfen haus',
};

let seatByLocalName: ReadonlyMap<string, string> | undefined;

/** The English name of a seat of government named `name` (lower-cased, its article cut) in another language. */
export function seatNamedInOtherLanguage(name: string): string | undefined {
  if (seatByLocalName === undefined) {
    const map = new Map<string, string>();
    for (const [english, names] of Object.entries(SEATS))
      for (const n of names.split('|')) map.set(n, english);
    seatByLocalName = map;
  }
  return seatByLocalName.get(name);
}
