import { fieldOf, type TagDocument } from '../text/document.js';
import { lazyPattern } from '../text/lazy-pattern.js';
import { lookupPlace } from './gazetteer.js';
import type { CountryMention } from './mentions.js';
import { plainKeyOf } from './normalize.js';

/** Towns up to this size: a city of a million is known by itself, whoever's council it is. */
const TOWN_SIZE = 1_000_000;
/**
 * Towns up to this size may be a stretch's local end ("between Cheltenham and Box Hill"); a capital or a big city
 * is a route's end abroad ("flights between Kingston and Montego Bay", whose other end no gazetteer knows either).
 */
const STRETCH_TOWN_SIZE = 200_000;
/** "Kingston council", "Kingston Borough Council", "Kingston councillors": the town's own local authority. */
const COUNCIL_AFTER = lazyPattern(
  () =>
    /^\s+(?:(?:city|borough|district|county|town|shire|municipal|regional|local)\s+)?council(?:s|lors?|llors?)?\b/i,
);
/** "between Cheltenham and Box Hill": the words after the town up to the stretch's other end. */
const AND_AFTER = lazyPattern(() => /^\s+and\s+(?=\p{Lu})/u);
const BETWEEN_BEFORE = lazyPattern(() => /\bbetween\s+$/i);

/**
 * Towns a local story names as its own: "Kingston council approved plans for 2,000 homes" over a LONDON
 * dateline, "tunnelling between Cheltenham and Box Hill" over a MELBOURNE one (wild41 item 7: Jamaica and
 * Britain were counted, the gazetteer knowing only Jamaica's capital and England's spa town by those names).
 * A town's council is a local body, and a stretch between the town and a place the gazetteer does not know
 * (or one in the story's own country) is a local route: the town is in the story's country, when the story
 * names the town's own country no other way. The story's country is its dateline's; without a dateline (or
 * from a world desk), the one country its other places are in ("Kingston council … in south-west London"),
 * and a council's town alone then ("Brighton council cuts") stays where the gazetteer puts it.
 */
export function withLocalTowns(
  doc: TagDocument,
  mentions: readonly CountryMention[],
  datelineCode: string | undefined,
): readonly CountryMention[] {
  // Each town's decision, made once by the first of its mentions with a local cue (a long page may repeat one).
  const decided = new Map<string, string | null>();
  let keysByCode: Map<string, Set<string>> | undefined;
  let byStart: Map<string, CountryMention> | undefined;
  const endAt = (field: string, start: number) => {
    if (!byStart) {
      byStart = new Map();
      for (const o of mentions) byStart.set(`${o.field}:${o.start}`, o);
    }
    return byStart.get(`${field}:${start}`);
  };
  for (const m of mentions) {
    if (m.kind !== 'city' || m.code === datelineCode) continue;
    const key = plainKeyOf(m.text);
    if (decided.has(key)) continue;
    const population = lookupPlace(key)?.population ?? 0;
    if (population >= TOWN_SIZE) continue;
    const text = fieldOf(doc, m.field).text;
    const council = COUNCIL_AFTER.test(text.slice(m.end, m.end + 40));
    if (
      !council &&
      !(
        datelineCode !== undefined &&
        population < STRETCH_TOWN_SIZE &&
        localStretch(text, m, endAt, datelineCode)
      )
    )
      continue;
    // The town's own country named otherwise (its name, a city, a region, its people): the town may be there.
    if (!keysByCode) {
      keysByCode = new Map();
      for (const o of mentions) {
        const keys = keysByCode.get(o.code) ?? new Set<string>();
        keysByCode.set(o.code, keys.add(plainKeyOf(o.text)));
      }
    }
    const keys = keysByCode.get(m.code)!;
    decided.set(
      key,
      keys.size > 1 ? null : (datelineCode ?? onlyOtherCountry(doc, keysByCode, mentions, m.code) ?? null),
    );
  }
  let local = false;
  for (const code of decided.values()) if (code !== null) local = true;
  if (!local) return mentions;
  return mentions.map((m) => {
    const code = m.kind === 'city' ? decided.get(plainKeyOf(m.text)) : undefined;
    return code === undefined || code === null ? m : { ...m, code };
  });
}

/**
 * The one country the story's other places are in (cities, regions, the country's name), if there is one:
 * `keysByCode` holds every code the story's mentions have.
 */
function onlyOtherCountry(
  doc: TagDocument,
  keysByCode: ReadonlyMap<string, ReadonlySet<string>>,
  mentions: readonly CountryMention[],
  code: string,
): string | undefined {
  let only: string | undefined;
  for (const other of keysByCode.keys()) {
    if (other === code) continue;
    if (only !== undefined) return undefined;
    only = other;
  }
  // A city or the country's name places the story there; its people, its money, a state alone ("Alabama-born
  // councillor" in a story on Birmingham's council) or a name in a compound ("a London-based firm") do not.
  const placed = mentions.some(
    (o) =>
      o.code === only &&
      !o.currency &&
      (o.kind === 'city' || o.kind === 'name') &&
      fieldOf(doc, o.field).text.charCodeAt(o.end) !== 45,
  );
  return placed ? only : undefined;
}

/**
 * "between Cheltenham and Box Hill": the town opens a stretch whose other end is a capitalised name that no
 * mention reads as a place abroad (no mention there, or one in the dateline's country).
 */
function localStretch(
  text: string,
  m: CountryMention,
  endAt: (field: string, start: number) => CountryMention | undefined,
  datelineCode: string,
): boolean {
  if (!BETWEEN_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))) return false;
  const and = AND_AFTER.exec(text.slice(m.end, m.end + 12));
  if (!and) return false;
  const end = endAt(m.field, m.end + and[0].length);
  return end === undefined || end.code === datelineCode;
}
