/**
 * The combining forms of peoples' names that open a hyphened adjective: "the Franco-Dutch group",
 * "Sino-Japanese ties", "the Anglo-Irish agreement", "Austro-Hungarian". Read as a word the form was an
 * organisation ("Franco-Dutch") or, alone, a surname (Franco); it is the people, with its country.
 */
const COMBINING_FORMS: ReadonlyMap<string, string> = new Map([
  ['franco', 'FR'],
  ['sino', 'CN'],
  ['anglo', 'GB'],
  ['indo', 'IN'],
  ['russo', 'RU'],
  ['austro', 'AT'],
  ['italo', 'IT'],
  ['greco', 'GR'],
  ['turco', 'TR'],
  ['luso', 'PT'],
  ['hispano', 'ES'],
  ['germano', 'DE'],
  ['nippo', 'JP'],
  ['serbo', 'RS'],
  ['irano', 'IR'],
  ['belgo', 'BE'],
  ['dano', 'DK'],
  ['polono', 'PL'],
]);

/** The country of a people's combining form ("Franco" → FR), in any case; undefined for other words. */
export function combiningFormCountry(word: string): string | undefined {
  return COMBINING_FORMS.get(word.toLowerCase());
}
