import { entryMatches } from './list-entry.js';
import { deathsInTitle } from './other-language-deaths.js';

/**
 * Diseases and the words of their outbreak, by language, for a headline in another language (read34 ★5: "Un brote
 * de cólera deja 400 muertos en Sudán en plena guerra" led with war). Entries are written as list-entry.ts says
 ('~cholera' is a part of a German compound: "Cholera-Ausbruch").
 * Polish "cholera" (an oath) and "odra" (the Oder) and Italian "influenza" (also "influence") are left out.
 */
const OUTBREAKS: Readonly<Record<string, { diseases: readonly string[]; events: readonly string[] }>> = {
  es: {
    diseases: ['c\u00f3lera', 'dengue', '\u00e9bola', 'sarampi\u00f3n', 'mpox'],
    events: ['brote', 'brotes', 'epidemia', 'emergencia', 'casos', 'contagios'],
  },
  fr: {
    diseases: ['chol\u00e9ra', 'dengue', 'ebola', '\u00e9bola', 'rougeole', 'mpox'],
    events: ['\u00e9pid\u00e9mie', 'flamb\u00e9e', 'cas', 'urgence'],
  },
  de: {
    diseases: ['~cholera', '~dengue', '~ebola', '~masern', 'mpox'],
    events: ['~ausbruch', '~ausbr\u00fcche', 'epidemie', 'f\u00e4lle', 'notstand', '~notstand'],
  },
  it: {
    diseases: ['colera', 'dengue', 'ebola', 'morbillo', 'mpox'],
    events: ['focolaio', 'focolai', 'epidemia', 'casi', 'contagi', 'emergenza'],
  },
  pt: {
    diseases: ['c\u00f3lera', 'dengue', 'ebola', 'sarampo', 'mpox'],
    events: ['surto', 'surtos', 'epidemia', 'emerg\u00eancia', 'casos'],
  },
  nl: {
    diseases: ['cholera*', 'dengue', 'ebola*', 'mazelen*', 'mpox'],
    events: ['uitbraak', 'epidemie', 'gevallen', 'noodtoestand'],
  },
  pl: {
    diseases: ['denga', 'dengi', 'ebola', 'eboli', 'mpox'],
    events: ['epidemia', 'epidemii', 'ognisko', 'przypadk*'],
  },
  id: {
    diseases: ['kolera', 'ebola', 'mpox', 'campak', 'dbd'],
    events: ['wabah', 'klb', 'kasus', 'darurat'],
  },
};

/**
 * The disease a headline in that list's language names with its outbreak, its cases, an emergency or its deaths
 * ("brote de cólera", "Cholera-Ausbruch", "emergencia por dengue", "choléra : 200 morts"), if any (`words`: the
 * title's words in lower case).
 */
export function outbreakInTitle(language: string, words: readonly string[]): string | undefined {
  const lists = OUTBREAKS[language];
  if (!lists) return undefined;
  const disease = words.find((w) => lists.diseases.some((d) => entryMatches(w, d)));
  if (!disease) return undefined;
  const told =
    words.some((w) => lists.events.some((e) => entryMatches(w, e))) || deathsInTitle(language, words);
  return told ? disease : undefined;
}
