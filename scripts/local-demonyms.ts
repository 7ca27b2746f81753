/**
 * Nationality adjectives of French, German and Spanish news from maintained packages, for
 * functions/core/countries/local-demonyms.ts (data/local-demonyms.json): "le gouvernement malien", "die ägyptische
 * Regierung", "el canciller guatemalteco". world-countries gives every country's French demonym (masculine and
 * feminine); i18n-nationality (MIT) one base form per country in German and Spanish (its Italian is mostly English
 * and country names, so it is not read). Before this the runtime had only a hand table of some thirty countries per
 * language: wild58 found ~40% of the adjectives of fr/de/es news missing (malien, ivoirien, guatemalteco, ägyptische).
 *
 * Each language's line is "CODE:form,form …" as local-demonyms.ts writes its table: base forms only, as
 * normalizeWord writes them (lower case, marks gone); the runtime adds the gender and number endings. Kept: a
 * sovereign state's or a news territory's adjective, one word (hyphens allowed), no country name of that language
 * or English ("ghana", "mali" in the Spanish list are names), no given name (Spanish "luciano", Saint Lucia's, is
 * Luciano), German forms in "-isch" (the package's others are names: "Hongkong", "Gibraltar"), and no form two
 * countries share ("congolais", "kongolesisch": both Congos). The runtime's hand table comes first, so a form
 * left out here can still be read there ("frances", a given name too, is Spanish's France).
 */
import { createRequire } from 'node:module';
import { normalizeWord } from '../functions/core/countries/normalize.js';

const require = createRequire(import.meta.url);

/** A country as world-countries gives it (the fields read here). */
export interface DemonymCountry {
  readonly cca2: string;
  readonly independent: boolean;
  readonly demonyms?: { readonly fra?: { readonly m: string; readonly f: string } };
}

/**
 * Package forms that name something else as often in that language's news: Spanish "sahariano" is the desert's
 * (polvo sahariano), "granadino" Granada's (Spain's and Nicaragua's), "coreano" either Korea's, and "indio" the
 * Americas' indigenous peoples as well as India's ("comunidades indias"), as French "indien" is.
 */
const LEFT_OUT: Readonly<Record<string, ReadonlySet<string>>> = {
  es: new Set(['sahariano', 'granadino', 'coreano', 'indio']),
  // "Les peuples indiens d'Amazonie" (review59).
  fr: new Set(['indien']),
};

/** What a language's base form must look like to be an adjective, not a name the package put in its place. */
const ADJECTIVE: Readonly<Record<string, RegExp>> = {
  fr: /^[a-z][a-z-]+$/,
  de: /^[a-zß][a-zß-]+isch$/,
  es: /^[a-z][a-z-]+$/,
};

/** i18n-nationality's base form per alpha-2 code in `language`. */
function packageForms(language: string): Record<string, string> {
  const data = require(`i18n-nationality/langs/${language}.json`) as {
    nationalities: Record<string, string | string[]>;
  };
  return Object.fromEntries(
    Object.entries(data.nationalities).map(([code, value]) => [
      code,
      Array.isArray(value) ? value[0]! : value,
    ]),
  );
}

/**
 * ISO 639-1 → "CODE:form,form …" for fr, de and es. `kept` says which countries are read (sovereign states and
 * the news territories); `names` are each language's country names ("" for English), as keys, none of which is kept
 * as an adjective; `givenName` tells a given name (asked of the form capitalised).
 */
export function localDemonymLines(
  worldCountries: readonly DemonymCountry[],
  kept: (country: DemonymCountry) => boolean,
  names: Readonly<Record<string, ReadonlySet<string>>>,
  givenName: (name: string) => boolean,
): Record<string, string> {
  const byLanguage: Record<string, [string, string][]> = {
    fr: worldCountries.flatMap((c) => (c.demonyms?.fra && kept(c) ? [[c.cca2, c.demonyms.fra.m]] : [])),
    de: Object.entries(packageForms('de')),
    es: Object.entries(packageForms('es')),
  };
  const keptCodes = new Set(worldCountries.filter(kept).map((c) => c.cca2));
  const out: Record<string, string> = {};
  for (const [language, rows] of Object.entries(byLanguage)) {
    const codesOf = new Map<string, Set<string>>();
    for (const [code, written] of rows) {
      if (!keptCodes.has(code)) continue;
      // "Congoleño (República del Congo)": the package's qualifier is no part of the word.
      const form = normalizeWord(written.replace(/\s*\(.*$/, '').trim());
      if (!ADJECTIVE[language]!.test(form) || LEFT_OUT[language]?.has(form)) continue;
      if (names[language]?.has(form) || names['']?.has(form)) continue;
      if (givenName(form[0]!.toUpperCase() + form.slice(1))) continue;
      codesOf.set(form, (codesOf.get(form) ?? new Set()).add(code));
    }
    const formsOf = new Map<string, string[]>();
    for (const [form, codes] of codesOf) {
      if (codes.size !== 1) continue;
      const code = [...codes][0]!;
      formsOf.set(code, [...(formsOf.get(code) ?? []), form]);
    }
    out[language] = [...formsOf]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, forms]) => `${code}:${forms.join(',')}`)
      .join(' ');
  }
  return out;
}
