import { prepareField, type TagDocument } from '../text/document.js';
import { lazyPattern } from '../text/lazy-pattern.js';
import { sentenceAt } from '../text/sentences.js';
import { creditsWorldAgency } from './agency-homes.js';
import {
  type DatelineNamesake,
  datelineNamesakes,
  isFirstLevelRegion,
  lookupPlace,
  namesakeState,
} from './gazetteer.js';
import { isHomeBody } from './home-bodies.js';
import { type CountryMention, scanField } from './mentions.js';
import { plainKeyOf } from './normalize.js';
import { ORIGIN_COMPOUND } from './short-story.js';

/** A namesake this share of the town's size or more may be meant by its country's name beside it (namesakes.ts). */
const SENTENCE_RATIO = 0.1;
/** How much of the body after the dateline is read as its lead: the first sentences. */
const LEAD_CHARS = 600;

/**
 * What a lead says of a bare dateline's town: the namesake's country it places the town in, or that it names the
 * country of the town's first reading (then no namesake is meant).
 */
interface LeadReading {
  readonly placed?: string;
  readonly namesOwnCountry: boolean;
}

/** Each story's reading, once: every rule that asks for the dateline's country asks again. */
const readings = new WeakMap<TagDocument, LeadReading>();

/**
 * The country of a namesake of a bare dateline's town that the lead places the story in: "BIRMINGHAM — Alabama's
 * governor announced a steel plant near Birmingham", "KINGSTON — A university in Kingston, Ontario", "HYDERABAD — A bus
 * crash near Hyderabad in Sindh province". A sentence of the lead that names the town again and a state, province or
 * region of the namesake's country, or another of its cities, says where the town is; the country the name stands
 * for alone must not be named in the headline or the lead at all (wild56 batch 5: ten of thirteen local datelines were
 * read as the bigger namesake, its country in focus and paired). A country's name or people beside the town place it
 * only when its town is a tenth of the bigger one's size or more: "LONDON — Canadian pension fund Maple Capital said it
 * would open a London office" is still filed from London, whose namesake in Ontario is a twentieth of it.
 */
export function namesakePlacedByLead(doc: TagDocument, town: string, code: string): string | undefined {
  return leadReading(doc, town, code)?.placed;
}

/**
 * Whether the headline or the lead names the country of the town's first reading (`code`), which keeps the town
 * there: "CORDOBA, Dec 9 (EFE) - Argentine soybean farmers …".
 */
export function leadNamesTownsCountry(doc: TagDocument, town: string, code: string): boolean {
  return leadReading(doc, town, code)?.namesOwnCountry ?? false;
}

function leadReading(doc: TagDocument, town: string, code: string): LeadReading | undefined {
  if (town === '' || datelineNamesakes(town).length === 0) return undefined;
  let reading = readings.get(doc);
  if (reading === undefined) {
    reading = readLead(doc, town, code);
    readings.set(doc, reading);
  }
  return reading;
}

const NAMES_OWN_COUNTRY: LeadReading = { namesOwnCountry: true };
const NEITHER: LeadReading = { namesOwnCountry: false };

