import { METONYMS } from './curated.js';
import { US_FEDERAL_BODIES } from './federal-bodies.js';
import type { CountryMention } from './mentions.js';
import { keyOf } from './normalize.js';

/**
 * The seats of power, the offices and the forces among a state's bodies that act on other countries as well as
 * their own: a president's White House imposes tariffs on Valencia's orange growers, the Kremlin answers marchers in
 * Birmingham, an army strikes across a border, Wall Street moves London's shares. The rest of the curated bodies
 * (METONYMS, US_FEDERAL_BODIES) work at home: police forces, courts, prosecutors, regulators, health services,
 * election bodies, parliaments of a nation.
 */
const ACTING_ABROAD: ReadonlySet<string> = new Set(
  [
    'White House',
    'Pentagon',
    'Capitol Hill',
    'Oval Office',
    'Foggy Bottom',
    'Washington',
    'Wall Street',
    'CIA',
    // Its missions, partners and grants are the world's.
    'NASA',
    'State Department',
    'Defense Department',
    'Commerce Department',
    'Kremlin',
    'Downing Street',
    'Whitehall',
    'Westminster',
    'Buckingham Palace',
    'MI6',
    'Home Secretary',
    'Home Office',
    'Chancellor of the Exchequer',
    'Taoiseach',
    'Tánaiste',
    'Tanaiste',
    'Elysee',
    'Élysée',
    'Elysee Palace',
    'Quai d’Orsay',
    "Quai d'Orsay",
    'Zhongnanhai',
    'Great Hall of the People',
    "People's Liberation Army",
    'Blue House',
    'Chancellery',
    'Bundeswehr',
    'Kasumigaseki',
    'Vatican',
    'Malacañang',
    'Malacanang',
    'Union Buildings',
    'IDF',
    'Israel Defense Forces',
    'Israel Defence Forces',
    'Mossad',
    'Shin Bet',
    'IRGC',
    'Islamic Revolutionary Guard Corps',
    'Revolutionary Guards',
    'Tatmadaw',
  ].map(keyOf),
);

/** Each curated body's name (keyOf) with its country. */
let homeBodies: ReadonlyMap<string, string> | undefined;

/**
 * Whether a mention is one of its country's bodies that work at home (a police force, a court, a regulator, a health
 * service): one that acts in a town says which country the town is in ("The FBI arrested two men in Birmingham",
 * "NSW Police charged three men after a brawl in Newcastle"). Not a leader, a seat of power or a force that acts
 * abroad too (ACTING_ABROAD), nor a team, a club or a movement.
 */
export function isHomeBody(m: CountryMention): boolean {
  if (m.kind !== 'metonym') return false;
  homeBodies ??= new Map(
    [METONYMS, US_FEDERAL_BODIES].flatMap((list) =>
      Object.entries(list).flatMap(([code, names]) =>
        names
          .map(keyOf)
          .filter((key) => !ACTING_ABROAD.has(key))
          .map((key) => [key, code] as const),
      ),
    ),
  );
  return homeBodies.get(keyOf(m.text)) === m.code;
}
