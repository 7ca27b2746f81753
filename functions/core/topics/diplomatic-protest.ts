import { lookupPhrase, lookupPlace } from '../countries/gazetteer.js';
import { keyOf } from '../countries/normalize.js';
import type { Entity } from '../schema.js';
import { roughSentenceEnd } from '../text/sentences.js';

/**
 * A protest one state makes to another (review32 ★T3): "Greece protests to Turkey over research ship", "China
 * lodged a strong protest with Japan", "Poland summoned Russia's charge d'affaires to protest against a drone
 * incursion", "it had protested to China". The word is a note between governments, no crowd in the street: the
 * matcher skips it (no civil unrest, no demonstration) and a headline of this shape is diplomacy (score.ts).
 */

/**
 * After a country at the headline's start, "protests" as its verb: before "to", "with" or "against" and a name,
 * or before a name ("Vietnam protests Chinese military drills"), not "Georgia protests enter third week".
 */
const TITLE_VERB = /^\s+([Pp]rotest(?:s|ed)?)\s+(?:(?:[Tt]o|[Ww]ith|[Aa]gainst)\s+(?:[Tt]he\s+)?)?[A-Z]/;
/**
 * "protests" before an adjunct of cause (fixT48, wild48 ★2): "Philippines protests after Chinese coast guard fires
 * water cannon", "Japan protests over Chinese survey ship". As often a noun ("Kenya protests after tax rise turn
 * deadly"): a note only where the body opens on one (`NOTE_OPENING`) and no crowd.
 */
const ADJUNCT_VERB = /^\s+([Pp]rotest(?:s|ed)?|PROTEST(?:S|ED)?)\s+(?:after|over|at|as|AFTER|OVER|AT|AS)\s/;
/** A note as a body's opening tells it: lodged or filed, diplomatic, an envoy or embassy, a summons. */
const NOTE_OPENING =
  /\b(?:lodg\w*|fil(?:ed|es|ing)\s+(?:an?\s+)?(?:[\w-]+\s+)?protest|diplomatic|summon\w*|ambassador|envoy|embass(?:y|ies)|protest(?:ed|s)?\s+(?:to|with))\b/i;
/** The same in a headline in capitals, where every word is one (the object must then be a state: objectIsAState). */
const CAPITALS_VERB = /^\s+(PROTEST(?:S|ED)?)\s+(?:(?:TO|WITH|AGAINST)\s+(?:THE\s+)?)?[A-Z]/;
/**
 * A protest lodged, filed, delivered or handed over: "lodged a strong protest", "filed a diplomatic protest",
 * "Japan lodges protest with China", and as wire copy quotes it, 'lodged a "stern protest"' (wild42 ★8).
 */
