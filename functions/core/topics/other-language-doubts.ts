/**
 * Entries of the other-language lists (data/topics/other-languages.json) with a second, everyday sense, by
 * language and desk: a team of rescuers or managers ("le squadre dei vigili del fuoco", "l'équipe dirigeante",
 * "a equipe econômica"), a race of solidarity ("gara di solidarietà"), a market's crash and the jolt it needs
 * ("crollo", "scossa"), production halted and its staff ("productie staken", "personeel"), the Andean potato
 * ("la papa"), the title of an economist or a doctor ("il professor Monti"), a policy's recipe and a deal
 * cooked up ("la ricetta per la manovra", "cocina un acuerdo"), a public work ("l'opera sullo Stretto"). Such a word still counts beside a word of its
 * desk with no second sense, but a desk named by these alone is no subject of the story (read31 F4, F5, F16, F17). Entries are written as in the lists.
 */
export const ENTRIES_OF_TWO_SENSES: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  fr: {
    sport: ['\u00e9quipe*', 'champion*', 'championne*', 'classement', 'sets'],
    education: ['professeur*'],
    lifestyle: ['recette', 'cuisine'],
  },
  es: {
    sport: ['liga', 'sets', 'open'],
    religion: ['papa'],
    education: ['profesor*'],
    lifestyle: ['receta', 'cocina'],
  },
  it: {
    sport: ['squadr*', 'gara', 'gare', 'partita*', 'set', 'sets', 'open'],
    disaster: ['crollo*', 'scossa', 'scosse'],
    education: ['professor*'],
    lifestyle: ['ricetta', 'ricette', 'cucina'],
    arts: ['opera'],
  },
  pt: {
    sport: ['equipa', 'equipas', 'equipe', 'equipes', 'liga', 'sets', 'open'],
    education: ['professor*'],
  },
  nl: { labour: ['staken', 'staakt', 'staakten', 'personeel'] },
  // A winner of any contest ("juara lomba masak", a cooking contest) and a match of a tournament ("partai final").
  id: { sport: ['juara', 'menjuarai'], politics: ['partai'] },
  // Malay reads the Indonesian list, where "polisi" is the police; in Malay it is a policy ("polisi baharu", "polisi
  // insurans"; the police are "polis") (read32 F7).
  ms: { crime: ['polisi'] },
  de: { sport: ['open'] },
  pl: { sport: ['open'] },
};
