/**
 * Limits, patterns and messages of the request parameters, shared by the runtime parsers
 * (`parsers.ts`, zod/mini, small bundle) and the documented schemas (`requests.ts`, zod classic, read by
 * the OpenAPI generator). A test checks that both accept and reject the same inputs.
 */

export const MAX_LIMIT = 100;
export const DEFAULT_LIMIT = 20;
/** Longest range, in days, per route: each day costs a bounded number of reads. */
export const MAX_TREND_DAYS = 366;
export const MAX_TOP_DAYS = 31;
export const MAX_FAILURE_DAYS = 366;
/** Default windows, in days ending today, when `from`/`to` are left out. */
export const DEFAULT_TREND_DAYS = 30;
export const DEFAULT_TOP_DAYS = 7;
export const DEFAULT_FAILURE_DAYS = 30;
/** Values of one repeatable filter. */
export const MAX_FILTER_VALUES = 3;

export const FILTER_PARAMETERS = ['entity', 'topic', 'country', 'pair'] as const;

import { brotliDecompressSync } from 'node:zlib';
import { slugOf } from '../core/entities/slug.js';
import { ENTITY_TYPES } from '../core/entity-types.js';
import { TOPIC_TABLE_BROTLI_BASE64 } from './topic-labels.js';
import { decodeTopicTable } from './topic-table.js';

export { ENTITY_TYPES };
export const TYPE_MESSAGE = `must be one of ${ENTITY_TYPES.join(', ')}`;

export const LIMIT_PATTERN = /^\d{1,4}$/;
export const LIMIT_MESSAGE = `must be an integer from 1 to ${MAX_LIMIT}`;
export const CURSOR_MAX = 2048;
export const PREFIX_MAX = 100;
export const ENTITY_ID_MAX = 200;
/**
 * Entity ids as given: `type:name`, the type in any case and the name as the id writes it or as a name
 * (`person:donald-trump`, `PERSON:Donald Trump`, `place:iso:cn`, `place:geonames:1816670`); no `#`, `|`, `~`
 * or control characters. `entityIdOf` turns them into the id the tagger builds.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the class excludes control characters (a NUL in an id).
export const ENTITY_ID_PATTERN = /^[A-Za-z]+:[^#|~\x00-\x1f\x7f]+$/;
export const ENTITY_ID_MESSAGE =
  'must be an entity id, a type and a name such as "person:donald-trump" or "person:Donald Trump"';
export const ENTITY_TYPE_MESSAGE = `must start with an entity type (${ENTITY_TYPES.join(', ')}) and ":", such as "person:donald-trump"`;
const ENTITY_TYPE_NAMES: ReadonlySet<string> = new Set(ENTITY_TYPES);
export const hasEntityType = (id: string) =>
  ENTITY_TYPE_NAMES.has(id.slice(0, id.indexOf(':')).toLowerCase());
const COUNTRY_PLACE = /^\s*iso:([a-z]{2})\s*$/i;
const GEONAMES_PLACE = /^\s*geonames:(\d+)\s*$/i;
/**
 * A name already written as an id (lower case, letters and digits joined by hyphens) is taken as it is, so
 * an id the table holds from an older slug (accents kept, "zoë-müller") stays reachable.
 */
