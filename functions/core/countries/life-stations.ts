import type { Country, Mention } from '../schema.js';
import { isInInlineDateline } from '../text/dateline.js';
import { type FieldText, fieldOf, type TagDocument } from '../text/document.js';
import { sentenceOrFieldAt } from '../text/sentences.js';

/**
 * The places of one person's life: "the Canadian-born architect", "Born Frank Owen Goldberg in Toronto", "from his
 * childhood in Zlin, Czechoslovakia, through his flight to Singapore and India", "spoke to us from Trieste, where he
 * has lived for years". They are stations of a life, not a relation between the country of birth and the country
 * of the story (wild39b ★8: a Gehry obituary gave CA-US .65, a book review CZ-SG .85, an interview HU-IT .85).
 * A country the story names only so pairs with nothing (pairs.ts); named once more as itself ("Russian-born
 * billionaire … Russia's war in Ukraine"), or many leaving it ("Syrians who fled to Turkey"), it is a side again.
 */

/** Places after the preposition, up to the mention: "Zlin, ", "Singapore and ", "the ". */
const PLACE_RUN = String.raw`(?:the\s+)?(?:[A-Z][^\s,.;:!?]*(?:\s+[A-Z][^\s,.;:!?]*){0,3}(?:,\s*|\s+and\s+|\s+or\s+))*(?:the\s+)?$`;
/**
 * Words of a life whoever lives it: born, raised in, grew up, his childhood, her hometown, a native of. "Raised" only
 * right before its place: "raised $500 million in an IPO in Hong Kong" is money.
 */
const LIFE_ANY = String.raw`(?:\b[Bb]orn|\b[Rr]aised(?=\s+(?:in|on)\b)|\bgr[eo]ws? up|\bgrowing up|\bbrought up|\b(?:his|her|their)\s+(?:\w+\s+)?(?:childhood|boyhood|girlhood|youth|teens|early years|upbringing|birthplace|hometown|home town)|\bnative of)\b`;
/**
 * Words of a life when one person lives it ("he moved to", "she fled Poland", "his flight to", "a physicist who
 * fled"): many fleeing or moving ("Syrians who fled to Turkey", "the company moved to") are a flow between
 * countries, and a visitor who "left Washington for a trip to Asia" is on a trip.
 */
const ONE_PERSON = String.raw`(?:\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er)|(?<![a-z]s\s)\bwho)\s+(?:\w+\s+){0,2}?`;
const LIFE_PERSON = String.raw`${ONE_PERSON}(?:lived|lives|living|moved|moves|emigrated|emigrates|fled|flees|settled|settles|studied|studies|retired|died|flight|escape|exile|emigration|years)\b`;
const LIFE_BEFORE = new RegExp(
  String.raw`(?:${LIFE_ANY}|${LIFE_PERSON})[^.;:!?\n]{0,50}?\b(?:in|to|from|at|for|of|near)\s+${PLACE_RUN}|${ONE_PERSON}(?:fled|flees)\s+${PLACE_RUN}`,
);
/** One more station of a life a sentence has begun to tell: "grows up in Lagos, Nigeria, studies in Baltimore". */
const LIFE_CHAIN = new RegExp(
  String.raw`\b(?:lives|lived|living|moves|moved|moving|studies|studied|studying|settles|settled|works|worked|dies|died)\s+(?:\w+\s+){0,2}?(?:in|to|for|at)\s+${PLACE_RUN}`,
);
const LIFE_STARTED = new RegExp(`${LIFE_ANY}|${LIFE_PERSON}`);
/**
 * A word every match of LIFE_BEFORE and LIFE_STARTED holds: one of LIFE_ANY's, or ONE_PERSON's pronoun or "who". A text
 * without one is no station, and V8 need not compile those long patterns for it (they run only after this one).
 */
const LIFE_WORD =
  /[Bb]orn|[Rr]aised|gr[eo]ws? up|growing up|brought up|native of|\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|their|who)\b/;
/** "Canadian-born", "Texas-bred". */
const BORN_AFTER = /^-(?:born|bred|raised)\b/;
/** "Trieste, where he has lived for years". */
const HOME_AFTER =
  /^,?\s+where\s+(?:he|she)\s+(?:\w+\s+){0,2}?(?:lived|lives|grew up|was born|was raised|settled|spent|studied|died)\b/;

/** How far before a mention its station's words are read. */
const BEFORE_SPAN = 120;

/** Whether the story names the country (one mention at least) only as places of a person's life. */
export function namedOnlyAsLifeStations(doc: TagDocument, country: Country): boolean {
  if (doc.language !== 'en' || !country.mentions.length) return false;
  for (const m of country.mentions) {
    if (isInInlineDateline(doc.dateline, m.field, m.start)) return false;
    if (!isLifeStation(fieldOf(doc, m.field), m)) return false;
  }
  return true;
}

function isLifeStation(field: FieldText, m: Mention): boolean {
  const text = field.text;
  const after = text.slice(m.end, m.end + 60);
  if (BORN_AFTER.test(after) || HOME_AFTER.test(after)) return true;
  const sentence = sentenceOrFieldAt(field, m.start);
  const from = Math.max(sentence.start, m.start - BEFORE_SPAN);
  const before = text.slice(from, m.start);
  if (LIFE_WORD.test(before) && LIFE_BEFORE.test(before)) return true;
  if (!LIFE_CHAIN.test(before)) return false;
  const told = text.slice(sentence.start, m.start);
  return LIFE_WORD.test(told) && LIFE_STARTED.test(told);
}
