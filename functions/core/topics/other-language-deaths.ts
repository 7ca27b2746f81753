/**
 * Words of a headline that report people dead, by language (whole words in lower case, as other-languages.ts
 * reads a title): "La DANA deja más de 200 muertos en Valencia",
 * "Unwetter: Mindestens 20 Tote", "Inondations : 12 morts dans le Var", "Banjir bandang tewaskan 15 orang".
 * Words for victims in general ("víctimas", "vittime", "korban") are left out: a victim may be hurt or robbed.
 */
const DEATH_WORDS: Readonly<Record<string, readonly string[]>> = {
  es: ['muertos', 'muertas', 'muertes', 'fallecidos', 'fallecidas', 'mueren', 'fallecen'],
  pt: ['mortos', 'mortas', 'mortes', '\u00f3bitos', 'morrem'],
  fr: ['morts', 'mort', 'tu\u00e9s', 'tu\u00e9es', 'd\u00e9c\u00e8s', 'meurent'],
  it: ['morti', 'morto', 'decessi', 'muoiono'],
  de: ['tote', 'toten', 'todesopfer', 'todesopfern', 'sterben', 'starben', 'get\u00f6tet'],
  nl: ['doden', 'dode', 'omgekomen', 'dodental', 'dodentol'],
  pl: ['zgin\u0119\u0142o', 'zgin\u0119li', 'zgin\u0119\u0142y', 'zabitych', 'zmar\u0142o', 'zmarli'],
  id: ['tewas', 'tewaskan', 'menewaskan', 'meninggal', 'kematian'],
};

/** The death word a headline holds in that list's language (`words`: the title's words in lower case), if any. */
export function deathsInTitle(language: string, words: readonly string[]): string | undefined {
  const list = DEATH_WORDS[language];
  if (!list) return undefined;
  return words.find((word) => list.includes(word));
}
