// A stage of `typeSeveralWords` (classify.ts): a known place, names a foreign article opens.
import { withoutMarks } from '../../text/chars.js';
import { FOREIGN_ARTICLES, TE_BODY_WORDS } from '../typing/bodies-and-parties.js';
import { candidate, lookup, placeFields, placeOfSpan } from '../typing/candidates.js';
import { type Candidate, lowerTokenText } from '../typing/context.js';
import { CLIMATE_PATTERNS, PUBLISHED_IN } from '../typing/events-and-works.js';
import { knownPlaceAt } from '../typing/place-in-place.js';
import { type Reading, readAs } from '../typing/reading.js';
import { STRONG_LOCATIVE } from '../typing/resolve-by-document.js';

/** A known place, then names a foreign article opens ("Der Spiegel", "Te Papa", "El Nino"). */
export function placeOrForeignArticle(reading: Reading): Candidate[] | undefined {
  const place = placeOfSpan(reading.chunk, reading.from, reading.to);
  if (place && !reading.personCue) {
    const type = reading.teamPlace('place', place.kind === 'country' ? place.countryCode : undefined);
    return [candidate(reading.chunk, reading.from, reading.to, type, 2, reading.base, placeFields(place))];
  }
  // "Der Spiegel", "Le Matin", "El Al": a foreign article opening a name that is no known place
  // names a paper or a company; people's names do not start with one ("Jean-Marie Le Pen" does not),
  // so a given name after it is no person's ("El Al": "Al"). "El Niño", "La Niña" are the climate's.
  // "Le Pen said she …": a pronoun of a person takes it up.
  if (!reading.personCue && reading.n === 2 && FOREIGN_ARTICLES.has(reading.first) && reading.pronounPerson())
    return readAs(reading, 'person', 1);
  // "Te Pāti Māori", "Te Whatu Ora", "Te Papa": the Māori article opens the name of a body (a town's,
  // "Te Anau", is in the lists), never a person's.
  // Only a body's word after it: "Te" also opens Māori given names and surnames (Te Maire Martin, Te Kanawa).
  if (
    !reading.personCue &&
    reading.first === 'Te' &&
    reading.n >= 2 &&
    reading.n <= 4 &&
    !reading.locative &&
    TE_BODY_WORDS.has(withoutMarks(reading.words[reading.from + 1]!.lower.normalize('NFD'))) &&
    !lookup(reading.words, reading.from, reading.to, reading.ctx)
  )
    return readAs(reading, 'organization', 1);
  // "the southern Spanish town of El Granado": a place noun before it makes the place.
  if (!reading.personCue && reading.n === 2 && FOREIGN_ARTICLES.has(reading.first) && reading.placeNounBefore)
    return readAs(reading, 'place', 1);
  // "queues at petrol stations in El Dravo and Santa Cruz": where one is, beside a place the lists know, such a name
  // is a town. Alone it may be a league or a paper ("scored 20 goals in La Liga", "told listeners in El Heraldo"); not
  // where one writes ("published in El Diario and Le Monde") nor on a sports page ("in La Liga and Spain").
  if (
    !reading.personCue &&
    reading.n === 2 &&
    FOREIGN_ARTICLES.has(reading.first) &&
    reading.locative &&
    STRONG_LOCATIVE.has(reading.prevToken) &&
    !reading.ctx.sports &&
    besideKnownPlace(reading) &&
    !PUBLISHED_IN.has(lowerTokenText(reading.ctx, reading.chunk.field, reading.firstWord.index - 2))
  )
    return readAs(reading, 'place', 1);
  if (!reading.personCue && reading.n === 2 && FOREIGN_ARTICLES.has(reading.first)) {
    const climate = CLIMATE_PATTERNS.has(
      withoutMarks(reading.words[reading.from + 1]!.lower.normalize('NFD')),
    );
    return readAs(reading, climate ? 'event' : 'organization', 1);
  }
  return undefined;
}

/** Whether "and", "or" or a comma and a place the lists know follow the name: "in El Dravo and Santa Cruz". */
function besideKnownPlace(reading: Reading): boolean {
  const { ctx, chunk } = reading;
  const last = reading.lastWord.index;
  const next = lowerTokenText(ctx, chunk.field, last + 1);
  return (next === 'and' || next === 'or' || next === ',') && knownPlaceAt(ctx, chunk.field, last + 2);
}
