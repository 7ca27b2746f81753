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
