import type { Entity } from '../schema.js';
import type { TagDocument } from '../text/document.js';
import { attachedCountry, officeCountry } from './leaders.js';
import type { CountryMention } from './mentions.js';
import { ATTACKS_AFTER, titleCountriesInOrder } from './reported-headline-subject.js';
import { isSubject } from './short-story.js';

/**
 * The country a story is filed from when its headline opens with that country as the subject: "Senegal takes
 * over last French military base" (DAKAR), "El Salvador's Bukele offers to hold more US deportees" (SAN
 * SALVADOR), "Kenya's Ruto signs railway loan with China" (NAIROBI). The story is that country's, first, though
 * its body names the other side more often ("France handed over its last base in Senegal", "The U.S. sent …";
 * review32 ★C1). Undefined when the headline opens otherwise, is in capitals (no verb to read), or reports what
 * the country says of another ("U.S. says North Korea fired …"); English only.
 */
export function headlineSubjectCountry(
  doc: TagDocument,
  mentions: readonly CountryMention[],
  datelineCode: string | undefined,
): string | undefined {
  if (!datelineCode || doc.language !== 'en' || doc.titleIsAllCaps) return undefined;
  const inTitle = titleCountriesInOrder(mentions);
  const first = inTitle[0];
  const text = doc.title.text;
  if (first?.code !== datelineCode || !isSubject(first, 0, inTitle, text)) return undefined;
  return saysOfAnother(text.slice(first.end), HEADLINE_SPEECH) ? undefined : first.code;
}

/**
 * The country a headline opens with as its subject, wherever the story is filed from: "Japan and Philippines sign
 * defence pact …" (MANILA), "Belarus frees 52 prisoners after talks with U.S. envoy" (VILNIUS), "Pakistan and
 * Afghanistan agree ceasefire after talks in Istanbul". A reader takes the story as that country's first, though
 * the body names another more often. Undefined as headlineSubjectCountry is (capitals, "U.S. says North Korea
 * …"), and for an attack ("Russia hits Ukraine power grid", reported-headline-subject.ts: the country struck keeps
 * its rank).
 */
export function headlineOpeningSubject(
  doc: TagDocument,
  entities: readonly Entity[],
  mentions: readonly CountryMention[],
): string | undefined {
  if (doc.language !== 'en' || doc.titleIsAllCaps) return undefined;
  const person = openingPersonCountry(doc, entities, mentions);
  if (person !== undefined) return person;
  const inTitle = titleCountriesInOrder(mentions);
  const first = inTitle[0];
  const text = doc.title.text;
  // "Renault deal lifts Nissan": a firm's home is not the story's subject; "Leeds pledge lifts Scottish
  // hopes": a city is as often a venue as a government.
  if (!first || first.kind === 'company' || first.kind === 'city' || !isSubject(first, 0, inTitle, text))
    return undefined;
  // "Macron presses Xi" (BEIJING): a leader named for the country is left to headlineLeaderCountry, which
  // keeps a visiting leader after the host.
  if (namesPerson(entities, first)) return undefined;
  // "US betting 'gimmicks' face ban in UK": the country only describes what faces another country's act.
  if (
    inTitle.some(
      (o) =>
        o.code !== first.code && o.start >= first.end && FACES_ACT_IN.test(text.slice(first.end, o.start)),
    )
  )
    return undefined;
  const after = text.slice(first.end);
  if (saysOfAnother(after, HEADLINE_SPEECH)) return undefined;
  return ATTACKS_AFTER.test(after.slice(0, 30)) ? undefined : first.code;
}

/**
 * "Kipyegon smashes 1,500m world record at Eugene Diamond League", "Djokovic wins 100th title at Geneva Open": a
 * headline opening with a person and a verb is that person's story, and the country the body attaches to them
 * ("Kenya's Faith Kipyegon", "The 38-year-old Serbian", leaders.ts `attachedCountry`) comes first, above the venue
 * filed from and the opponent's country named twice. Not an office's country ("Macron presses Xi" from BEIJING keeps
 * the host first, headlineLeaderCountry), and not a person saying something of another.
 */