function readLead(doc: TagDocument, town: string, code: string): LeadReading {
  const own = lookupPlace(town)?.population ?? 0;
  const namesakes = datelineNamesakes(town);
  const key = plainKeyOf(town);
  const from = doc.dateline?.end ?? doc.storyStart;
  const leadEnd = from + LEAD_CHARS;
  // The lead alone is read (a story filed from London is long, and this runs for each of them): the body up to the
  // lead's end, prepared again, keeps the body's offsets.
  const lead =
    doc.body.text.length > leadEnd ? prepareField('body', doc.body.text.slice(0, leadEnd)) : doc.body;
  const body = scanField(lead, { allCaps: false, personSpans: [] }).filter((m) => m.start >= from);
  const read = [...scanField(doc.title, { allCaps: doc.titleIsAllCaps, personSpans: [] }), ...body];
  // The sentences where the lead names the town itself ("in the northern city of Tripoli"), read from the words, not
  // the mentions: "Kingston, Ontario" is one mention, of Canada.
  const townSentences = new Set<number>();
  const lower = lead.text.toLowerCase();
  const name = town.toLowerCase();
  for (let at = lower.indexOf(name, from); at >= 0; at = lower.indexOf(name, at + name.length))
    if (!LETTER.test(lower.charAt(at - 1)) && !LETTER.test(lower.charAt(at + name.length)))
      townSentences.add(sentenceIndexAt(doc, at));
  let placed: string | undefined;
  // Where the lead never names the town again, the government or people of one namesake's state place it.
  const governed = new Set<string>();
  for (const m of read) {
    if (plainKeyOf(m.text) === key) continue;
    if (m.code === code) return NAMES_OWN_COUNTRY;
    const namesake = namesakes.find((n) => n.countryCode === m.code);
    if (namesake === undefined || isOrigin(doc, m)) continue;
    if (
      m.field === 'body' &&
      ((isState(m) &&
        isNamesakesState(namesake, m) &&
        (governsState(doc.body.text.slice(m.end, m.end + 32)) ||
          holdsItsBody(m) ||
          STATES_CITY.test(doc.body.text.slice(m.end, m.end + 40)))) ||
        isStatesOwnBody(doc, m, namesake))
    )
      governed.add(m.code);
    if (!placesTown(doc, m, namesake, own, townSentences)) continue;
    if (placed !== undefined && placed !== m.code) return NEITHER;
    placed = m.code;
  }
  // A wire's bureau dateline ("LONDON, Dec 9 (Reuters) -") files stories on every state's officials (review57).
  if (placed !== undefined || townSentences.size > 0 || governed.size !== 1 || isCredited(doc))
    return { placed, namesOwnCountry: false };
  return { placed: [...governed][0], namesOwnCountry: false };
}

/**
 * Whether a lead sentence that names the town again, or any when none does, places the town in the namesake's
 * country. A capital's country does wherever the lead names it: a dateline is filed from a capital ("HAMILTON —
 * Bermuda's premier said"; Ontario's Hamilton is no capital). Else a sentence that names the town again does, by the
 * namesake's state, or by its country, a city or its people when the namesake is big enough to be meant so — a market
 * brief filed from London about a Canadian issuer names Ontario or Toronto, not London (reuters-dev: 20 LONDON
 * stories went to Canada).
 */
function placesTown(
  doc: TagDocument,
  m: CountryMention,
  namesake: DatelineNamesake,
  own: number,
  townSentences: ReadonlySet<number>,
): boolean {
  if (namesake.capital) return true;
  if (m.field !== 'body' || !townSentences.has(sentenceIndexAt(doc, m.start))) return false;
  // A state or province beside the town places it ("near Birmingham, the largest investment in Alabama"), and so
  // does a body of the state's own ("Police Scotland arrested a man in Perth"), whatever the namesake's size; a city,
  // the country, its people or a body that works at home do when the namesake is big enough to be meant so
  // ("Lebanese soldiers clashed … in the northern city of Tripoli", "The FBI arrested two men in Birmingham"; not
  // "Rotterdam's twinned port of Seattle": namesakes.ts reads a body's towns so).
  return (
    (isState(m) && isNamesakesState(namesake, m)) ||
    isStatesOwnBody(doc, m, namesake) ||
    // A leader or a seat of government acts on places abroad, it does not say where one is: "BIRMINGHAM —
    // Thousands marched through Birmingham against President Trump's state visit" is British (review57).
    ((m.kind === 'city' ||
      m.kind === 'name' ||
      (m.kind === 'demonym' && !namesPeopleAbroad(doc, m)) ||
      isHomeBody(m)) &&
      namesake.population >= own * SENTENCE_RATIO)
  );
}

/**
 * People who live away from their country: "SANTIAGO — Cuban exiles living in Santiago protested" is Chile's
 * Santiago; the demonym says where they came from, not where the town is.
 */
