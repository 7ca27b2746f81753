/**
 * The combining forms of peoples' names that open a hyphened adjective: "the Franco-Dutch group",
 * "Sino-Japanese ties", "the Anglo-Irish agreement", "Austro-Hungarian". Read as a word the form was an
 * organisation ("Franco-Dutch") or, alone, a surname (Franco); it is the people, with its country.
 */
const COMBINING_FORMS: ReadonlyMap<string, readonly [country: string, people: string]> = new Map([
  ['franco', ['FR', 'French']],
  ['sino', ['CN', 'Chinese']],
  ['anglo', ['GB', 'British']],
  ['indo', ['IN', 'Indian']],
  ['russo', ['RU', 'Russian']],
  ['austro', ['AT', 'Austrian']],
  ['italo', ['IT', 'Italian']],
  ['greco', ['GR', 'Greek']],
  ['turco', ['TR', 'Turkish']],
  ['luso', ['PT', 'Portuguese']],
  ['hispano', ['ES', 'Spanish']],
  ['germano', ['DE', 'German']],
  ['nippo', ['JP', 'Japanese']],
  ['serbo', ['RS', 'Serbian']],
  ['irano', ['IR', 'Iranian']],
  ['belgo', ['BE', 'Belgian']],
  ['dano', ['DK', 'Danish']],
  ['polono', ['PL', 'Polish']],
]);

/** The country of a people's combining form ("Franco" → FR), in any case; undefined for other words. */
export function combiningFormCountry(word: string): string | undefined {
  return COMBINING_FORMS.get(word.toLowerCase())?.[0];
}

/** The people a combining form names, as the entity is called ("Franco" → "French", not the surname). */
export function combiningFormPeople(word: string): string | undefined {
  return COMBINING_FORMS.get(word.toLowerCase())?.[1];
}