function openingPersonCountry(
  doc: TagDocument,
  entities: readonly Entity[],
  mentions: readonly CountryMention[],
): string | undefined {
  const person = openingPersonActing(doc, entities);
  if (person === undefined || officeCountry(doc, person, mentions) !== undefined) return undefined;
  return attachedCountry(doc, person, mentions, entities);
}

/**
 * The person the headline opens with, when a verb follows the name and the person says nothing of another
 * ("Petro vows to fight …", "Bukele says he will …"; not "Petro says U.S. sanctions are illegal"); undefined when the
 * first person named at the headline's start does not act so, or none is.
 */
function openingPersonActing(doc: TagDocument, entities: readonly Entity[]): Entity | undefined {
  const text = doc.title.text;
  const opening = text.length - text.trimStart().length;
  for (const e of entities) {
    if (e.type !== 'person') continue;
    const named = e.mentions.find((m) => m.field === 'title' && m.start === opening);
    if (!named) continue;
    const after = text.slice(named.end);
    return VERB_AFTER_NAME.test(after) && !saysOfAnother(after, SPEECH_AFTER_NAME) ? e : undefined;
  }
  return undefined;
}

function namesPerson(entities: readonly Entity[], m: CountryMention): boolean {
  return entities.some(
    (e) =>
      e.type === 'person' &&
      e.mentions.some((p) => p.field === 'title' && p.start < m.end && m.start < p.end),
  );
}

/** "casino 'tricks' face ban in", "steel faces duties from": a thing of the first country faces the next one's act. */
const FACES_ACT_IN =
  /^(?:['\u2019]s)?\s+[^,;:]*?\S\s+fac(?:e|es|ed|ing)\s+(?:[\w'\u2019-]+\s+){0,3}(?:in|from|by)\s+(?:the\s+)?$/i;

// The headline's verb of speech, after the subject and its leader's name: "U.S. says", "Iran's Araqchi tells".
const HEADLINE_SPEECH = /^(?:['\u2019]s)?(?:\s+[A-Z][\w.'\u2019-]*){0,3}\s+(?:says|said|tells|told)\s+/;
// "Bukele says he will take more deportees", "Ghana says it will …": what it says is of itself.
const HEADLINE_OF_ITSELF = /^(?:it|its|we|he|she|his|her)\b/i;

/**
 * Whether the headline after its subject (`after`) opens with a verb of speech (`speech`) and what is said is of
 * another ("U.S. says North Korea fired …"), not of the speaker ("Ghana says it will …").
 */
function saysOfAnother(after: string, speech: RegExp): boolean {
  const said = speech.exec(after);
  return said !== null && !HEADLINE_OF_ITSELF.test(after.slice(said[0].length));
}

/**
 * The dateline's country when the headline opens with a person the body gives that country's office and a verb
 * follows: "Petro vows to fight U.S. sanctions" (BOGOTA; "Colombian President Gustavo Petro said") is Colombia's
 * story, first, as "Colombia's Petro vows …" is (read33 leftover: the US ranked first). Not when the person says
 * something of another ("Petro says U.S. sanctions are illegal"), as headlineSubjectCountry reads a country.
 */
export function headlineLeaderCountry(
  doc: TagDocument,
  entities: readonly Entity[],
  mentions: readonly CountryMention[],
  datelineCode: string | undefined,
): string | undefined {
  if (!datelineCode || doc.language !== 'en' || doc.titleIsAllCaps) return undefined;
  const person = openingPersonActing(doc, entities);
  return person !== undefined && officeCountry(doc, person, mentions) === datelineCode
    ? datelineCode
    : undefined;
}

// "Petro vows", "Milei signs": a lower-case word right after the name.
const VERB_AFTER_NAME = /^\s+[a-z]/;
const SPEECH_AFTER_NAME = /^\s+(?:says|said|tells|told)\s+/;
