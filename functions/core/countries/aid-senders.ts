import { isInInlineDateline } from '../text/dateline.js';
import { fieldOf, storyLead, type TagDocument } from '../text/document.js';
import { sentenceOrFieldAt } from '../text/sentences.js';
import type { CountryMention } from './mentions.js';

/**
 * "Cyclone leaves thousands homeless as aid arrives … across Hawke's Bay and Gisborne, Prime Minister
 * Christopher Luxon said … Australia sent a team of 40 rescue workers and the United States pledged $1
 * million in aid. Australia's foreign minister said more help would follow": a disaster story is about the
 * country struck, however often it names the countries that send help. A country every mention of which
 * gives aid (its sentence speaks of aid, help, relief, rescue teams, donations, condolences, and the
 * country is not where the help goes: "aid to New Zealand", "rescuers in Christchurch") is a sender; the
 * country the story names otherwise, most, is the one struck: it ranks first and is in focus (resolve.ts).
 * Undefined when the story is no disaster story, no country is struck, or no sender outranks it.
 */

/** A disaster in the headline or the lead. */
const DISASTER =
  /\b(?:earthquakes?|quakes?|cyclones?|hurricanes?|typhoons?|tornado(?:e?s)?|floods?|flooding|flash floods|storms?|wildfires?|bushfires?|tsunamis?|landslides?|mudslides?|volcan\w+|eruptions?|avalanches?|death toll)\b/i;
/** The help a sender gives, or sends. */
const AID =
  /\b(?:aid|help|assist|assistance|relief|rescuers|sen(?:d|ds|ding|t)|dispatch(?:ed|es|ing)?|provid(?:e|es|ed|ing)|gave|give[ns]?|offer(?:s|ed|ing)?|rescue (?:teams?|workers|experts|specialists|crews)|search-and-rescue|donat(?:e|ed|es|ing|ions?)|pledg(?:e|ed|es|ing)|condolences|sympathy|solidarity)\b/i;
/** Where the help goes or what was struck: "aid to New Zealand", "rescuers in Christchurch". */
const RECIPIENT_BEFORE =
  /\b(?:to|in|into|for|across|at|on|hit|struck|battered|devastated|ravaged)\s+(?:the\s+)?(?:(?:quake|storm|flood|cyclone|disaster)-\w+\s+)?$/i;

export interface NamedCountry {
  readonly code: string;
  readonly mentions: readonly CountryMention[];
  /** The score its salience is read from (resolve.ts salienceScore). */
  readonly weight: number;
  /** Named in the headline, the lead, or more than once, or the country filed from. */
  readonly named: boolean;
  /** The country filed from: never a sender ("CANBERRA — Australia will send rescuers"). */
  readonly dateline: boolean;
}

export function strickenCountry(doc: TagDocument, countries: readonly NamedCountry[]): string | undefined {
  if (doc.language !== 'en' || !isDisasterStory(doc)) return undefined;
  let struck: NamedCountry | undefined;
  let topSender = -1;
  for (const c of countries) {
    if (!c.dateline && c.mentions.every((m) => givesAid(doc, m))) topSender = Math.max(topSender, c.weight);
    else if (c.named && (!struck || c.weight > struck.weight)) struck = c;
  }
  return struck && topSender >= struck.weight ? struck.code : undefined;
}

/** The headline names a disaster ("Cyclone kills more than 300 in Sri Lanka"): the story is about it. */
export const disasterInHeadline = (doc: TagDocument): boolean => namesDisaster(doc.title.text);

function isDisasterStory(doc: TagDocument): boolean {
  if (disasterInHeadline(doc)) return true;
  const lead = storyLead(doc);
  return lead !== undefined && namesDisaster(doc.body.text.slice(doc.storyStart, lead.end));
}

/**
 * A part of each of DISASTER's words: a text without one does not run that pattern (nor compile it: V8 compiles
 * a pattern the first time it runs, ~0.5 ms for this one in a fresh process).
 */
const DISASTER_PART =
  /quake|cyclone|hurricane|typhoon|tornado|flood|storm|fire|tsunami|slide|volcan|eruption|avalanche|death toll/i;

function namesDisaster(text: string): boolean {
  return DISASTER_PART.test(text) && DISASTER.test(text);
}

/** A country as pairs.ts holds it: its code, whether it is in focus, and where it is named. */
export interface PairedCountry {
  readonly code: string;
  readonly focus?: boolean;
  readonly mentions: readonly Placed[];
}

/**
 * "Quake kills 300 in Turkey … Japan and Germany sent rescue teams": the senders of aid each stand by the
 * country struck, not by each other; a reader wants the pairs of the stricken country and its helpers, even
 * where a sender is named once, in a sentence without it ("India sent two navy ships with relief supplies").
 * The codes of the senders (every mention gives aid, not the country filed from) of a disaster story in which
 * a country in focus is no sender; empty when there is none.
 */
export function aidSenders(
  doc: TagDocument,
  countries: readonly PairedCountry[],
  filedFrom: string | undefined,
): ReadonlySet<string> {
  if (doc.language !== 'en' || countries.length < 3 || !isDisasterStory(doc)) return NO_SENDERS;
  const senders = new Set<string>();
  let struck = false;
  for (const c of countries) {
    if (c.code !== filedFrom && c.mentions.length > 0 && c.mentions.every((m) => givesAid(doc, m)))
      senders.add(c.code);
    else if (c.focus) struck = true;
  }
  return struck && senders.size > 0 ? senders : NO_SENDERS;
}
const NO_SENDERS: ReadonlySet<string> = new Set();

/** Where a mention is: its field and offset. */
interface Placed {
  readonly field: 'title' | 'body';
  readonly start: number;
}

/** The mention names a country giving help: its sentence speaks of aid, and not as where the help goes. */
function givesAid(doc: TagDocument, m: Placed): boolean {
  if (isInInlineDateline(doc.dateline, m.field, m.start)) return false;
  const field = fieldOf(doc, m.field);
  const { start: from, end: to } = sentenceOrFieldAt(field, m.start);
  const text = field.text;
  return (
    AID.test(text.slice(from, to)) &&
    !RECIPIENT_BEFORE.test(text.slice(Math.max(from, m.start - 40), m.start))
  );
}
