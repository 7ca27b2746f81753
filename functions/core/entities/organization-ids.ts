import type { Entity } from '../schema.js';
import { lowerCased } from '../text/chars.js';
import { lazyPattern } from '../text/lazy-pattern.js';
import { letterPattern } from '../text/letters.js';
import { joinedById } from './join-entities.js';
import { knownBodyNamed } from './known-bodies.js';
import { withoutLegalForm } from './legal-form.js';
import { GAZETTEER, isBrandWord, isLowerWord } from './lexicon.js';
import { slug } from './places.js';

/**
 * Words after a firm's name that say what it makes or how it is held, which most articles leave out as they
 * leave out a legal form: "Meta Platforms", "Toyota Motor", "Samsung Electronics", "Taiwan Semiconductor
 * Manufacturing Company", "CK Hutchison Holdings". Plural "Motors" and "Electric" stay: "General Motors", "Tata
 * Motors" and "Mitsubishi Electric" are firms apart from their groups.
 */
const FIRM_DESCRIPTORS = new Set([
  'company',
  'holding',
  'holdings',
  'platforms',
  'manufacturing',
  'electronics',
  'motor',
]);

/**
 * "Group" ends the names of many bodies that are no firm's ("Minsk Group", "Islamic Group") and of firms apart
 * from the one its first word names ("Meta Group", the research firm): left out only from a firm's legal name,
 * before its legal form ("Goldman Sachs Group Inc").
 */
const GROUP = 'group';

/**
 * Party members in the plural, the news's name for the party ("Republicans said", "the Conservatives won"),
 * and the party's name: members and party are one entity (docs/entities.md, "Organisation ids"). Only these
 * families' words: a suffix rule would make the Washington Nationals and St. Louis Cardinals parties.
 */
const PARTY_MEMBERS: ReadonlyMap<string, string> = new Map([
  ['Republicans', 'Republican Party'],
  ['Democrats', 'Democratic Party'],
  ['Conservatives', 'Conservative Party'],
  ['Liberals', 'Liberal Party'],
  ['Socialists', 'Socialist Party'],
  ['Communists', 'Communist Party'],
]);

/** "Department of Justice", "U.S. Department of Commerce", "Ministry of Defence": the head word before "of". */
const HEAD_OF = letterPattern(
  String.raw`^((?:[\p{Lu}][\p{L}.]*\s)?)(Department|Ministry)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}'-]*(?:\s+(?:and|&|\p{Lu}[\p{L}'-]*))*)$`,
);
/** "Amazon.com": a firm named by its web address. */
const WEB_ADDRESS = lazyPattern(() => /^(\p{L}[\p{L}\p{N}-]+)\.com$/iu);

/**
 * Whether the words left of a firm's name would be no name of their own: ordinary words only ("Booking
 * Holdings", "Bad Company"), or a country or a people's ("China Group"; a town's name is a firm's: "Toyota
 * Motor").
 */
function isNoFirmName(words: readonly string[]): boolean {
  if (words.every((w) => w === '&' || (isLowerWord(lowerCased(w)) && !isBrandWord(w)))) return true;
  const kind = GAZETTEER.get(lowerCased(words.join(' ')))?.kind;
  return kind === 'country' || kind === 'demonym';
}

/**
 * The name an organisation's id is made of, so that the forms articles use give one id: the legal form left
 * out ("Apple Inc"), the words of `FIRM_DESCRIPTORS` at the end ("Meta Platforms Inc" is Meta), a web
 * address's ".com" ("Amazon.com Inc" is Amazon), "Department of X" as "X Department" (the Department of
 * Justice is the Justice Department; "Ministry of Defence" the Defence Ministry), and a party's members in the
 * plural as the party. Nothing is cut that would leave an ordinary word or a country alone ("Booking Holdings",
 * "China Group").
 */
export function organizationIdName(name: string): string {
  const party = PARTY_MEMBERS.get(name);
  if (party !== undefined) return party;
  const named = withoutLegalForm(name);
  let words = named.split(' ');
  let end = words.length;
  for (;;) {
    const last = end > 1 ? lowerCased(words[end - 1]!) : '';
    if (FIRM_DESCRIPTORS.has(last) || (last === GROUP && named !== name)) end--;
    else break;
  }
  if (end < words.length && !isNoFirmName(words.slice(0, end))) words = words.slice(0, end);
  if (words.length === 1) {
    const web = WEB_ADDRESS.exec(words[0]!);
    // (A place's name is the firm's here: "Amazon.com".)
    if (web && !(isLowerWord(lowerCased(web[1]!)) && !isBrandWord(web[1]!))) return web[1]!;
  }
  let joined = words.join(' ');
  // "Ben & Jerry's said", "Ben & Jerry's ice cream": an ampersand firm's own "'s", which the text shows only where
  // no owner's "'s" can be meant, is left out, so both forms give one id.
  if (joined.includes(' & ') && joined.endsWith("'s")) joined = joined.slice(0, -2);
  const headOf = HEAD_OF.exec(joined);
  return headOf ? `${headOf[1]}${headOf[3]} ${headOf[2]}` : joined;
}

