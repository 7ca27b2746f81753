import { fieldOf, type TagDocument } from '../text/document.js';
import type { CountryMention } from './mentions.js';
import { keyOf } from './normalize.js';

/**
 * United States federal bodies American copy names without "U.S.": "The State Department approved a possible
 * $330 million sale of aircraft parts to Taiwan", "The Food and Drug Administration approved Eli Lilly's pill",
 * "The FDA", "The CDC", "The FTC", "NIH" gave no US, or gave Taiwan or Japan alone (wild39b ★1). They are the
 * US government acting, as the White House and the Pentagon are (METONYMS), and count as metonyms. reuters-dev
 * names them almost only beside "U.S." or in stories filed from the US (two stories with the FDA, both US in
 * the gold). Left out: names every government has ("Treasury Department": Brazil's and Ontario's in
 * reuters-dev; "the Treasury", "Supreme Court", "Agriculture Department") and "EPA" (Ireland's agency has the
 * same name). The names below that another country's body shares are read with SHARED_NAMES.
 */
export const US_FEDERAL_BODIES: Readonly<Record<string, readonly string[]>> = {
  US: [
    'State Department',
    'Justice Department',
    'Department of Justice',
    'Commerce Department',
    'Defense Department',
    'Department of Homeland Security',
    'Food and Drug Administration',
    'FDA',
    'Federal Trade Commission',
    'FTC',
    'Centers for Disease Control and Prevention',
    'Centers for Disease Control',
    'CDC',
    'National Institutes of Health',
    'NIH',
    'Federal Aviation Administration',
    'FAA',
    'Federal Communications Commission',
    'Internal Revenue Service',
    // The immigration agency by its full name, and by its acronym where what follows says which body it is: "ICE"
    // alone is also the Intercontinental Exchange ("ICE Brent", "ICE Futures Europe") and Britain's Institution of
    // Civil Engineers (wild49 E16: "ICE agents arrested a man", "an ICE facility" gave no US).
    'Immigration and Customs Enforcement',
    'ICE agent',
    'ICE agents',
    'ICE officer',
    'ICE officers',
    'ICE detention',
    'ICE detainees',
    'ICE custody',
    'ICE raid',
    'ICE raids',
    'ICE facility',
    'ICE facilities',
    'ICE director',
    'ICE detained',
    'ICE arrested',
    'ICE deported',
  ],
};

/**
 * The countries whose own bodies go by one of a federal body's names in English copy, by the body's names: the
 * Philippines' Food and Drug Administration, Ghana's and Thailand's FDA, Pakistan's and Korea's NIH, Taiwan's
 * Fair Trade Commission and Centers for Disease Control, China's CDC, Canada's, the Philippines' and Hong Kong's
 * Department of Justice, India's Commerce Department. A story that gives one name as another's means that body
 * by all of them ("the Taiwan Centers for Disease Control said … the CDC added").
 */
const SHARED_NAMES: readonly (readonly [names: string, sharers: string])[] = [
  ['Food and Drug Administration|FDA', 'PH GH TH'],
  ['Federal Trade Commission|FTC', 'TW KR JP'],
  ['Centers for Disease Control and Prevention|Centers for Disease Control|CDC', 'TW CN KR'],
  ['National Institutes of Health|NIH', 'PK KR'],
  ['Justice Department|Department of Justice', 'CA PH HK'],
  ['Commerce Department', 'IN'],
];

/** Each shared name (keyOf) with the body it names (its first name) and the countries sharing it. */
const SHARED_BY: ReadonlyMap<string, { readonly body: string; readonly sharers: ReadonlySet<string> }> =
  new Map(
    SHARED_NAMES.flatMap(([names, sharers]) => {
      const keys = names.split('|').map(keyOf);
      const entry = { body: keys[0]!, sharers: new Set(sharers.split(' ')) };
      return keys.map((key) => [key, entry] as const);
    }),
  );

const bodyOf = (m: CountryMention) => SHARED_BY.get(keyOf(m.text))?.body ?? keyOf(m.text);

const BODY_NAMES: ReadonlySet<string> = new Set(US_FEDERAL_BODIES.US!.map(keyOf));

const isFederalBody = (m: CountryMention) =>
  m.code === 'US' && m.kind === 'metonym' && BODY_NAMES.has(keyOf(m.text));

