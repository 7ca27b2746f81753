/**
 * Names of two countries at once, where the single names give one country or none: "the Koreas", "the two Koreas",
 * "both Koreas" are North and South Korea, and so is "inter-Korean" ("Korean" alone reads as the South). compile.ts
 * adds each plural as a name of the first country; mentions.ts gives the second the same words. No imports: the build
 * reads it.
 */
export const JOINT_NAMES: Readonly<Record<string, readonly [string, string]>> = {
  Koreas: ['KR', 'KP'],
};

/** Demonyms that name both countries after "inter-" (their first country's, as the gazetteer reads them). */
const INTER_DEMONYMS: ReadonlyMap<string, readonly [string, string]> = new Map([['korean', ['KR', 'KP']]]);

const PARTNERS: ReadonlyMap<string, readonly [string, string]> = new Map(
  Object.entries(JOINT_NAMES).map(([name, codes]) => [name.toLowerCase(), codes]),
);
const INTER = /inter-$/i;
/** The first countries of the joint names: a name or demonym of another country is not looked up. */
const FIRSTS: ReadonlySet<string> = new Set(
  [...PARTNERS.values(), ...INTER_DEMONYMS.values()].map(([first]) => first),
);

/**
 * The second country a joint name names: `surface`, read as `code`'s name or demonym (`kind`) at `start` of `text`;
 * undefined for any other.
 */
export function jointPartner(
  text: string,
  start: number,
  surface: string,
  code: string,
  kind: string,
): string | undefined {
  if (!FIRSTS.has(code)) return undefined;
  const table = kind === 'name' ? PARTNERS : kind === 'demonym' ? INTER_DEMONYMS : undefined;
  const codes = table?.get(surface.toLowerCase());
  if (codes === undefined || codes[0] !== code) return undefined;
  return kind === 'name' || INTER.test(text.slice(Math.max(0, start - 6), start)) ? codes[1] : undefined;
}
