/**
 * Clubs of other countries' leagues that no listed town names ("Celtic beat Rangers", "Galatasaray signed a
 * striker from Benfica", "Juventus drew with Lazio"): a story about them had no country at all, while "Inter
 * Milan" or "Leicester City" is read from its town (club-towns.ts). Counted like Britain's clubs (curated.ts
 * BRITISH_CLUBS): as metonyms of the league's country, in sports copy only (shared-metonyms.ts) — "Celtic
 * music", "Lazio's regional election", "the Roma community" and "Ajax cleaner" are no clubs.
 * A club whose name holds a town abroad is listed whole, so the longest phrase wins: "Wellington Phoenix" is
 * New Zealand's, not Wellington and Phoenix, Arizona ("Sydney FC beat Wellington Phoenix" paired AU-US).
 * Not names that are also common surnames or given names of players (Santos, Everton, Vasco da Gama), nor
 * clubs several countries share (Al Hilal: Saudi Arabia's and Sudan's; Al Ahly: Egypt's and Libya's; Al Ahli, Al
 * Ittihad, Nacional, Sporting alone; read29 F-h).
 */
export const LEAGUE_CLUBS: Readonly<Record<string, readonly string[]>> = {
  GB: ['Celtic', 'Hibernian', 'Heart of Midlothian'],
  TR: ['Galatasaray', 'Fenerbahce', 'Besiktas', 'Trabzonspor'],
  PT: ['Benfica', 'Sporting CP'],
  NL: ['Ajax', 'Feyenoord', 'PSV'],
  IT: ['Juventus', 'Lazio', 'Roma', 'Napoli', 'Fiorentina', 'Atalanta', 'Sampdoria'],
  DE: ['Bayern', 'Schalke'],
  BE: ['Anderlecht', 'Club Brugge'],
  GR: ['Olympiacos', 'Olympiakos', 'Panathinaikos', 'PAOK'],
  ES: ['Osasuna', 'Espanyol', 'Real Sociedad', 'Villarreal'],
  FR: ['PSG'],
  AR: ['Boca Juniors', 'River Plate'],
  BR: ['Flamengo', 'Fluminense', 'Corinthians', 'Palmeiras', 'Gremio'],
  SA: ['Al Nassr', 'Al-Nassr'],
  NZ: ['Wellington Phoenix'],
};

/**
 * Cycling teams named for a sponsoring state: "Pogacar won as his UAE Team Emirates teammates controlled the
 * race" put the UAE in focus of a Tour de France stage in France. The team is no more the country than a
 * firm is (dropped like curated.ts NOT_COUNTRIES); "Team GB" and "Team USA" are the nations' own sides.
 */
export const SPONSORED_TEAMS: readonly string[] = [
  'UAE Team Emirates',
  'UAE Team ADQ',
  'Israel Premier Tech',
  'Israel Premier-Tech',
  'Bahrain Victorious',
  'Team Bahrain Victorious',
  'Bahrain McLaren',
];
