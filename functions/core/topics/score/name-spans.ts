import { namesSportBody } from '../../entities/typing/sport-bodies.js';
import type { Entity } from '../../schema.js';
import type { FieldText } from '../../text/document.js';
import { exchangeTickers } from '../../text/exchange-tickers.js';
import { sortInPlace } from '../../text/sort.js';
import { adviserBanks } from '../adviser-banks.js';
import { celestialFirms } from '../celestial-firms.js';
import { shortNameSpans } from '../club-short-names.js';
import { crashesNotAccidents } from '../crashes-not-accidents.js';
import { diplomaticProtestWords } from '../diplomatic-protest.js';
import { figurativeWords } from '../figurative-words.js';
import { germanQuotes } from '../foreign-quotes.js';
import { joinedPortfolios } from '../joined-portfolios.js';
import { lentWithoutMoney } from '../lent-without-money.js';
import {
  NAME_BODY,
  NAME_COUNTRY,
  NAME_OTHER_SENSE,
  NAME_PERSON,
  NAME_PLACE,
  NAME_SURNAME,
  NAME_TITLE,
  NAME_WORK,
  type NameKind,
  type NameSpans,
} from '../match.js';
import { mediaSourceMentions } from '../media-source.js';
import { mergedBodies } from '../merged-bodies.js';
import { negatedEvents } from '../negated-events.js';
import { nobelEpithets } from '../nobel-epithet.js';
import { otherSenseWords } from '../other-sense-words.js';
import { peakSummits } from '../peak-summits.js';
import { quotedTitles } from '../quoted-titles.js';
import { riskedAccidents } from '../risked-accidents.js';
import { riverBanks } from '../river-banks.js';
import { stakesNotOwned } from '../stakes-not-owned.js';
import { territoryLeaderTitles } from '../territory-leaders.js';
import { toppledNonRulers } from '../toppled-rulers.js';
import { opinionLabel, transcriptHeader } from '../transcript-header.js';
import { weatherNamedTeams } from '../weather-named-teams.js';
import { LEXICON } from './lexicon.js';
import { namesAFinancier } from './lexicon-names.js';

/** What `nameSpans` reads beside the entities: the story's named works, ships, streets and rulers, its other senses. */
interface NameSpanOptions {
  readonly works?: ReadonlySet<Entity>;
  /** A headline written in capitals (its surnames are in capitals too). */
  readonly capitalsTitle?: boolean;
  /** Works' titles written without quotation marks (work-titles.ts). */
  readonly titles?: readonly string[];
  readonly dateline?: { readonly start?: number; readonly end?: number };
  readonly ships?: ReadonlySet<Entity>;
  readonly streetSpans?: readonly (readonly [number, number])[];
  readonly rulers?: ReadonlySet<Entity>;
  /** The body's text, read for a headline's protest (diplomatic-protest.ts). */
  readonly body?: string;
  /** Words the whole story gives another sense ("gaming" of casinos, casino-gaming.ts). */
  readonly storySenses?: readonly (readonly [number, number])[];
  /** The short names of the story's clubs and brands named in full (club-short-names.ts). */
  readonly clubs?: ReadonlySet<string>;
}

const NO_CLUBS: ReadonlySet<string> = new Set();

/**
 * Where the field names people, places, organisations and other named things: a lexicon word inside such
 * a name is not the word (see match.ts for which words count all the same).
 */
