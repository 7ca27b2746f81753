import type { Country, Mention } from '../schema.js';
import { fieldOf, type TagDocument } from '../text/document.js';
import { packedMap } from '../text/packed-map.js';
import { namesClub } from './club-towns.js';
import { countryWith } from './country-copy.js';
import { storyDatelineCountry } from './georgia-dateline.js';
import { leadEnd } from './lead-focus.js';
import { matchSides, sidesInFocus } from './match-sides.js';
import { namesBystandersOrigin } from './person-origins.js';
import { isVenue } from './place-kind.js';

/** A tournament named after the country that hosts it: the "U.S. Open", the "Japanese Grand Prix". */
const HOSTED_EVENT_AFTER = /^\s+(?:Open|Grand\s+Prix|Masters|Classic|Championships?)\b/;
/** A race or a stadium named after the country: the "Tour de France", the "Tour of Britain", the "Stade de France". */
const HOSTED_EVENT_BEFORE = /\b(?:Tour\s+(?:de|of)|Stade\s+de)\s*$/;
/** A tournament held there: "before the Rugby World Cup in France", "the Olympics in Japan". */
const HOSTED_EVENT_IN_BEFORE =
  /\b(?:World\s+Cup|Olympics|Olympic\s+Games|Paralympics|Euros?|Copa\s+America)\s+in\s+$/;

/**
 * On the sports page national teams are named by their countries ("Brazil and Morocco qualified"); a
 * country the story names only through its cities or states ("a 1-1 draw in New Jersey") or through a
 * tournament it hosts ("won the U.S. Open") is where the match was played, not a side in it (a city named
 * as its club is a side: "AC Milan", "the Genoa club", "Leicester City"). When two or
 * more countries are named as themselves, a country named only as a venue is listed out of focus. A
 * league story naming no country as a team ("the Lakers beat the Celtics in Boston") keeps its country.
 * A country named only as the host of an international event, by the event's name and its venues ("Keys
 * wins the Australian Open at Melbourne Park", "the Tour de France ends in Paris"), gives way to another
 * country named as itself, the player's or rider's ("American Madison Keys"), when that one is in focus:
 * such an event is held there, it is not the country's story as a home league's game is.
 */
export function venuesOutOfFocus(doc: TagDocument, named: Country[]): Country[] {
  const countries = venuesGiveWay(doc, named);
  // "Norris wins the Brazilian Grand Prix", "Sinner retains Australian Open title", "EUGENE, Ore. — Kenya's
  // Kipyegon broke the mile world record": the host of a race or a tournament named after it, or of a meet filed
  // from it, is where the event was held, as a desk files it, and stays in focus after the players' countries
  // (read34 ★3 for races filed from; wild37 ★10 for tournaments and meets). A match's venue gives way still
  // ("LOS ANGELES - Argentina beat France"): the two sides are the story.
  const filedFrom = storyDatelineCountry(doc);
  const meet = filedFrom !== undefined && !matchInLead(doc);
  const players = countries.filter((c) => c.focus);
  if (players.length === 0) return countries;
  const hosts = countries.filter(
    (c) =>
      !c.focus &&
      named.some((n) => n.code === c.code && n.focus) &&
      ((c.code === filedFrom && meet) || c.mentions.some((m) => namesHostedEvent(doc, m))),
  );
  if (hosts.length !== 1) return countries;
  const given = hosts[0]!;
  const below = Math.min(given.salience, ...players.map((c) => c.salience));
  return [
    ...players,
    countryWith(given, { focus: true, salience: below }),
    ...countries.filter((c) => !c.focus && c !== given),
  ];
}

/** Whether the lead sets sides against each other: "Argentina beat France", "drew with", "the final". */
function matchInLead(doc: TagDocument): boolean {
  return MATCH_IN_LEAD.test(doc.body.text.slice(doc.storyStart, leadEnd(doc)));
}