const LODGED =
  /\b(?:lodg(?:e|es|ed|ing)|fil(?:e|es|ed|ing)|deliver(?:s|ed|ing)?|issu(?:e|es|ed|ing)|hand(?:s|ed|ing)?)\s+(?:(?:a|an)\s+["'\u201c\u2018]?(?:[\w-]+\s+){0,2})?["'\u201c\u2018]?protests?\b/gi;
/**
 * "protested to China", "protested on Sunday to Ethiopia", "protest to the Chinese embassy": the object is a
 * country or its nationality (`objectIsAState`), not "thousands protested to Parliament".
 */
const PROTESTED_TO = /\bprotest(?:ed|s|ing)?\s+(?:on\s+[A-Z][a-z]+\s+)?to\s+(?:the\s+)?(?=[A-Z])/g;
/**
 * An envoy summoned "to protest" in the same sentence ("summoned Russia's charge d'affaires on Monday to
 * protest"); not supporters summoned to protest outside parliament.
 */
const SUMMONED =
  /\bsummon\w*\b[^.;]{0,60}?\b(?:ambassador|envoy|charg(?:e|\u00e9)|diplomat|consul|attach(?:e|\u00e9))\w*\b[^.;]{0,60}?\bto protest\b/g;

/**
 * Places with a country code that are no sovereign state: territories and special regions (Hong Kong, Macau, Puerto
 * Rico, Greenland, the Faroes, Guam, New Caledonia, Gibraltar, Bermuda ...). Their protests are their people's in the
 * street, no note between governments (read33 F14: "Hong Kong Protests Beijing's Security Law").
 */
const NOT_SOVEREIGN = new Set(
  'HK MO PR GL FO GU NC PF GI BM KY VI AS MP RE GP MQ YT AW CW SX TC VG AI MS FK IM JE GG AX BQ PM WF BL MF SH NU CK TK'.split(
    ' ',
  ),
);
/** A nation within a state, which the gazetteer reads as the state ("Scotland" is GB): no state's own voice. */
const NATION_WITHIN = /^(?:Scotland|Wales|England|Northern Ireland)$/i;

/** A country mention that names a sovereign state: not a territory, not a nation within a state. */
function sovereignMention(code: string, text: string): boolean {
  return !NOT_SOVEREIGN.has(code) && !NATION_WITHIN.test(text);
}

/**
 * The state whose government a name stands for: a sovereign country, or (wild42 ★8) its capital or seat
 * ("Seoul", "Washington", "the Kremlin", "the White House"), `seat` then true.
 */
function stateNamed(entity: Entity, text: string): { code: string; seat: boolean } | undefined {
  if (entity.id.startsWith('place:iso:')) {
    const code = entity.id.slice('place:iso:'.length);
    return sovereignMention(code, text) ? { code, seat: false } : undefined;
  }
  return seatOf(text);
}

/**
 * A capital or a seat of government ("Beijing", "the Kremlin", "White House") of a sovereign state. An article that
 * is part of the name stays ("The Hague").
 */
function seatOf(name: string): { code: string; seat: boolean } | undefined {
  const entry = lookupPhrase(keyOf(name)) ?? lookupPhrase(keyOf(name.replace(/^[Tt]he\s+/, '')));
  if (!entry?.code || !(entry.capital === true || entry.kind === 'metonym')) return undefined;
  return NOT_SOVEREIGN.has(entry.code) ? undefined : { code: entry.code, seat: true };
}

/** A verb whose subject is a street protest, later in the headline: "… protests against Gaza war draw 100,000". */
const CROWD_VERB_AFTER =
  /\b(?:draw|drew|continue|enter|spread|grow|swell|erupt|rock|sweep|turn|mount|resume|spill|rage)s?\b/;

/** Where a headline's second clause opens: after a semicolon, a colon or a dash ("EU fines Apple; Washington protests"). */
const CLAUSE_OPENS = /(?:[;:]|\s[-\u2013\u2014])\s+(?:[Tt]he\s+)?$/;
/** A headline's protest verb that ends its clause: "…; Washington protests", "…: Beijing protested". */
const CLAUSE_END_VERB = /^\s+([Pp]rotest(?:s|ed)|PROTEST(?:S|ED))\s*(?:[;:,.]|$)/;
/** A body a state may protest to in a headline: "Washington protests EU fines". */
const INTERNATIONAL_BODY =
  /^(?:EU|European Union|European Commission|UN|United Nations|NATO|WTO|IAEA|OPEC|ASEAN|African Union)\b/;

/**
 * The headline's verb when a country at its start protests to another: [start, end) of the word. A capital or seat
 * standing for its government protests only to a state or an international body ("Seoul protests Tokyo's claim",
 * "Washington protests EU fines"; "Minsk protests Lukashenko re-election" is its people's). With `secondClause`, also
 * a verb that ends a headline's second clause ("EU fines Apple, Meta; Washington protests") where the headline has
 * no crowd: a note, though not what the headline is about (score.ts puts diplomacy first only without it). A body
 * that opens on a crowd and no note (`crowdOpens`) makes the headline's "protests" the crowd's: "The Hague protests
 * against Israel" over "Tens of thousands of people marched through The Hague …" (read44 ★5).
 */
export function protestInTitle(
  title: string,
  entities: readonly Entity[],
  secondClause = false,
  body = '',
): [number, number] | undefined {
  if (!title.includes('rotest') && !title.includes('ROTEST')) return undefined;
  if (body !== '' && crowdOpens(body, entities)) return undefined;
  for (const entity of entities) {
    for (const m of entity.mentions) {
      if (m.field !== 'title') continue;
      const before = title.slice(0, m.start);
      const atStart = /^(?:[Tt]he\s+)?$/.test(before);
      const afterBreak = !atStart && CLAUSE_OPENS.test(before);
      if (!atStart && !afterBreak) continue;
      const state = stateNamed(entity, title.slice(m.start, m.end));
      if (!state) continue;
      const after = title.slice(m.end);
      const verb = (title === title.toUpperCase() ? CAPITALS_VERB : TITLE_VERB).exec(after);
      const word = verb?.[1];
      // "London protests against Gaza war draw 100,000": a verb of the crowd's after the object makes "protests" the
      // noun (read43 on places43's capital flag for London).
      if (verb && word && CROWD_VERB_AFTER.test(after.slice(verb[0].length))) continue;
      if (verb && word) {
        // Title Case and capitals capitalise every word ("Protests Enter Third Week", "PROTESTS TO CONTINUE"), so
        // there the capital after the verb must open a state's name (read32 F2).
        const object = m.end + verb[0].length - 1;
        const toState = () =>
          objectIsAState(entities, 'title', object, state.code) ||
          (state.seat && INTERNATIONAL_BODY.test(title.slice(object)));
        if (state.seat || everyWordCapitalised(title) ? toState() : true) {
          const start = m.end + verb[0].indexOf(word);
          return [start, start + word.length];
        }
        continue;
      }
      const cause = atStart && body !== '' ? ADJUNCT_VERB.exec(after) : null;
      const causeWord = cause?.[1];
      if (cause && causeWord && !state.seat && noteOpens(body)) {
        const start = m.end + cause[0].indexOf(causeWord);
        return [start, start + causeWord.length];
      }
      const ending = secondClause && afterBreak ? CLAUSE_END_VERB.exec(after) : null;
      const last = ending?.[1];
      if (ending && last && !CROWD.test(title)) {
        const start = m.end + ending[0].indexOf(last);
        return [start, start + last.length];
      }
    }
  }
  return undefined;
}

/**
 * A state as the subject of "protested" ("Japan protested on Tuesday after Russia test-fired a missile", "South Korea
 * has strongly protested"): a government's note, whatever follows. Past tense only: "Serbia protests" is as often
 * the noun ("the Serbia protests enter a second year"). Not a country closing a phrase of place ("students across
 * Serbia protested"): see AFTER_A_PREPOSITION.
 */
const STATE_VERB = /^\s+(?:(?:has|had|also|again|formally|strongly|officially)\s+){0,2}(protested)\b/;
/**
 * "protests" in the present (topic61, wild60 ★2) where the verb ends the clause or takes an object: "Abiy inaugurates
 * the dam, Egypt protests.", "and Egypt protests the move". Only for a state that opens its clause (`opensClause`):
 * the noun stands after a preposition or an article ("at Kenya protests", "the Serbia protests") or runs on into its
 * own verb ("Kenya protests turned deadly").
 */
const STATE_PRESENT_VERB = /^\s+(protests)(?=\s*(?:[.;!]|$)|\s+(?:the|its|a|an|this|these|that|those|any)\s)/;
/** What may stand before a clause's subject: the text's or a sentence's start, a comma, "and", "but", "while". */
const CLAUSE_OPENER = /(?:^\s*|[.;:!?]\s+|,\s+|\s(?:and|but|while)\s+|\n\s*)$/;

/** Nothing but spaces. */
const BLANK = /^\s*$/;

/** The name at `at` opens a clause of the text. */
function opensClause(text: string, at: number): boolean {
  const from = Math.max(0, at - 12);
  const before = text.slice(from, at);
  return from === 0 ? CLAUSE_OPENER.test(before) : CLAUSE_OPENER.test(before) && !BLANK.test(before);
}
const AFTER_A_PREPOSITION =
  /\b(?:in|across|throughout|around|of|from|at|to|into|outside|inside|near|over)\s+(?:the\s+)?$/i;

/** A crowd in the street: people, students, marchers, a rally, whistles, banners, riot police. */
const CROWD =
  /\b(?:people|crowds?|thousands|hundreds|students|protesters|demonstrators|marchers|march(?:ed|ing)?|rall(?:y|ies|ied)|gathered|streets?|squares?|whistles|banners|chant(?:s|ed|ing)?|tear gas|riot police)\b/i;
/** The words of a government's note: its ministry, embassy or envoy, a summons (NOTE and BODY_NOTE read them). */
const NOTE_WORDS = String.raw`ministry|embassy|ambassador|envoy|note|summon\w*|diplomatic|foreign minister`;
/** A government's note: its ministry, embassy or envoy, a state it protests "to". */
const NOTE = new RegExp(String.raw`\b(?:${NOTE_WORDS})\b|\bto\s+(?:the\s+)?[A-Z]`);

/**
 * "Serbia protested again on Saturday. Students, farmers and pensioners filled the centre of Kragujevac": a crowd told
 * in the verb's sentence or the next, and no note in either (read33, c7e30bd9): the country's people protest ("China
 * protested after … thousands of people gathered. The foreign ministry said …" stays a note).
 */
function crowdAround(text: string, at: number): boolean {
  // Back to the sentence's start, at most 400 characters: a text with no full stop is not read back to its start at
  // each protest word.
  const from = Math.max(0, at - 400);
  const before = text.slice(from, at);
  const start = from + Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1;
  const end = roughSentenceEnd(text, at);
  const next = roughSentenceEnd(text, end + 1);
  const told = text.slice(start, next);
  return !NOTE.test(told) && CROWD.test(told);
}

/**
 * A government's note as a body tells it: its ministry, embassy or envoy, a protest lodged or sent. Not NOTE's "to"
 * and a name, which a march's demand has too ("calling on the Dutch government to halt arms exports to Israel").
 */
const BODY_NOTE = new RegExp(String.raw`\b(?:${NOTE_WORDS}|lodg\w*|protest(?:ed|s)? (?:to|with))\b`, 'i');

/**
 * A crowd acting: marching, rallying, gathering, in the streets; protesters, demonstrators. Not CROWD's everyday
 * words ("the feelings of the Chinese people", "a textbook that tells students"), which a note has too (read45 on
 * 23f2fac8).
 */
const CROWD_ACTING =
  /\b(?:protesters|demonstrators|marchers|march(?:ed|ing)|rall(?:y|ies|ied|ying)|gathered|(?:took|taking|take|takes)\s+to\s+the\s+streets|(?:filled|thronged|packed|blocked)\s+(?:the\s+)?(?:streets?|squares?)|chant(?:ed|ing)|tear gas|riot police)\b/i;
/**
 * A state's own verb of a note after its name: "China on Monday condemned", "Beijing urged Washington", "South Korea
 * demanded that Japan", "Russia has called on". Not "said": the state a march is against answers it ("Thousands
 * marched through La Paz against a lithium deal with Chile. Chile said the deal was legal", read45 on a7af2fc4).
 */
const STATE_NOTE_VERB =
  /^\s+(?:(?:late\s+|early\s+)?on\s+[A-Z][a-z]+\s+)?(?:(?:has|had|also|again|formally|strongly|sharply|firmly|swiftly|angrily)\s+){0,2}(?:condemned|urged|demanded|called\s+on|denounced|accused|protested)\b/;

/** A state or its seat, in the body's `opening`, as the subject of a verb of its note. */
function stateNotes(opening: string, entities: readonly Entity[]): boolean {
  for (const entity of entities) {
    for (const m of entity.mentions) {
      if (m.field !== 'body' || m.end > opening.length) continue;
      if (!STATE_NOTE_VERB.test(opening.slice(m.end, m.end + 80))) continue;
      const before = opening.slice(0, m.start);
      if (AFTER_A_PREPOSITION.test(before)) continue;
      if (stateNamed(entity, opening.slice(m.start, m.end))) return true;
    }
  }
  return false;
}

/**
 * The body's first two sentences tell a crowd acting (marching, rallying, protesters) and no government's note: a
 * headline's protest is the street's. "Thousands of people marched through La Paz on Tuesday against a lithium deal
 * with Chile, police said" (read44 ★5); "China lodged a protest with Japan after hundreds of people gathered …" stays a
 * note, and so does a state's own verb of one ("China on Monday condemned a U.S. arms sale …", read45).
 */
function crowdOpens(body: string, entities: readonly Entity[]): boolean {
  const opening = body.slice(0, roughSentenceEnd(body, roughSentenceEnd(body, 0) + 1));
  return CROWD_ACTING.test(opening) && !BODY_NOTE.test(opening) && !stateNotes(opening, entities);
}

/** The body's first two sentences tell a government's note and no crowd acting. */
function noteOpens(body: string): boolean {
  const opening = body.slice(0, roughSentenceEnd(body, roughSentenceEnd(body, 0) + 1));
  return NOTE_OPENING.test(opening) && !CROWD_ACTING.test(opening);
}

/**
 * A capital, a seat of government, a foreign ministry or a government before "protested" (wild42 ★8): "The White
 * House protested on Wednesday after the European Union fined …", "Beijing has protested", "the foreign ministry
 * protested". The capitalised run's last one to three words name the seat.
 */
const SEAT_VERB =
  /\b([A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}|[Ff]oreign\s+[Mm]inistry|[Gg]overnment)\s+(?:(?:has|had|also|again|formally|strongly|officially)\s+){0,2}(protested)\b/g;

/** [start, end) of each "protested" whose subject is a seat of government, a foreign ministry or a government. */
function seatsProtesting(text: string): [number, number][] {
  const spans: [number, number][] = [];
  SEAT_VERB.lastIndex = 0;
  for (let m = SEAT_VERB.exec(text); m !== null; m = SEAT_VERB.exec(text)) {
    const run = m[1] ?? '';
    let subject = -1;
    if (/^(?:[Ff]oreign\s+[Mm]inistry|[Gg]overnment)$/.test(run)) subject = m.index;
    else {
      const words = run.split(/\s+/);
      for (let k = Math.max(0, words.length - 3); k < words.length && subject < 0; k++) {
        const name = words.slice(k).join(' ');
        if (seatOf(name)) subject = m.index + run.lastIndexOf(name);
      }
    }
    if (subject < 0 || AFTER_A_PREPOSITION.test(text.slice(Math.max(0, subject - 20), subject))) continue;
    const start = m.index + m[0].length - 'protested'.length;
    if (!crowdAround(text, start)) spans.push([start, start + 'protested'.length]);
  }
  return spans;
}

/** [start, end) of each "protested" whose subject is a country named in the body. */
function statesProtesting(text: string, entities: readonly Entity[]): [number, number][] {
  const spans: [number, number][] = [];
  for (const entity of entities) {
    if (!entity.id.startsWith('place:iso:')) continue;
    for (const m of entity.mentions) {
      if (m.field !== 'body' || AFTER_A_PREPOSITION.test(text.slice(Math.max(0, m.start - 20), m.start)))
        continue;
      if (!sovereignMention(entity.id.slice('place:iso:'.length), text.slice(m.start, m.end))) continue;
      const after = text.slice(m.end, m.end + 60);
      const verb =
        STATE_VERB.exec(after) ?? (opensClause(text, m.start) ? STATE_PRESENT_VERB.exec(after) : null);
      const word = verb?.[1];
      if (!verb || !word) continue;
      const start = m.end + verb[0].length - word.length;
      if (crowdAround(text, start)) continue;
      spans.push([start, start + word.length]);
    }
  }
  return spans;
}

/**
 * [start, end) of each protest word in a state's note to another, in text order (the title's verb included, unless
 * the `body` opens on a crowd).
 */
export function diplomaticProtestWords(
  text: string,
  field: 'title' | 'body',
  entities: readonly Entity[],
  body = '',
): [number, number][] {
  if (!text.includes('rotest') && !text.includes('ROTEST')) return [];
  const spans: [number, number][] = [];
  const verb = field === 'title' ? protestInTitle(text, entities, true, body) : undefined;
  if (verb) spans.push(verb);
  if (field === 'body') {
    spans.push(...statesProtesting(text, entities));
    const states = new Set(spans.map(([s]) => s));
    for (const span of seatsProtesting(text)) if (!states.has(span[0])) spans.push(span);
  }
  for (const pattern of [LODGED, PROTESTED_TO, SUMMONED]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      if (pattern === PROTESTED_TO && !objectIsAState(entities, field, m.index + m[0].length)) continue;
      const at = m.index + m[0].toLowerCase().lastIndexOf('protest');
      const end = at + (/^protest(?:ed|s|ing)?/i.exec(text.slice(at, at + 12))?.[0].length ?? 7);
      if (!spans.some(([s]) => s === at)) spans.push([at, end]);
    }
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

/** Title Case or capitals: every word of four letters or more opens with a capital. */
function everyWordCapitalised(title: string): boolean {
  return !/(?:^|[\s"'(-])[a-z][a-z]{3,}/.test(title);
}

/**
 * A country's name or a nationality ("the Chinese embassy") opens the field at `at`; or, given the protesting state,
 * another state's city, its capital standing for its government ("Vietnam Protests Beijing's Drills"; read32 F2's
 * rest), while a city of the protesting state's own is a street protest there ("Serbia Protests Belgrade's Verdict").
 */
function objectIsAState(
  entities: readonly Entity[],
  field: 'title' | 'body',
  at: number,
  subject?: string,
): boolean {
  return entities.some(
    (e) =>
      (e.type === 'nationality' ||
        e.id.startsWith('place:iso:') ||
        (subject !== undefined && e.type === 'place' && foreignCity(e.name, subject))) &&
      e.mentions.some((m) => m.field === field && m.start === at),
  );
}

function foreignCity(name: string, subject: string): boolean {
  const place = lookupPlace(name);
  return place?.kind === 'city' && place.countryCode !== subject;
}