export function nameSpans(
  entities: readonly Entity[],
  field: 'title' | 'body',
  fieldText: FieldText,
  {
    works,
    capitalsTitle = false,
    titles,
    dateline,
    ships,
    streetSpans = [],
    rulers,
    body = '',
    storySenses = [],
    clubs = NO_CLUBS,
  }: NameSpanOptions,
): NameSpans {
  const { text } = fieldText;
  const spans: [number, number, NameKind][] = [];
  // A dateline ("PANAMA CITY —") is no word of the story: "CITY" is no City of London. Only a dateline that
  // names a place the recogniser found: a heading read as one ("HORSE RACING - … STAKES RESULT") says what
  // the story is.
  const { start, end } = dateline ?? {};
  if (
    start !== undefined &&
    end !== undefined &&
    entities.some(
      (e) =>
        e.type === 'place' && e.mentions.some((m) => m.field === field && m.start >= start && m.end <= end),
    )
  )
    spans.push([start, end, NAME_TITLE]);
  let sources: Set<number> | undefined;
  for (const entity of entities) {
    // A sport's national body ("New Zealand Cricket") is named by its sport: the word counts.
    if (entity.type === 'organization' && namesSportBody(entity.name)) continue;
    const kind = entity.id.startsWith('place:iso:') ? NAME_COUNTRY : NAME_KINDS[entity.type];
    if (ships?.has(entity)) {
      // A ship named after its kind ("the aircraft carrier Gerald R. Ford"): no word of it is the story's.
      for (const m of entity.mentions) if (m.field === field) spans.push([m.start, m.end, NAME_TITLE]);
    } else if (works?.has(entity)) {
      // A work named after its kind ("the game Manhunt"): its ordinary words are the title's (named-works.ts).
      for (const m of entity.mentions) if (m.field === field) spans.push([m.start, m.end, NAME_WORK]);
    } else if (kind === NAME_PERSON) {
      // "Cook" after "Tim Cook", "Mr King", "Lord King": the surname names the person, it is no cook or
      // king (a one-word mention that is not the last word of a full one, "Ombudsman", stays a word).
      let surnames: Set<string> | undefined;
      for (const m of entity.mentions) {
        const space = m.text.lastIndexOf(' ');
        if (space < 0) continue;
        surnames ??= new Set();
        surnames.add(m.text.slice(space + 1));
      }
      for (const m of entity.mentions) {
        if (m.field !== field) continue;
        // A headline in capitals writes the surname in capitals: "DOLE , PEROT ATTACK CLINTON" (no dole money).
        const surname =
          !m.text.includes(' ') &&
          (surnames?.has(m.text) ||
            (capitalsTitle &&
              surnames !== undefined &&
              [...surnames].some((n) => n.toUpperCase() === m.text)) ||
            STYLE_BEFORE.test(text.slice(Math.max(0, m.start - 10), m.start)));
        spans.push([m.start, m.end, surname ? NAME_SURNAME : NAME_PERSON]);
      }
    } else if (kind !== undefined) {
      // A news outlet that is the story's source ("…, Radio Free Europe/Radio Liberty reported"): no word of its
      // name counts (media-source.ts).
      sources ??= new Set(mediaSourceMentions(text, field, entities).map(([start]) => start));
      for (const m of entity.mentions) {
        if (m.field !== field) continue;
        // A ministry's portfolios joined after its first name no desk of the story (joined-portfolios.ts).
        const joined = sources.has(m.start) ? undefined : joinedPortfolios(m.text);
        if (joined === undefined) {
          spans.push([m.start, m.end, sources.has(m.start) ? NAME_TITLE : kind]);
          continue;
        }
        const [from, to] = [m.start + joined[0], m.start + joined[1]];
        spans.push([m.start, from, kind], [from, to, NAME_TITLE]);
        if (to < m.end) spans.push([to, m.end, kind]);
      }
    } else if (entity.type === 'work' || entity.type === 'other') {
      // A title in quotation marks ("It Was Just an Accident", "One Battle After Another") names a work:
      // its words are the title's, not the story's, as a person's or place's are.
      for (const m of entity.mentions)
        if (m.field === field && isQuoted(text, m.start, m.end)) spans.push([m.start, m.end, NAME_PLACE]);
    }
  }
  for (const [start, end] of quotedTitles(text)) spans.push([start, end, NAME_TITLE]);
  for (const [start, end] of figurativeWords(text)) spans.push([start, end, NAME_OTHER_SENSE]);
  for (const [start, end] of otherSenseWords(fieldText, LEXICON.hyphenated))
    spans.push([start, end, NAME_OTHER_SENSE]);
  for (const [start, end] of germanQuotes(text)) spans.push([start, end, NAME_OTHER_SENSE]);
  for (const [start, end] of mergedBodies(text)) spans.push([start, end, NAME_OTHER_SENSE]);
  for (const [start, end] of riverBanks(text)) spans.push([start, end, NAME_OTHER_SENSE]);
  for (const [start, end] of peakSummits(fieldText)) spans.push([start, end, NAME_OTHER_SENSE]);
  for (const [start, end] of riskedAccidents(text)) spans.push([start, end, NAME_OTHER_SENSE]);
  for (const [start, end] of negatedEvents(text)) spans.push([start, end, NAME_OTHER_SENSE]);
  for (const [start, end] of crashesNotAccidents(fieldText)) spans.push([start, end, NAME_OTHER_SENSE]);
  for (const [start, end] of lentWithoutMoney(fieldText)) spans.push([start, end, NAME_OTHER_SENSE]);
  for (const [start, end] of stakesNotOwned(fieldText)) spans.push([start, end, NAME_OTHER_SENSE]);
  // A team named for the weather (weather-named-teams.ts) and a word the whole story gives another sense ("gaming" of
  // casinos, casino-gaming.ts): the recogniser's organisation "Hurricanes" or "Gaming Council" holds the word, and
  // the name of a body counts its ordinary words, so the word's span replaces the body's.
  // So do the banks that advise a deal (adviser-banks.ts): their names are bodies' names; and a planet's name that a
  // firm bears ("Mars Inc agreed to buy", celestial-firms.ts).
  const replacing = [
    ...weatherNamedTeams(fieldText, field === 'title'),
    ...celestialFirms(text),
    ...storySenses,
    ...adviserBanks(fieldText, field, entities, namesAFinancier),
  ];
  if (replacing.length > 0) {
    const replaced = replacedBy(replacing);
    let kept = 0;
    for (const span of spans) if (!replaced(span[0], span[1], span[2] === NAME_BODY)) spans[kept++] = span;
    spans.length = kept;
    for (const [start, end] of replacing) spans.push([start, end, NAME_OTHER_SENSE]);
  }
  // A Nobel prize that only describes someone, outside the headline (nobel-epithet.ts).
  if (field === 'body')
    for (const [start, end] of nobelEpithets(text)) spans.push([start, end, NAME_OTHER_SENSE]);
  for (const [start, end] of exchangeTickers(text)) spans.push([start, end, NAME_TITLE]);
  for (const [start, end] of diplomaticProtestWords(text, field, entities, body))
    spans.push([start, end, NAME_OTHER_SENSE]);
  for (const [start, end] of territoryLeaderTitles(text, entities))
    spans.push([start, end, NAME_OTHER_SENSE]);
  const rulerSpans: [number, number][] = [];
  for (const ruler of rulers ?? [])
    for (const m of ruler.mentions) if (m.field === field) rulerSpans.push([m.start, m.end]);
  for (const [start, end] of toppledNonRulers(text, rulerSpans)) spans.push([start, end, NAME_OTHER_SENSE]);
  // A work's title written without quotation marks (work-titles.ts), wherever the field repeats it.
  for (const title of titles ?? [])
    for (let at = text.indexOf(title); at >= 0; at = text.indexOf(title, at + title.length))
      spans.push([at, at + title.length, NAME_WORK]);
  // A link's address ("https://en.wikipedia.org/wiki/Atacama_Region") is no word of the story: no "wiki".
  if (text.includes('://') || text.includes('www.')) {
    WEB_ADDRESS.lastIndex = 0;
    for (let m = WEB_ADDRESS.exec(text); m !== null; m = WEB_ADDRESS.exec(text))
      spans.push([m.index, m.index + m[0].length, NAME_TITLE]);
  }
  // A headline that only labels a broadcast's transcript names the programme, not the story.
  if (field === 'title')
    for (const [start, end] of [...transcriptHeader(text), ...opinionLabel(text)])
      spans.push([start, end, NAME_TITLE]);
  // A street's name before its kind is no word of a desk, whatever name the recogniser made of the street.
  if (streetSpans.length > 0) {
    const overlapsStreet = ([start, end]: readonly [number, number, NameKind]) =>
      streetSpans.some(([s, e]) => start < e && end > s);
    for (let k = spans.length - 1; k >= 0; k--) if (overlapsStreet(spans[k]!)) spans.splice(k, 1);
    for (const [start, end] of streetSpans) spans.push([start, end, NAME_OTHER_SENSE]);
  }
  // A club's short name standing alone ("Flames" after "Calgary Flames", club-short-names.ts), as a mention of the
  // club or where no other name holds it: its ordinary word is the club's, as in a work's name.
  const shortNames = clubs.size > 0 ? shortNameSpans(text, clubs, capitalsTitle) : [];
  if (shortNames.length > 0) {
    // The first span holding each character, read once: a page naming a club thousands of times asked every span
    // for every mention (quadratic on the bench's 'countries in one sentence' page).
    const heldBy = new Int32Array(text.length);
    for (let k = spans.length - 1; k >= 0; k--) {
      const [s, e] = spans[k]!;
      heldBy.fill(k + 1, s, e);
    }
    for (const [start, end] of shortNames) {
      let held = 0;
      for (let at = start; at < end && held === 0; at++) held = heldBy[at] ?? 0;
      const span = held > 0 ? spans[held - 1] : undefined;
      if (span === undefined) spans.push([start, end, NAME_WORK]);
      else if (span[0] === start && span[1] === end && span[2] === NAME_BODY) span[2] = NAME_WORK;
    }
  }
  // At one start the longer span: a quoted title holds the name it opens with ("Marvin's Room").
  sortInPlace(spans, (a, b) => a[0] - b[0] || b[1] - a[1]);
  // Mentions of recognised entities do not overlap; keep the first of any that would.
  const kept: [number, number, NameKind][] = [];
  for (const span of spans) if (span[0] >= (kept[kept.length - 1]?.[1] ?? 0)) kept.push(span);
  return kept;
}

