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