const ID_SHAPED = /^[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*$/u;
/**
 * The id the tagger builds for an id as given (`PERSON:Elon Musk` → `person:elon-musk`): the type in lower
 * case, a country's `place:iso:XX` and a GeoNames `place:geonames:N` kept as such, a name already in id form
 * kept, any other name through the tagger's own slug (`functions/core/entities/slug.ts`). An id as the API
 * returns it comes back unchanged.
 */
export function entityIdOf(given: string): string {
  const colon = given.indexOf(':');
  const type = given.slice(0, colon).toLowerCase();
  const name = given.slice(colon + 1);
  const country = type === 'place' ? COUNTRY_PLACE.exec(name)?.[1] : undefined;
  if (country) return `place:iso:${country.toUpperCase()}`;
  const geonames = type === 'place' ? GEONAMES_PLACE.exec(name)?.[1] : undefined;
  if (geonames) return `place:geonames:${geonames}`;
  return `${type}:${ID_SHAPED.test(name) && name === name.toLowerCase() ? name : slugOf(name)}`;
}
/** A name with no letter or digit (`person:--`) leaves no id. */
export const hasEntityName = (id: string) => !id.endsWith(':');
export const TOPIC_PATTERN = /^medtop:\d{8}$/;
export const TOPIC_MESSAGE = 'must be an IPTC Media Topic id such as "medtop:11000000"';
export const COUNTRY_PATTERN = /^[A-Za-z]{2}$/;
export const COUNTRY_MESSAGE = 'must be an ISO 3166-1 alpha-2 country code such as "US"';
export const PAIR_PATTERN = /^[A-Za-z]{2}-[A-Za-z]{2}$/;
export const PAIR_MESSAGE = 'must be two country codes joined by "-", such as "CN-US"';
export const PAIR_SAME_MESSAGE = 'must name two different countries';
export const ARTICLE_ID_PATTERN = /^[A-Za-z0-9_-]{16}$/;
export const ARTICLE_ID_MESSAGE =
  'must be a 16-character article id (a list item\'s "id"); to fetch an article by your own id, add key=<the S3 key it was ingested from>, e.g. /articles/my-id?key=articles/feed.jsonl';
export const SOURCE_KEY_MAX = 1024;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the class excludes control characters.
export const SOURCE_TEXT_PATTERN = /^[^\x00-\x1f\x7f]+$/;
export const SOURCE_KEY_MESSAGE = `must be the S3 key the article was ingested from (1 to ${SOURCE_KEY_MAX} characters), e.g. articles/feed.jsonl`;
export const SOURCE_ID_MESSAGE = `must be an article's short id (a list item's "id") or its own id (1 to ${SOURCE_KEY_MAX} characters, no control characters)`;
export const KIND_MESSAGE = 'must be one of entity, topic, country, pair';
/** A `+` offset pasted into a URL arrives as a space (form encoding): say how to write it. */
export const DATE_MESSAGE =
  'must be a date (YYYY-MM-DD) or an ISO 8601 timestamp with a time zone; in a URL write + as %2B (2026-11-29T10:15:00%2B02:00)';
/** A value written as a date or timestamp whose day or hour does not exist: say so, not "must be a date". */
export const NO_SUCH_DATE_MESSAGE = 'names a date or time that does not exist (such as 2026-02-30 or 25:00)';
export const REPEAT_MESSAGE = `may be given at most ${MAX_FILTER_VALUES} times`;
export const FOCUS_VALUES = ['true', 'false'] as const;
export const FOCUS_MESSAGE = 'must be true or false';
export const isTrue = (value: (typeof FOCUS_VALUES)[number]) => value === 'true';
export const lengthMessage = (max: number) => `must be 1 to ${max} characters long`;
export const CURSOR_MESSAGE = lengthMessage(CURSOR_MAX);
/**
 * One message for every way a prefix is refused (empty, too long, a control character, fewer than 2 letters or
 * digits): review59 found "1 to 100 characters" for an empty prefix and "at least 2 letters or digits" for "a".
 */
export const PREFIX_MESSAGE = `must hold at least 2 letters or digits (at most ${PREFIX_MAX} characters, no control characters)`;
export const ENTITY_ID_LENGTH_MESSAGE = lengthMessage(ENTITY_ID_MAX);

export const upperCase = (code: string) => code.toUpperCase();
export const sortedPair = (pair: string) => pair.toUpperCase().split('-').sort().join('-');
export const twoCountries = (pair: string) => pair.slice(0, 2) !== pair.slice(3);

/**
 * The ISO 3166-1 alpha-2 codes the tagger can give (its gazetteer's; `test/unit/api/country-codes.test.ts`
 * keeps them in step): a filter on any other code could only ever match nothing.
 */
const COUNTRY_CODES = new Set(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ ' +
    'BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM ' +
    'DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS ' +
    'GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN ' +
    'KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ ' +
    'MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM ' +
    'PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV ' +
    'SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI ' +
    'VN VU WF WS XK YE YT ZA ZM ZW'
  ).split(' '),
);
export const isCountryCode = (code: string) => COUNTRY_CODES.has(code);
export const pairOfCountryCodes = (pair: string) =>
  isCountryCode(pair.slice(0, 2)) && isCountryCode(pair.slice(3));
export const KNOWN_COUNTRY_MESSAGE =
  'must be an ISO 3166-1 alpha-2 country code such as "US" (the United Kingdom is "GB")';
export const KNOWN_PAIR_MESSAGE =
  'must be two ISO 3166-1 alpha-2 country codes, such as "CN-US" (the United Kingdom is "GB")';
/**
 * The IPTC Media Topics the tagger can give, with their labels (its taxonomy's,
 * `functions/core/topics/taxonomy.ts`; `test/unit/api/topic-ids.test.ts` keeps them in step), embedded
 * brotli-compressed (`topic-labels.ts`, ~2 KB; the taxonomy module would be ~15 KB of a bundle kept under
 * 250 KB) and inflated on first use: a filter on any other id could only ever match nothing, and `/top`
 * names the topics it counts.
 */
let topicLabels: ReadonlyMap<string, string> | undefined;
export function topicLabel(id: string): string | undefined {
  topicLabels ??= decodeTopicTable(
    brotliDecompressSync(Buffer.from(TOPIC_TABLE_BROTLI_BASE64, 'base64')).toString('utf8'),
  );
  return topicLabels.get(id);
}
export const isTopicId = (id: string): boolean => topicLabel(id) !== undefined;
export const KNOWN_TOPIC_MESSAGE =
  'is not a topic the tagger gives (functions/core/topics/taxonomy.ts lists them), such as "medtop:11000000" for politics';
export const asArray = (value: string | string[]) => (Array.isArray(value) ? value : [value]);

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Written as a day or a timestamp with a zone, whether or not the calendar has it. */
export const isDateShaped = (text: string) => DAY.test(text) || TIMESTAMP.test(text);
/** A value of another shape is left to `isDateShaped`'s message: one issue per value. */
export const existsIfDateShaped = (text: string) => !isDateShaped(text) || isDateOrTimestamp(text);

export function isDateOrTimestamp(text: string): boolean {
  if (DAY.test(text)) {
    const parsed = Date.parse(`${text}T00:00:00Z`);
    return !Number.isNaN(parsed) && new Date(parsed).toISOString().slice(0, 10) === text;
  }
  if (!TIMESTAMP.test(text)) return false;
  const parsed = Date.parse(text);
  const month = Number(text.slice(5, 7));
  // Date.parse rolls 2026-02-30 over to March; reject days that do not exist.
  return !Number.isNaN(parsed) && month >= 1 && month <= 12 && Number(text.slice(8, 10)) <= daysInMonth(text);
}

function daysInMonth(text: string): number {
  return new Date(Date.UTC(Number(text.slice(0, 4)), Number(text.slice(5, 7)), 0)).getUTCDate();
}