/** A web address, up to the space, bracket or quotation mark that ends it. */
const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)[^\s()<>[\]"'\u201c\u201d]+/g;

/** A style before a surname: "Mr King", "Lord King", "Dr. Fauci". */
const STYLE_BEFORE = /\b(?:Mr|Mrs|Ms|Miss|Dr|Lord|Lady|Sir|Dame|Baroness|Baron)\.? $/;

const OPENING_QUOTES = new Set(['"', '“', '‘', "'"]);

const CLOSING_QUOTES = new Set(['"', '”', '’', "'"]);

/** The span stands between quotation marks (a comma or full stop may sit inside the closing one). */
function isQuoted(text: string, start: number, end: number): boolean {
  if (!OPENING_QUOTES.has(text[start - 1] ?? '')) return false;
  const after = text[end] ?? '';
  return (
    CLOSING_QUOTES.has(after) || ((after === ',' || after === '.') && CLOSING_QUOTES.has(text[end + 1] ?? ''))
  );
}

const NAME_KINDS: Readonly<Record<string, NameKind | undefined>> = {
  person: NAME_PERSON,
  place: NAME_PLACE,
  organization: NAME_BODY,
};

/**
 * Whether a name's span gives way to one of the `replacing` spans: a body's name to any it overlaps, another name to
 * one that holds it. The spans are sorted once and each name asks only those starting before its end whose running
 * maximum end passes its start: a page of a thousand results in one line asked every side for every name.
 */
function replacedBy(
  replacing: readonly (readonly [number, number])[],
): (start: number, end: number, body: boolean) => boolean {
  const sorted = [...replacing].sort((a, b) => a[0] - b[0]);
  const reach: number[] = [];
  let furthest = -1;
  for (const [, end] of sorted) {
    furthest = Math.max(furthest, end);
    reach.push(furthest);
  }
  return (start, end, body) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]![0] < end) lo = mid + 1;
      else hi = mid;
    }
    for (let j = lo - 1; j >= 0 && reach[j]! > start; j--) {
      const [rs, re] = sorted[j]!;
      if (start < re && end > rs && (body || (start >= rs && end <= re))) return true;
    }
    return false;
  };
}