// Between a country's name and what it owns: "Pakistan's NIH", "Taiwan CDC", "India's Home Secretary".
const OWNER_GAP = /^(?:['\u2019]s)?\s+$/;
// A part of the world that has a body of the name: "Africa CDC", "Europe's CDC".
const REGION_BEFORE = /\b(?:Africa|African|Europe|European)(?:['\u2019]s)?\s+$/;

/**
 * Whether a shared name (`m`, in its field's `text`) is written as a country's other than its own: right after that
 * country's name, demonym or possessive ("Taiwan CDC", "Thai FDA", "Pakistan's NIH", "Maharashtra Home
 * Secretary"). Also read for Britain's Home Secretary in shared-metonyms.ts.
 */
export function ownedByOtherCountry(
  text: string,
  mentions: readonly CountryMention[],
  m: CountryMention,
): boolean {
  return mentions.some(
    (o) =>
      o.field === m.field &&
      o.code !== m.code &&
      o.end < m.start &&
      m.start - o.end <= 4 &&
      OWNER_GAP.test(text.slice(o.end, m.start)),
  );
}

/** A shared body named as another country's (`ownedByOtherCountry`), or after a part of the world ("Africa CDC"). */
function ownedByOther(doc: TagDocument, mentions: readonly CountryMention[], m: CountryMention): boolean {
  const text = fieldOf(doc, m.field).text;
  return (
    REGION_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)) ||
    ownedByOtherCountry(text, mentions, m)
  );
}

/**
 * The mentions without the federal bodies that are another country's here: a shared name in a story filed from
 * a country whose body has it ("MANILA — The FDA warned …"), or every mention of a name the story once gives as
 * another's ("the Taiwan CDC said … the CDC added").
 */
export function withoutOthersFederalBodies(
  doc: TagDocument,
  mentions: readonly CountryMention[],
  datelineCode: string | undefined,
): readonly CountryMention[] {
  if (!mentions.some(isFederalBody)) return mentions;
  const others = new Set<string>();
  for (const m of mentions) {
    if (!isFederalBody(m)) continue;
    const sharers = SHARED_BY.get(keyOf(m.text))?.sharers;
    const filedBySharer = sharers !== undefined && datelineCode !== undefined && sharers.has(datelineCode);
    if (filedBySharer || ownedByOther(doc, mentions, m)) others.add(bodyOf(m));
  }
  const bare = new Set(
    mentions.filter(
      (m) => isFederalBody(m) && (isBareFirmInitials(doc, m) || namedByCountryBefore(doc, mentions, m)),
    ),
  );
  if (others.size === 0 && bare.size === 0) return mentions;
  return mentions.filter((m) => !(isFederalBody(m) && (others.has(bodyOf(m)) || bare.has(m))));
}

/**
 * "The U.S. State Department urged Beijing …": the body right after the US's own name is one naming of the country
 * with it, not a second (a country named twice is read by the count rules, no longer by the cue that links the
 * one who urges to the one urged: party-links.ts).
 */
function namedByCountryBefore(
  doc: TagDocument,
  mentions: readonly CountryMention[],
  m: CountryMention,
): boolean {
  const text = fieldOf(doc, m.field).text;
  return mentions.some(
    (o) =>
      o.field === m.field && o.code === 'US' && o.end <= m.start && /^\s+$/.test(text.slice(o.end, m.start)),
  );
}

// Initials firms go by as well (Control Data Corp, Canada Development Corp, CDC Group), which American copy writes
// with the article for the agency: "the CDC said", "CDC's" after "the U.S.".
const FIRM_INITIALS: ReadonlySet<string> = new Set(['cdc']);
const ARTICLE_BEFORE = /\b(?:[Tt]he|U\.S\.|US)\s+$/;

/**
 * "<Canada Development Corp> said … CDC said": initials of a firm as much as the agency's, in the body without the
 * article. In a headline they count where the body counts them.
 */
function isBareFirmInitials(doc: TagDocument, m: CountryMention): boolean {
  if (!FIRM_INITIALS.has(keyOf(m.text))) return false;
  const before = (field: 'title' | 'body', at: number) =>
    fieldOf(doc, field).text.slice(Math.max(0, at - 6), at);
  if (m.field === 'body') return !ARTICLE_BEFORE.test(before('body', m.start));
  return !ARTICLE_BEFORE.test(before('title', m.start)) && !articledInBody(doc);
}

const ARTICLED_CDC = /\b(?:[Tt]he|U\.S\.)\s+(?:CDC|Centers for Disease Control)\b/;

function articledInBody(doc: TagDocument): boolean {
  return ARTICLED_CDC.test(doc.body.text);
}
