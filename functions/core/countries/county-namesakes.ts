/**
 * Counties named like a kept city abroad, kept as that city's namesakes by country (compile.ts, as
 * town-namesakes.json's towns are): "Norfolk police" beside Norwich is England's county, not Virginia's
 * city; "Surrey", "Kent" likewise beside Canada's and Washington's. namesakes.ts places them by the story's
 * other places, as it places a town, and a county outranks a town: "Norfolk" beside "Norwich" (whose
 * namesake is a Connecticut town) makes both England's, never both American. No imports: the build reads it.
 */
export const COUNTY_NAMESAKES: Readonly<Record<string, readonly string[]>> = {
  GB: ['Norfolk', 'Surrey', 'Kent'],
};

const COUNTIES: ReadonlySet<string> = new Set(
  Object.entries(COUNTY_NAMESAKES).flatMap(([code, names]) => names.map((n) => `${n.toLowerCase()}|${code}`)),
);

/** Whether `key` (a plain key: "norfolk") names a county of `code` as well as a city abroad. */
export function isCountyOf(key: string, code: string): boolean {
  return COUNTIES.has(`${key}|${code}`);
}

/**
 * England's shire counties that home news names alone ("a stabbing in Fleet in Hampshire", "Lancashire police",
 * "floods across Cumbria"): phrases of Britain with no place for `lookupPlace` (compile.ts), as the towns of minor-towns.json are,
 * so the entity recogniser reads them as before (a county cricket side stays a team: session 14 left the counties
 * out for that). They also give an ordinary-word town its context ("Fleet in Hampshire", mentions.ts
 * `townInPlaceContext`). Left out: the namesakes above; names that are often something else in the news — Berkshire
 * (Berkshire Hathaway), Devon (a given name), Durham (North Carolina's city), Essex, Suffolk and Middlesex (counties
 * of New York, New Jersey and Massachusetts too), Rutland.
 */
export const ENGLISH_COUNTIES: readonly string[] = [
  'Hampshire',
  'Lancashire',
  'Cheshire',
  'Derbyshire',
  'Staffordshire',
  'Warwickshire',
  'Leicestershire',
  'Nottinghamshire',
  'Northamptonshire',
  'Gloucestershire',
  'Oxfordshire',
  'Buckinghamshire',
  'Hertfordshire',
  'Bedfordshire',
  'Cambridgeshire',
  'Herefordshire',
  'Worcestershire',
  'Shropshire',
  'Wiltshire',
  'Lincolnshire',
  'Cornwall',
  'Dorset',
  'Somerset',
  'Cumbria',
  'Northumberland',
  'County Durham',
  'Sussex',
  'West Sussex',
  'East Sussex',
  'Isle of Wight',
];

/**
 * Bodies that serve a county (or a state), written after its name: "Kent Police", "Norfolk Constabulary", "Essex County Council",
 * "Kerry gardaí". With one, a county whose bare name the gazetteer does not read — a namesake above, a county left
 * out of ENGLISH_COUNTIES, an Irish county named like a person ("Kerry", "Clare", "Mayo") — names its country
 * (compile.ts makes the phrases; review57: "Norfolk Police said", "Kerry gardaí have appealed" gave no country).
 */
export const COUNTY_BODIES: Readonly<Record<string, readonly string[]>> = {
  GB: ['Police', 'Constabulary', 'County Council', 'Fire and Rescue'],
  IE: ['gardaí', 'Gardaí', 'Garda', 'County Council'],
  AU: [
    'Premier',
    'premier',
    'government',
    'Government',
    'state government',
    'Parliament',
    'parliament',
    'Labor',
    'Liberals',
    'Opposition',
    'Coroner',
    'Supreme Court',
    'County Court',
    'Treasurer',
    'Health Minister',
    'Electoral Commission',
  ],
  ZA: [
    'police',
    'Police',
    'province',
    'Province',
    'provincial government',
    'Premier',
    'premier',
    'government',
    'Government',
    'legislature',
    'Legislature',
    'health department',
    'High Court',
    'Stars',
    'Cheetahs',
  ],
};

/**
 * Words after "X Police" that make it an American city's force, not an English county's, whatever follows: "Norfolk
 * Police Department", "Durham Police Dept." (review58). Its titles before a person's name ("Durham Police Chief
 * Patrice Andrews") are read in the text (city-police.ts).
 */
export const CITY_POLICE_TITLES: readonly string[] = ['Department', 'Dept'];

/**
 * Australia's state Victoria, by itself a given name, a London station and a city of Canada and the Seychelles
 * (curated.ts keeps it out of REGIONS), read with a body of COUNTY_BODIES: "the Victorian Premier", "the Victoria state
 * government" (review57).
 */
export const AUSTRALIAN_STATES_BY_THEIR_BODIES: readonly string[] = ['Victoria', 'Victorian'];

/**
 * South Africa's Free State, by itself also Germany's name for Bavaria, Saxony and Thuringia ("the Free State of
 * Bavaria"), Maryland's nickname and a US movement (review60 on the admin-1 regions): read with a body of
 * COUNTY_BODIES ("Free State police", "the Free State provincial government", "Free State Stars").
 */
export const SOUTH_AFRICAN_PROVINCES_BY_THEIR_BODIES: readonly string[] = ['Free State'];

/**
 * England's counties read only with a body of COUNTY_BODIES: the namesakes above and the counties ENGLISH_COUNTIES
 * leaves out. Ireland's are its "County …" regions (curated.ts REGIONS). "Norfolk Police Department" is Virginia's.
 */
export const ENGLISH_COUNTIES_BY_THEIR_BODIES: readonly string[] = [
  ...COUNTY_NAMESAKES.GB!,
  'Essex',
  'Suffolk',
  'Devon',
  'Devon and Cornwall',
  'Berkshire',
  'Middlesex',
  'Durham',
  'Thames Valley',
];