/** A word that opens with a capital (a module-level constant: the bundle builds a \p{…} literal where it stands). */
const CAPITAL_FIRST = lazyPattern(() => /^\p{Lu}/u);
/** "DOJ", "DHS": an acronym of three to five capitals. */
const ACRONYM = /^[A-Z]{3,5}$/;
/** "Justice Department", "U.S. Commerce Department", "Defence Ministry": a head word after its domain. */
const DOMAIN_HEAD = letterPattern(
  String.raw`^(?:(?:U\.S\.|US|U\.K\.|UK) )?(\p{Lu}[\p{L}'-]*(?: (?:and|&|\p{Lu}[\p{L}'-]*))*) (Department|Ministry)$`,
);

/**
 * The initials of a department's or ministry's official form, with and without the "of": "DOJ" and "DJ" of
 * "Justice Department" and of "Department of Justice", "DOHS" and "DHS" of "Department of Homeland Security".
 * Empty for another name.
 */
function officialInitials(name: string): string[] {
  const domainFirst = DOMAIN_HEAD.exec(name);
  const headFirst = domainFirst ? undefined : HEAD_OF.exec(name);
  const head = domainFirst?.[2] ?? headFirst?.[2];
  const domain = domainFirst?.[1] ?? headFirst?.[3];
  if (head === undefined || domain === undefined) return [];
  let letters = '';
  for (const word of domain.split(' ')) if (CAPITAL_FIRST.test(word)) letters += word.charAt(0);
  return [`${head.charAt(0)}O${letters}`, `${head.charAt(0)}${letters}`];
}

/** "U.S. Treasury" of "Treasury": a body's name with its country's abbreviation before it. */
const COUNTRY_PREFIXES = ['U.S. ', 'US ', 'U.K. ', 'UK '];

/**
 * Organisations with the ids `organizationIdName` gives (an id a list gave is kept), joined when they come to
 * share one ("Amazon.com Inc … Amazon shares"; "Taiwan Semiconductor Manufacturing Company … Taiwan
 * Semiconductor"; "Republicans … the Republican Party"). Within an article a body's bare name joins the same
 * name with the country's abbreviation before it ("U.S. Treasury yields … the Treasury"): across articles a
 * bare "Supreme Court" or "Treasury" may be another country's, so each keeps its own id. The joined entity
 * has the longest name.
 */
export function withOrganizationIds(
  entities: readonly Entity[],
  texts: { readonly title: string; readonly body: string },
): Entity[] {
  let changed = false;
  const ids = entities.map((e) => {
    if (e.type !== 'organization' || e.id !== `organization:${slug(withoutLegalForm(e.name))}`) return e.id;
    if (knownBodyNamed(e.name) !== undefined) return e.id;
    const id = `organization:${slug(organizationIdName(e.name))}`;
    if (id !== e.id) changed = true;
    return id;
  });
  // The bare name of a body named with its country's abbreviation too.
  const byName = new Map<string, number>();
  entities.forEach((e, i) => {
    if (e.type === 'organization') byName.set(e.name, i);
  });
  // A department's or ministry's initials, each to the first body that has them: built once, not searched for each
  // acronym (a page of thousands of acronyms and bodies took twice as long).
  const byInitials = new Map<string, number>();
  entities.forEach((e, i) => {
    if (e.type !== 'organization') return;
    for (const initials of officialInitials(e.name))
      if (!byInitials.has(initials)) byInitials.set(initials, i);
  });
  entities.forEach((e, i) => {
    if (e.type !== 'organization') return;
    // (Not one word only ever opening a sentence: "UK Athletics said … Athletics and soccer drew crowds".)
    const opener = !e.name.includes(' ') && e.mentions.every((m) => opensSentence(texts[m.field], m.start));
    for (const prefix of opener ? [] : COUNTRY_PREFIXES) {
      const prefixed = byName.get(prefix + e.name);
      if (prefixed === undefined) continue;
      ids[i] = ids[prefixed]!;
      changed = true;
      return;
    }
    // "The U.S. Justice Department sued Apple … The DOJ said": a department's or ministry's initials in its
    // official form ("Department of Justice"), with "of" or without ("DHS"), are the body the article names.
    if (!ACRONYM.test(e.name)) return;
    const body = byInitials.get(e.name);
    if (body !== undefined && body !== i) {
      ids[i] = ids[body]!;
      changed = true;
    }
  });
  if (!changed) return entities as Entity[];
  const renamed = entities.map((e, i) => (ids[i] === e.id ? e : { ...e, id: ids[i]! }));
  // The joined entity is named by its longest name ("U.S. Treasury", "Amazon.com Inc").
  const longest = new Map<string, string>();
  for (const e of renamed) if ((longest.get(e.id)?.length ?? -1) < e.name.length) longest.set(e.id, e.name);
  return joinedById(renamed).map((e) =>
    longest.get(e.id) === e.name ? e : { ...e, name: longest.get(e.id)! },
  );
}

/** Whether the text opens a sentence at `start`: at the field's start or after a full stop, "!" or "?". */
function opensSentence(text: string, start: number): boolean {
  return /(?:^|[.!?]["\u201d]?)\s*$/.test(text.slice(Math.max(0, start - 4), start));
}
