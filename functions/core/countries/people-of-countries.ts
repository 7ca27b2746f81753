import type { Entity } from '../schema.js';
import type { TagDocument } from '../text/document.js';
import { lazyPattern } from '../text/lazy-pattern.js';
import { RESULT_VERBS, WIN_VERBS } from '../text/result-verbs.js';
import { leadEnd } from './lead-focus.js';
import type { CountryMention } from './mentions.js';

/**
 * "Susumu Kitagawa of Japan, Richard Robson of Australia and Omar Yaghi of the United States won the Nobel
 * Prize in Chemistry", "Jannik Sinner of Italy beat Carlos Alcaraz of Spain": the lead's subject is people,
 * each given with a country, and what they do is the story, so their countries are its countries, though
 * each is named once. Read only when the lead opens with such people and their verb is no word of speech
 * ("Manaspas Xuto of Thailand, the conference chairman, said" names a speaker, not what the story is about);
 * the people they beat or defeat right after the verb are a side too. A player whose club's result follows
 * ("Erling Haaland of Norway scored a hat-trick as Manchester City thrashed Nottingham Forest") plays in the
 * clubs' match: his country is no side of it, and the rule stays out.
 */

/**
 * A title before the lead's first person: "Olympic champion Michael Johnson of the United States won …", "Defending
 * champion …", "World number one …" (wild50 C3: the winner's country lost to the venue and the runner-up's).
 */
const OPENING_TITLE =
  /^\s*(?:[A-Za-z][\w'-]*\s+){0,3}?(?:champion|titleholder|title-holder|holder|winner|medallist|medalist|number\s+one|No\.\s*\d+|seed)\s+(?=[A-Z])/;
/** Between a person and the country that follows: "of", "of the", ", of". */
const OF_BETWEEN = /^\s*,?\s+of\s+(?:the\s+)?$/;
/** Between one person-and-country and the next: ", ", ", and ", " and ". */
const NEXT_PERSON = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)$/;
/** After the subject: its verb, maybe after a day ("on Sunday") or an adverb; a lower-case word. */
const VERB_AFTER = lazyPattern(
  () => /^\s+(?:(?:on|last|this)\s+\p{Lu}\p{Ll}+\s+)?(?:\p{Ll}+ly\s+)?(\p{Ll}+)/u,
);
const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said',
  'says',
  'told',
  'tells',
  'added',
  'adds',
  'warned',
  'warns',
  'argued',
  'noted',
  'wrote',
  'writes',
  'announced',
  'stated',
  'declared',
]);
/** A club's result after its name: "Manchester City thrashed", "Inter drew", "Inter were held". */
const RESULT_AFTER = /^\s+(\w+)/;
const CLUB_RESULTS: ReadonlySet<string> = new Set([...RESULT_VERBS, 'held']);

interface Span {
  start: number;
  end: number;
}

/** The countries of the people who open the lead as its acting subject (and of those they beat). */
export function leadPeopleCountries(
  doc: TagDocument,
  mentions: readonly CountryMention[],
  entities: readonly Entity[],
): ReadonlySet<string> {
  const from = doc.storyStart;
  const to = leadEnd(doc);
  if (to <= from) return NO_CODES;
  const text = doc.body.text;
  const people: Span[] = [];
  for (const e of entities)
    if (e.type === 'person')
      for (const m of e.mentions) if (m.field === 'body' && m.start >= from && m.end <= to) people.push(m);
  if (people.length === 0) return NO_CODES;
  const places = mentions.filter((m) => m.field === 'body' && m.start >= from && m.end <= to);
  const personAt = (at: number) => people.find((p) => p.start === at);
  const skipSpace = (at: number) => at + (/^\s*/.exec(text.slice(at, to))?.[0].length ?? 0);

  /** People given with a country from `at`, joined by commas and "and": their countries and where they end. */
  const readChain = (at: number): { codes: string[]; end: number } => {
    const codes: string[] = [];
    let end = at;
    for (;;) {
      const person = personAt(skipSpace(end));
      if (!person) break;
      const place = places.find(
        (m) => m.start > person.end && OF_BETWEEN.test(text.slice(person.end, m.start)),
      );
      if (!place) break;
      codes.push(place.code);
      end = place.end;
      const next = people.find((p) => p.start > end && NEXT_PERSON.test(text.slice(end, p.start)));
      if (!next) break;
      end = next.start;
    }
    return { codes, end };
  };

  const subject = readChain(
    from + (OPENING_TITLE.exec(text.slice(from, Math.min(to, from + 80)))?.[0].length ?? 0),
  );
  if (subject.codes.length === 0) return NO_CODES;
  const verb = VERB_AFTER.exec(text.slice(subject.end, to));
  const word = verb?.[1];
  if (word === undefined || SPEECH_VERBS.has(word)) return NO_CODES;
  if (!WIN_VERBS.has(word) && clubResultFollows(text, subject.end, to, entities)) return NO_CODES;
  const codes = new Set(subject.codes);
  if (WIN_VERBS.has(word)) for (const code of readChain(subject.end + verb![0].length).codes) codes.add(code);
  return codes;
}

/** Whether an organization (a club) between `from` and `to` is followed by a result ("City thrashed Forest"). */
function clubResultFollows(text: string, from: number, to: number, entities: readonly Entity[]): boolean {
  for (const e of entities) {
    if (e.type !== 'organization') continue;
    for (const m of e.mentions) {
      if (m.field !== 'body' || m.start < from || m.end > to) continue;
      const verb = RESULT_AFTER.exec(text.slice(m.end, m.end + 24))?.[1];
      if (verb !== undefined && CLUB_RESULTS.has(verb)) return true;
    }
  }
  return false;
}

const NO_CODES: ReadonlySet<string> = new Set();