const PEOPLE_ABROAD =
  /^\s+(?:exiles?|expatriates?|expats?|[e\u00e9]migr[e\u00e9]s?|emigrants?|immigrants?|migrants?|refugees?|asylum[ -]seekers?|diaspora|tourists?|holidaymakers?|visitors?|nationals (?:living|working|stranded)|(?:students?|workers?|residents?|citizens?|nationals) (?:living|working|studying|based|stranded) (?:in|abroad))\b/i;

function namesPeopleAbroad(doc: TagDocument, m: CountryMention): boolean {
  return PEOPLE_ABROAD.test(doc.body.text.slice(m.end, m.end + 40));
}

/**
 * A state's government or people after its name, which make a lead that never names the dateline's town again a
 * local story of that state ("ST. PETERSBURG — The Rays said … Florida officials welcomed the news"). A state
 * alone is where a firm filed from Vancouver drills ("its gold property in Nevada") or a London issuer's province
 * ("Bank of Nova Scotia", "Hydro Quebec"): 10 reuters-dev stories went so.
 */
export const STATE_AUTHORITY =
  /^(?:['\u2019]s)?\s+(?:state\s+)?(?:officials|authorities|police|troopers|governor|Gov\.|lawmakers|legislators|legislature|residents|voters|prosecutors|regulators|health officials)\b/;

/**
 * A state's own government, its head or its forces after its name, which act inside the state: "HYDERABAD: Sindh
 * Chief Minister Murad Ali Shah inaugurated a flyover", "The Sindh government said", "PERTH — The Scottish Government
 * said" (review60), "KINGSTON — Ontario Provincial
 * Police said", "HAMILTON — … Waikato Regional Council opposed the sale" (wild59), "NEWCASTLE — NSW Health confirmed a
 * measles case" (the state's health department; review63). Not read after a country's name
 * (namesakes.ts reads STATE_AUTHORITY so): a national government acts abroad too.
 */
const STATE_GOVERNMENT =
  /^(?:['\u2019]s)?\s+(?:(?:state|provincial|regional|district)\s+)?(?:government|Government|govt|Chief Minister|chief minister|Premier|premier|cabinet|Cabinet|Assembly|assembly|Provincial Police|Regional Council|regional council|District Council|High Court|Health|health department)\b/;

/**
 * A county or province read only with its body, which its mention holds: "Free State police", "Kent Police"
 * (county-namesakes.ts COUNTY_BODIES: a phrase with no place of its own). The body is its authority, as after a
 * state's name.
 */
function holdsItsBody(m: CountryMention): boolean {
  const space = m.text.lastIndexOf(' ');
  return (
    m.kind === 'region' &&
    space > 0 &&
    lookupPlace(m.text) === undefined &&
    governsState(m.text.slice(space).toLowerCase())
  );
}

/**
 * A city of the state described after its name, the dateline's town the lead does not name again: "Hyderabad: Heavy
 * rain lashed Sindh's second-largest city" (review62: read as India's Hyderabad), "Alabama's largest city".
 */
const STATES_CITY = /^['\u2019]s\s+(?:[a-z][\w-]*\s+){0,2}(?:city|town|port|capital)\b(?!,?\s+[A-Z])/;

/** Whether the words after a state's name are its authorities or its government (STATE_AUTHORITY, STATE_GOVERNMENT). */
function governsState(after: string): boolean {
  return STATE_AUTHORITY.test(after) || STATE_GOVERNMENT.test(after);
}

/**
 * Whether a state may be the namesake's: its own, where the lists know the namesake's state (compile.ts
 * `namesakeStatesOf`, from GeoNames' admin-1 names). "LONDON — BP … Alberta officials said" is no story of Ontario's
 * London (review57), "HYDERABAD — Punjab police said" none of Sindh's Hyderabad. A region below the first level says
 * nothing against it ("SAN JOSE — Occidental Mindoro police": a province of Mimaropa, San Jose's region).
 */
function isNamesakesState(namesake: DatelineNamesake, m: CountryMention): boolean {
  const state = namesakeState(namesake.geonamesId);
  if (state === undefined || (m.kind !== 'region' && m.kind !== 'abbreviation')) return true;
  const name = lookupPlace(m.text)?.name;
  return name === state || (name !== undefined && !isFirstLevelRegion(namesake.countryCode, name));
}

const LETTER = lazyPattern(() => /\p{L}/u);

/**
 * A world agency's bureau ("LONDON, Dec 9 (Reuters) -") files on every state's officials; a date alone or a local
 * credit ("ST. PETERSBURG, Dec 9 —") says nothing of which town (review58).
 */
function isCredited(doc: TagDocument): boolean {
  return creditsWorldAgency(doc.dateline?.text ?? '');
}

function sentenceIndexAt(doc: TagDocument, at: number): number {
  const sentence = sentenceAt(doc.body.sentences, at);
  return sentence?.start ?? -1;
}

/**
 * England, Scotland, Wales and Northern Ireland are the United Kingdom's nations: each, or its people, places a town
 * as a state does ("PERTH — Scotland's first minister opened a concert hall in Perth", "a Scottish court in Perth").
 */
const NATIONS_OF_A_UNION: ReadonlySet<string> = new Set([
  'england',
  'scotland',
  'wales',
  'northern ireland',
  'scottish',
  'welsh',
]);

const SPACES = /\s+/;
/**
 * A body after a verb's preposition acts elsewhere or is acted with: "NEWCASTLE — Northumbria Police said a man
 * wanted by NSW Police had been arrested" is England's Newcastle (review60), as is a man "extradited to" or "sought
 * from" a force. Not an attribution: "a spokeswoman for NSW Police said", "according to Police Scotland", "a statement
 * released by Police Scotland said", "was confirmed by NSW Police" (review60): "by" places the force elsewhere only
 * after a word of pursuit, while a force that arrested, charged or confirmed something did so in the town.
 */
const ACTED_WITH_BEFORE =
  /\b(?:(?:wanted|sought|hunted|pursued|requested|traced)\s+by|from|with|against|[a-z]+ed\s+(?:to|for))\s+(?:the\s+)?$/i;

function actedWithBefore(doc: TagDocument, m: CountryMention): boolean {
  return (
    m.field === 'body' && ACTED_WITH_BEFORE.test(doc.body.text.slice(Math.max(0, m.start - 24), m.start))
  );
}

/**
 * A body that works at home named after a state or a nation of a union works there alone, as the state's government
 * does: "PERTH — Police Scotland said a man was arrested" is Scotland's Perth, "NEWCASTLE — NSW Police said" the
 * Australian one (review59). Not a namesake's other state: "Queensland Police" says nothing of a town in Victoria.
 */
function isStatesOwnBody(doc: TagDocument, m: CountryMention, namesake: DatelineNamesake): boolean {
  if (!isHomeBody(m) || actedWithBefore(doc, m)) return false;
  const state = namesakeState(namesake.geonamesId);
  return m.text.split(SPACES).some((word) => {
    if (NATIONS_OF_A_UNION.has(plainKeyOf(word))) return true;
    const place = lookupPlace(word);
    return (
      place?.kind === 'region' &&
      place.countryCode === m.code &&
      (state === undefined || place.name === state)
    );
  });
}

/** A state, province or region, a state's abbreviation, or a nation of a union. */
const isState = (m: CountryMention) =>
  m.kind === 'region' ||
  m.kind === 'abbreviation' ||
  ((m.kind === 'name' || m.kind === 'demonym') && NATIONS_OF_A_UNION.has(plainKeyOf(m.text)));

/** A firm's seat ("Toronto-based"), which places the firm, not the town. */
function isOrigin(doc: TagDocument, m: CountryMention): boolean {
  return ORIGIN_COMPOUND.test(doc.body.text.slice(m.end, m.end + 16));
}
