/**
 * A country named as where a private person comes from: "A Greek immigrant", "Nepali workers", "two Belgian
 * climbers", "an exchange student from Germany", "tourists from China". The person lives, travels or works where the
 * story happens; the country of origin labels them, as "-born" does (origin-labels.ts), and is no side of what they
 * do or what befalls them there ("A 17-year-old exchange student from Germany was killed … in rural Kansas" is
 * Kansas's story, review61). Only private people: troops, officials, diplomats, police, firms, buyers and investors
 * act for their country or its market ("Russian troops shelled villages in Ukraine", "Chinese buyers snapped up
 * flats in Sydney").
 */
const PERSON = `(?:m[ae]n|wom[ae]n|boys?|girls?|teens?|teenagers?|child(?:ren)?|students?|tourists?|visitors?|holidaymakers?|backpackers?|travell?ers?|immigrants?|migrants?|emigrants?|refugees?|asylum[ -]seekers?|expats?|expatriates?|nationals|citizens?|workers?|labou?rers?|famil(?:y|ies)|couples?|pensioners?|retirees?|climbers?|mountaineers?|hikers?|skiers?|divers?|cyclists?|drivers?|nurses?|doctors?|chefs?|cooks?|teachers?|maids?|nann(?:y|ies)|housekeepers?|journalists?|reporters?|photographers?|volunteers?|businessm[ae]n|businesswom[ae]n|entrepreneurs?|grandmothers?|grandfathers?|mothers?|fathers?|widows?|priests?|nuns?|missionar(?:y|ies)|pilgrims?)`;

/**
 * After a people's word: at most one word in lower case, then the person ("Greek immigrant", "German exchange
 * student", "Nigerian-born nurse").
 */
const PERSON_AFTER = new RegExp(String.raw`^(?:-born|-bred)?\s+(?:[a-z-]+\s+)?${PERSON}\b`);
/** Before a country's name: the person and "from" ("an exchange student from ", "tourists from the "). */
const PERSON_FROM_BEFORE = new RegExp(String.raw`\b${PERSON}\s+from\s+(?:the\s+)?$`, 'i');
/** How far back the person before "from" may start. */
const LOOK_BACK = 40;

/**
 * Whether the mention at `start`..`end` of `text` names where a private person comes from: a people's word before
 * the person ("Greek immigrant"), or a name after the person and "from" ("student from Germany").
 */
export function namesPersonsOrigin(
  text: string,
  m: { readonly start: number; readonly end: number },
): boolean {
  return (
    PERSON_AFTER.test(text.slice(m.end, m.end + 40)) ||
    PERSON_FROM_BEFORE.test(text.slice(Math.max(0, m.start - LOOK_BACK), m.start))
  );
}

/** The people of `PERSON` who compete: on the sports page a people's word before them is a side's ("Danish cyclists"). */
const COMPETITOR = /^(?:climbers?|mountaineers?|hikers?|skiers?|divers?|cyclists?|drivers?)$/i;
const PERSON_WORD_AFTER = new RegExp(String.raw`^(?:-born|-bred)?\s+(?:[a-z-]+\s+)?(${PERSON})\b`);
const PERSON_WORD_FROM_BEFORE = new RegExp(String.raw`\b(${PERSON})\s+from\s+(?:the\s+)?$`, 'i');

/**
 * Whether the mention names where private people come from who compete in no sport ("Nepali workers", "tourists from
 * China"): no side on the sports page either ("Nepali workers built the stadiums for the World Cup in Qatar").
 */
export function namesBystandersOrigin(
  text: string,
  m: { readonly start: number; readonly end: number },
): boolean {
  const person =
    PERSON_WORD_AFTER.exec(text.slice(m.end, m.end + 40))?.[1] ??
    PERSON_WORD_FROM_BEFORE.exec(text.slice(Math.max(0, m.start - LOOK_BACK), m.start))?.[1];
  return person !== undefined && !COMPETITOR.test(person);
}

/**
 * Before the place a clause's event happens in: "stabbed two people in ", "an expat in ", "a bus stop near the ", a
 * part of it ("in rural ", "in northern "), or its town named first ("a diner in Lowell, " before the state).
 */
const EVENT_PLACE_BEFORE =
  /\b(?:[Ii]n|[Nn]ear|[Oo]utside)\s+(?:the\s+)?(?:(?:rural|northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western|coastal|remote|suburban|downtown)\s+)?(?:(?:[A-Z][\w'.-]*\s+){0,2}[A-Z][\w'.-]*,\s+)?$/;
/** How far back from a place its preposition may stand ("in Saint Petersburg, " before the state). */
const EVENT_PLACE_LOOK_BACK = 48;
/**
 * Before "in" of a place that modifies a noun, not the clause's event: "hostages held in Gaza", "Britons killed in
 * Bali", "troops stationed in Poland" (review62: "Israeli families of hostages held in Gaza protested outside the prime
 * minister's office" was read as set in Gaza). After an auxiliary the participle is the clause's verb: "was killed in".
 */
const PARTICIPLE_BEFORE =
  /\b([A-Za-z]+)\s+(?:held|kept|hidden|trapped|stranded|detained|jailed|imprisoned|captured|kidnapped|abducted|born|based|living|stationed|deployed|made|built|killed|buried|lost)\s+$/;
const AUXILIARY = new Set('was were is are be been being had has have got get gets'.split(' '));

/**
 * Whether the place mention `m` follows the preposition of where a clause's event happens ("in ", "in rural ",
 * "in Lowell, "), read back to the clause's `start`.
 */
export function setsEventAt(text: string, start: number, m: { readonly start: number }): boolean {
  const before = text.slice(Math.max(start, m.start - EVENT_PLACE_LOOK_BACK), m.start);
  const at = EVENT_PLACE_BEFORE.exec(before);
  if (!at) return false;
  const verb = PARTICIPLE_BEFORE.exec(
    text.slice(Math.max(start, m.start - before.length + at.index - 40), m.start - before.length + at.index),
  );
  return verb === null || AUXILIARY.has(verb[1]!.toLowerCase());
}

/**
 * People abroad who act for their own country: "sent home $3 billion", "returned home from Turkey", "Iranian women in
 * exile protested in Berlin" (review62).
 */
export const AT_HOME = /\b(?:home|homeland|exile|exiled|exiles)\b/i;