function venuesGiveWay(doc: TagDocument, named: Country[]): Country[] {
  // "Inter Milan and Barcelona drew 3-3": the two sides of the lead's match, by their towns (match-sides.ts).
  const sides = matchSides(doc, named);
  const countries = sidesInFocus(named, sides);
  const event = (m: Mention) => hostsEvent(doc, m);
  // "AC Milan", "the Genoa club": a city named as its club is a side of the country's league (club-towns.ts).
  const venue = (m: Mention) =>
    !sides.has(m) && ((isVenue(m) && !namesClub(doc, m)) || event(m) || namesItsCity(doc, m));
  const venueOnly = (c: Country) => c.mentions.every(venue);
  const hostOnly = (c: Country) => venueOnly(c) && c.mentions.some(event);
  // "Nepali workers built the stadiums for the World Cup in Qatar": people who compete in nothing name no side
  // (person-origins.ts), and the host keeps the story.
  const bystanders = (m: Mention) => namesBystandersOrigin(fieldOf(doc, m.field).text, m);
  const noSide = (c: Country) => c.mentions.every((m) => venue(m) || bystanders(m));
  let teams = 0;
  for (const c of countries) if (!noSide(c)) teams++;
  const out = (c: Country) => c.focus && ((teams >= 2 && venueOnly(c)) || (teams >= 1 && hostOnly(c)));
  if (!countries.some(out)) return countries;
  if (countries.some((c) => c.focus && !out(c)))
    return packedMap(countries, (c) => (out(c) ? countryWith(c, { focus: false }) : c));
  // The players' countries, named by demonyms only ("Danish rider"), may be out of focus themselves: one
  // such country takes the focus the venue gives up; with more than one, or none, the story stays filed
  // under its venue rather than under no country at all.
  const players = countries.filter((c) => !noSide(c));
  if (players.length !== 1) return sidesInLead(doc, countries, players, out, hostOnly);
  const player = players[0];
  return packedMap(countries, (c) =>
    out(c) ? countryWith(c, { focus: false }) : c === player ? countryWith(c, { focus: true }) : c,
  );
}

/** "in the French capital", "the Spanish city of Malaga": a people's word naming one of its cities, a venue. */
const CITY_AFTER =
  /^\s+(?:capital(?!\s+(?:markets?|gains?|spending|flows?|controls?|requirements?|investments?|expenditure|goods))|city\s+of|resort\s+of|port\s+of|town\s+of)\b/;

function namesItsCity(doc: TagDocument, m: Mention): boolean {
  return CITY_AFTER.test(fieldOf(doc, m.field).text.slice(m.end, m.end + 16));
}

/**
 * A race or tournament named after the country that hosts it: the "Brazilian Grand Prix", the "Australian Open",
 * the "Tour de France" (not "the World Cup in France", whose sides are national teams).
 */
function namesHostedEvent(doc: TagDocument, m: Mention): boolean {
  const text = fieldOf(doc, m.field).text;
  return (
    HOSTED_EVENT_AFTER.test(text.slice(m.end, m.end + 20)) ||
    HOSTED_EVENT_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))
  );
}

/** The mention names an event the country hosts: the "Australian Open", the "Tour de France". */
export function hostsEvent(doc: TagDocument, m: Mention): boolean {
  const text = fieldOf(doc, m.field).text;
  return (
    HOSTED_EVENT_AFTER.test(text.slice(m.end, m.end + 20)) ||
    HOSTED_EVENT_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)) ||
    HOSTED_EVENT_IN_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start))
  );
}

// A word of a match won or lost in the lead: "Brazil's Flamengo won …, beating Argentina's River Plate".
const MATCH_IN_LEAD =
  /\b(?:beat(?:s|ing)?|defeat(?:s|ed|ing)?|drew|draw\s+with|against|v\.?|vs\.?|edg(?:ed|ing)|thrash(?:ed|ing)|los(?:t|ing)\s+to|final)\b/i;

/**
 * "LIMA - Brazil's Flamengo won the Copa Libertadores, beating Argentina's River Plate … in Lima": when the
 * venue (a city, the dateline) gives up the focus and two or more countries are named as themselves, the
 * sides the lead sets against each other take it. A host of an event ("the Tour de France") keeps it, as
 * above: riders of several countries are no two sides.
 */
function sidesInLead(
  doc: TagDocument,
  countries: Country[],
  players: readonly Country[],
  out: (c: Country) => boolean,
  hostOnly: (c: Country) => boolean,
): Country[] {
  if (players.length < 2 || countries.some(hostOnly)) return countries;
  const from = doc.storyStart;
  const to = leadEnd(doc);
  if (!MATCH_IN_LEAD.test(doc.body.text.slice(from, to))) return countries;
  const inLead = (c: Country) =>
    c.mentions.some((m) => m.field === 'body' && m.start >= from && m.end <= to && !isVenue(m));
  const sides = players.filter(inLead);
  if (sides.length < 2) return countries;
  return packedMap(countries, (c) =>
    out(c) ? countryWith(c, { focus: false }) : sides.includes(c) ? countryWith(c, { focus: true }) : c,
  );
}
