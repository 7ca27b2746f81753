import type { TagDocument } from '../text/document.js';
import { lazyPattern } from '../text/lazy-pattern.js';
import type { Sentence } from '../text/sentences.js';
import { namedAsAttacker } from './attack-agents.js';
import { reportsAsPerson } from './capital-speaker.js';
import { lookupPhrase } from './gazetteer.js';
import type { CountryMention } from './mentions.js';
import { keyOf } from './normalize.js';
import { AT_HOME, namesPersonsOrigin, setsEventAt } from './person-origins.js';

/**
 * Focus relative to what a short text offers. A story of one or two sentences has no room to come back
 * to a country, so mention counts say nothing there; what it is about is who acts in its main clause:
 * "Norway and Sweden agreed on a treaty" is about both, whatever the dateline. A country counts when it
 * opens the clause as its subject (alone or in a coordination of countries: "Norway and Sweden agreed",
 * "Japanese crushers bought"), is linked to the action by a preposition of interaction ("a treaty
 * with Sweden", "talks between Norway and Sweden", "exports to Morocco", "sanctions on Russia"), is
 * named right after the verb ("China accused Japan"), or is coordinated with a country that acts ("a
 * treaty with Norway and Sweden"). A country only mentioned in
 * passing stays out: in the attribution ("…, the Norwegian-born chef said"), in a parenthesis, in a
 * compound of origin ("Bermuda-based", "Norwegian-born"), as a currency, or as the seat of a company
 * ("Siemens AG of West Germany").
 */

/** A story this short (sentences of the body after the dateline) is read by its main clause. */
export const SHORT_STORY_SENTENCES = 2;
// A longer "sentence" is a table or a list run together, not a clause.
const MAX_CLAUSE_CHARS = 400;

// Before a subject: nothing but determiners, conjunctions and other countries.
// Between two countries of one subject, a hyphen, dash or slash too: "India-China flights resumed", "The US-Japan
// trade deal includes …" (wild49 C2), and a tight em dash in capitals: "CHINA—INDIA flights resumed" (review59).
const SUBJECT_FILLER = /^(?:[\s,"'\u201c\u2018]|the\b|both\b|and\b|['\u2019]s\b|[-\u2013\u2014/])*$/i;
// After a subject: a verb or a noun in lower case ("agreed", "crushers", "'s central bank"), or the
// next country of a coordination ("India-China", "CHINA—INDIA", not "Japan-based").
const SUBJECT_FOLLOWER = lazyPattern(
  () => /^(?:(?:['\u2019]s)?\s+\p{Ll}|\s*,|\s+and\b|['\u2019]s\s|[-\u2013\u2014/](?:the\s+)?\p{Lu})/u,
);
// After a firm of a country (companies.ts): the rest of its name first ("Samsung Electronics posted",
// "Jollibee Foods Corp. said").
const FIRM_FOLLOWER = lazyPattern(() => /^(?:\s+(?:\p{Lu}[\p{L}.&-]*|&))*(?:['\u2019]s)?\s+\p{Ll}/u);
// An office after a country: "'s Prime Minister ", " President " (its holder's name follows).
const OFFICE = String.raw`(?:['\u2019]s)?\s+(?:(?:Vice|Deputy|Acting|Interim|Supreme|Crown|Foreign|Defen[cs]e|Finance|Prime|Treasury|Commerce|Trade|Interior|Home)\s+)?(?:President|Minister|Premier|PM|Chancellor|King|Queen|Prince|Emir|Sultan|Leader|Secretary(?:\s+of\s+State)?|leader|president)\s+`;
// "Turkish President Recep Tayyip Erdogan met …", "met Malaysia's Prime Minister Anwar Ibrahim": the
// country of an office holder who acts, not the start of a firm's name ("China Daily").
const OFFICE_AFTER = lazyPattern(() => new RegExp(`^${OFFICE}\\p{Lu}`, 'u'));
// Between a country and its office holder's name: the office ("Prime Minister", "President").
const OFFICE_BETWEEN = new RegExp(`^${OFFICE}$`);
// A preposition that links a country to the action of the clause.
const LINKING_PREPOSITION = /\b(?:with|between|against|versus|vs\.?|to|toward|towards)\s+(?:the\s+)?$/i;
// "Ukraine received a new batch of F-16 jets from Denmark": the country a thing is bought or received from is a
// party to the transfer. A bare "from" is not ("migrants who came from Mali", "from Canterbury Crown Court").
// What is received may be no goods: "received a standing ovation from France's fans" (read39's tenth finding).
// A quantity's separators do not end the clause: "bought 200,000 tonnes of wheat from France", "1.5 mln tonnes"
// (wild50 C19: the comma of "200,000" cut the buyer off from the origin). Nor does a comma before "mostly from":
// "will import 200,000 tonnes of rice this year, mostly from Thailand". A tender buys too: "will tender on March 10
// for 20,000 tonnes of palm olein from Malaysia".
const IN_CLAUSE = String.raw`(?:[^,;.]|[,.](?=\d))`;
const TRANSFER_FROM = new RegExp(
  String.raw`\b(?:received?|receives|receiving|bought|buys?|buying|purchased?|purchases|purchasing|imported|imports?|importing|ordered|acquired?|acquires|acquiring|obtained|borrowed|sourced|secured|tender(?:s|ed|ing)?)\b(?!${IN_CLAUSE}{0,60}\b(?:ovations?|applause|calls?|letters?|messages?|criticism|support|praise|backing|welcome|visits?|invitations?|warnings?|threats?|complaints?|requests?|congratulations|condolences|cheers|boos)\b)${IN_CLAUSE}{0,60}(?:,\s*(?:mostly|mainly|largely|chiefly|primarily|partly)\s+)?\bfrom\s+(?:the\s+)?$`,
  'i',
);
// "…, the Norwegian-born chef said.", "…, officials in Oslo told reporters."
// Not "…, with Saudi Arabia and Russia said to favour a pause": a passive "said to" reports no speaker.
// "…, saying Europe could no longer rely on Washington": the reason a speaker gives is no part of the action.
const ATTRIBUTION =
  /,\s*(?:[^,]*\b(?:said(?!\s+to\b)|says(?!\s+to\b)|say|told|added|reported|reports|announced|according to)\b|(?:saying|adding|arguing|warning|noting)\b)[^,]*$/;
// "Officials said (that) …": the reported clause is the main one.
// "Mr Sharif told parliament that …" too (wild49 C4), and after a phrase of where or when set off by a comma: "At a
// news conference in Tehran, Azerbaijan's ambassador said …" (its speaker is no closing attribution).
const REPORTED_LEAD =
  /^(?:(?:At|In|During|After|Before|On|Speaking|Addressing|Following)\b[^,]{0,60},\s*)?[^,]{0,80}?\b(?:(?:said|says|announced|reported|confirmed)\s+(?:on \w+\s+)?(?:that\s+)?|told\s+(?:[\w-]+\s+){1,3}?that\s+)/;
// After a country in the lead's speaker: its government, ministry, army or leader ("in Kabul said"), or its mission
// abroad ("The Indian embassy in Kathmandu said", wild60).
const GOVERNMENT_SPEAKER = lazyPattern(
  () =>
    /^(?:['\u2019]s)?\s+(?:\p{Ll}+\s+){0,2}(?:government|ministry|military|army|junta|regime|navy|air force|coast guard|president|prime minister|foreign minister|leader|cabinet|ambassador|envoy|embassy|consulate|high commission|(?:President|Prime Minister|Foreign Minister)\s+\p{Lu}|(?:(?:Defen[cs]e|Foreign|Finance|Interior|Trade|Commerce|Health|Justice|Economy|Agriculture|Energy|Royal)\s+)?(?:Ministry|Government|Military|Army|Navy|Air\s+Force|Coast\s+Guard|Cabinet|Embassy|Foreign\s+Office)\b)/u,
);
// "The Taliban government in Kabul said": the same, with the seat after the body ("bankers in Japan
// said" are no government).
const GOVERNMENT_IN_BEFORE =
  /\b(?:government|ministry|military|army|authorities|cabinet|leadership)\s+in\s+$/i;
const SAYS_NEXT = /^\s*(?:said|says|announced)\b/;
// "Israel says it has killed …", "Japan said on Monday it had lodged a protest": the clause the speaker
// reports is about itself, so the country that speaks is the subject of the main clause.
// "Indonesia and Malaysia said on Friday they would jointly fight …": two speakers reporting on themselves.
const SPEAKS_OF_ITSELF = /^(?:its?|they|their)\s/i;
const SPEAKER_VERB = /^\s+(?:said|says|announced|confirmed)\b/;
const SEAT_BEFORE = /\bof\s+(?:the\s+)?$/i;
// "Thailand says Cambodian troops fired rockets across the border": a speaker reporting an attack by
// another country on a target it does not name is the country attacked (see accusesOfAttack).
// Also the attack as a noun doing the harm ("Lebanon says Israeli strikes killed three people", "Somalia said U.S.
// air strikes killed 10 fighters"; wild50 C2) and a ship's or plane's act ("Philippine vessels had rammed").
const REPORTED_ATTACK =
  /\b(?:fired|shelled|attacked|struck|bombed|raided|invaded|launched\s+(?:\w+\s+){0,2}(?:attacks?|strikes?|raids?)|violated|crossed|rammed|(?:strikes|attacks|raids|shelling|drones|missiles)\s+(?:on\s+(?:[\w-]+\s+){1,5})?(?:(?:had|have|has)\s+)?(?:killed|hit|wounded|injured|destroyed|damaged|were|was))\b/i;
// The opening of a closing attribution, up to its speaker: ", while Seoul's military said", ", Seoul says".
const ATTRIBUTION_OPENER = /^,\s*(?:(?:while|and|but|whereas)\s+)?(?:the\s+)?$/i;
// "…agreed to deepen ties, meeting in Tokyo ahead of a summit with the United States": a phrase of time set
// off by a comma says when the clause happens, not who takes part in it.
const TIME_ADJUNCT = /,[^,]*\b(?:ahead of|before|after|following|amid|during)\b[^,]*$/i;
// "Bermuda-based", "Norwegian-born", "Liberian-flagged": where something comes from, not who acts.
export const ORIGIN_COMPOUND =
  /^-(?:born|based|bred|registered|flagged|flag|listed|owned|controlled|headquartered|incorporated|domiciled)\b/i;

/** Index of the story's first sentence (after the dateline and any byline). */
function firstStorySentence(doc: TagDocument): number {
  const after = doc.storyStart + 1;
  const sentences = doc.body.sentences;
  let first = 0;
  while (first < sentences.length && sentences[first]!.end <= after) first++;
  return first;
}

/** The sentences of a story this short (after the dateline), or none for a longer story. */
export function storySentences(doc: TagDocument): readonly Sentence[] {
  const first = firstStorySentence(doc);
  const sentences = doc.body.sentences;
  return sentences.length - first <= SHORT_STORY_SENTENCES ? sentences.slice(first) : [];
}

/** How a short story names its countries; both sets are empty for a longer story. */
export interface MainClause {
  /** Countries that act in the main clause: its subject, or linked to the action by a preposition. */
  readonly acting: ReadonlySet<string>;
  /** Countries the story names only in passing (attribution, origin, parenthesis, currency). */
  readonly passing: ReadonlySet<string>;
}

const NONE: MainClause = { acting: new Set(), passing: new Set() };

/** Reads the main clause of a short story; `mentions` are the article's title and body mentions. */
export function readMainClause(doc: TagDocument, mentions: readonly CountryMention[]): MainClause {
  return readClauses(doc, mentions, storySentences(doc));
}

/**
 * Reads the main clause of the story's first sentence, whatever the story's length. An article without a
 * headline says what it is about there ("China and the United States agreed on Thursday to …"): its lead
 * stands in for the headline.
 */
export function readLeadClause(doc: TagDocument, mentions: readonly CountryMention[]): MainClause {
  const lead = doc.body.sentences[firstStorySentence(doc)];
  return readClauses(doc, mentions, lead ? [lead] : []);
}

function readClauses(
  doc: TagDocument,
  mentions: readonly CountryMention[],
  sentences: readonly Sentence[],
): MainClause {
  if (!sentences.length) return NONE;
  const acting = new Set<string>();
  const named = new Set<string>();
  // Where the first clause that names one sets its event, read when no country acts (see `eventPlaces`).
  let placesOfEvent: readonly string[] = [];
  const text = doc.body.text;
  const clauseStart = doc.storyStart;
  const body = mentions.filter((m) => m.field === 'body' && m.start >= clauseStart);
  // The clause is read by English word order and words ("said", "with", "the"); in another language a
  // short story's every country counts ("Sheinbaum y Trump acuerdan …": "de México", "de Estados Unidos").
  if (doc.language !== 'en') {
    const end = sentences[sentences.length - 1]!.end;
    for (const m of body) if (m.end <= end && !m.currency) acting.add(m.code);
    return { acting, passing: new Set() };
  }
  for (const s of sentences) {
    const sentenceStart = Math.max(s.start, clauseStart);
    if (s.end - s.start > MAX_CLAUSE_CHARS) {
      for (const m of body) if (m.start >= sentenceStart && m.end <= s.end) named.add(m.code);
      continue;
    }
    // Who said it (the lead "X said" or the closing ", X said") is not what the story is about.
    const lead = REPORTED_LEAD.exec(text.slice(sentenceStart, s.end));
    const start = sentenceStart + (lead?.[0].length ?? 0);
    const attribution = ATTRIBUTION.exec(text.slice(start, s.end));
    const mainEnd = attribution ? start + attribution.index : s.end;
    const inClause = body.filter((m) => m.start >= start && m.end <= mainEnd && !m.currency);
    // "The Taliban government in Kabul said it would not attend …": a country's own government, ministry
    // or army that speaks in the lead acts for it.
    if (lead) {
      const governmentSpeakers = body.filter(
        (m) =>
          m.start >= sentenceStart &&
          m.end <= start &&
          !m.currency &&
          (GOVERNMENT_SPEAKER.test(text.slice(m.end, start)) ||
            (GOVERNMENT_IN_BEFORE.test(text.slice(sentenceStart, m.start)) &&
              SAYS_NEXT.test(text.slice(m.end, start))) ||
            // "Jollibee Foods Corp said it would open 500 stores abroad": the firm that speaks acts.
            (m.kind === 'company' && isSubject(m, sentenceStart, body, text)) ||
            // "Canberra said the tariffs imposed by Beijing were unjustified", "The Kremlin said": a capital or
            // seat of power speaking is its government (wild38b ★2).
            (speaksForGovernment(m, text) &&
              SAYS_NEXT.test(text.slice(m.end, start)) &&
              // "Santiago said he would step down": a person named like the capital (read38 ★10).
              !reportsAsPerson(text, start) &&
              isSubject(m, sentenceStart, body, text))) &&
          // "Siemens AG of West Germany said": the seat of a firm that speaks.
          !SEAT_BEFORE.test(text.slice(sentenceStart, m.start)),
      );
      const itself = SPEAKS_OF_ITSELF.test(text.slice(start, start + 6));
      const attacked = accusesOfAttack(text, start, mainEnd, body);
      // "Taipei said 20 Chinese aircraft crossed the median line": the attacker the speaker names acts too.
      if (attacked) for (const code of attackersIn(text, start, mainEnd, body)) acting.add(code);
      // Read from the verb back, so that "Indonesia and Malaysia said" finds Malaysia speaking, then Indonesia
      // coordinated with it.
      let next: CountryMention | undefined;
      for (let i = body.length - 1; i >= 0; i--) {
        const m = body[i]!;
        if (m.start < sentenceStart || m.end > start || m.currency) continue;
        const beforeVerb =
          SPEAKER_VERB.test(text.slice(m.end, start)) ||
          (next !== undefined && COORDINATED.test(text.slice(m.end, next.start)));
        const speaks =
          governmentSpeakers.includes(m) ||
          ((itself || attacked) && beforeVerb && isSubject(m, sentenceStart, body, text));
        next = speaks ? m : undefined;
        if (!speaks) continue;
        named.add(m.code);
        acting.add(m.code);
      }
      // "Pristina said the move by Belgrade was illegal", "Vilnius said it would stop buying gas from Moscow": a
      // government speaking by its seat answers the other government its clause names by its seat.
      const seat = governmentSpeakers.find((m) => speaksForGovernment(m, text));
      if (seat)
        for (const m of inClause)
          if (m.code !== seat.code && speaksForGovernment(m, text)) {
            named.add(m.code);
            acting.add(m.code);
          }
    }
    // "A Russian court sentenced an American journalist": a subject after an indefinite article acts when the
    // clause acts on another people's one (wild50 C16); alone it may be a victim ("A German tourist was killed in
    // Egypt" is Egypt's story).
    const opener = indefiniteSubject(text, start, inClause);
    // "An Irish backpacker was found dead in a hostel in Cairns, Queensland police said": the state right after the
    // town the clause ends on is where the town lies, though its police open the attribution.
    const townState =
      attribution && TOWN_AT_END.test(text.slice(start, mainEnd))
        ? body.find(
            (m) =>
              m.start > mainEnd &&
              m.start < mainEnd + 4 &&
              PLACE_MENTION_KINDS.has(m.kind) &&
              COMMA_ONLY.test(text.slice(mainEnd, m.start)),
          )
        : undefined;
    const places = eventPlaces(text, start, townState ? [...inClause, townState] : inClause);
    if (townState && places.includes(townState.code)) named.add(townState.code);
    if (!placesOfEvent.length) placesOfEvent = places;
    // "Nepali workers built the stadiums in Qatar", "Chinese tourists arrived in Thailand": private people who open
    // the clause by where they come from act where the clause sets its event, for no country of theirs (unless they
    // act at home: "Filipino workers in Saudi Arabia sent home $3 billion").
    const visitors =
      places.length > 0 && !AT_HOME.test(text.slice(start, mainEnd))
        ? inClause.filter((m) => !places.includes(m.code) && namesPersonsOrigin(text, m))
        : [];
    // Where the last country that acts ends, while the next one may be coordinated with it.
    let actingEnd: number | undefined;
    let actingCode: string | undefined;
    // Where the countries that open the clause as its subject end ("Britain, Canada and Australia").
    let subjectsEnd: number | undefined;
    for (const m of inClause) {
      if (ORIGIN_COMPOUND.test(text.slice(m.end, m.end + 16))) continue;
      const before = text.slice(start, m.start);
      if (/\([^)]*$/.test(before)) continue;
      named.add(m.code);
      // "Indian Prime Minister Narendra Modi, South African President Cyril Ramaphosa and Indonesian
      // President Prabowo Subianto attended": the office holder named after the demonym is the same actor,
      // so the next country of the list is coordinated with the holder's name.
      if (
        actingEnd !== undefined &&
        m.code === actingCode &&
        OFFICE_BETWEEN.test(text.slice(actingEnd, m.start))
      ) {
        actingEnd = m.end;
        continue;
      }
      const after = text.slice(m.end, m.end + 40);
      const coordinated = actingEnd !== undefined && COORDINATED.test(text.slice(actingEnd, m.start));
      // "China suspended imports of Japanese seafood amid the row over Taiwan": what the clause's act happens amid is
      // its background, as a time adjunct set off by a comma is (wild50 C6).
      const adjunct = TIME_ADJUNCT.test(before) || AMID_BEFORE.test(before);
      if (visitors.includes(m) && (m === opener || isSubject(m, start, inClause, text))) {
        actingEnd = undefined;
        continue;
      }
      const subject = isSubject(m, start, inClause, text);
      // "Britain, Canada and Australia recognized the State of Palestine": the commas of a list of subjects open no
      // clause before the object.
      const objectBefore =
        subjectsEnd === undefined
          ? before
          : text.slice(start, subjectsEnd).replace(LIST_COMMAS, ' ') + text.slice(subjectsEnd, m.start);
      if (
        coordinated ||
        subject ||
        m === opener ||
        (!adjunct && isLinked(before, after)) ||
        (!adjunct && isAttacked(before, text.slice(s.start, s.end))) ||
        // "Ukraine has begun rebuilding villages destroyed by Russian strikes": the attacker of the one that acts.
        (namedAsAttacker(text, m) && [...acting].some((code) => code !== m.code)) ||
        // "Washington raised tariffs on Indian goods", "China banned imports of Japanese seafood", "Swiss watchmakers
        // were hit by 39% U.S. tariffs": the country whose goods a trade curb bears on, and the curb's owner.
        (!adjunct &&
          tradeCurbParty(m, before, after) &&
          curbOwnersOk(m, curbOwners(text, start, mainEnd, m, inClause), acting)) ||
        // "Japan's Nippon Steel completed its purchase of U.S. Steel", "agreed to buy German chemicals maker
        // Covestro", "Russia's drones violated Polish airspace": the country of what is bought or entered.
        (!adjunct && [...acting].some((code) => code !== m.code) && boughtOrEntered(m, before, after)) ||
        // "A Russian court sentenced an American journalist", "Chinese hackers targeted Czech ministry emails": the
        // people or things another country acts on, named by their people's word right after the verb (wild50 C16).
        (!adjunct &&
          m.kind === 'demonym' &&
          [...acting].some((code) => code !== m.code) &&
          isDemonymObject(before, after)) ||
        // "… said the island would not be provoked by Chinese military drills": the agent of what befalls the country
        // that acts, named by its people's word, acts on it; not private people ("was built by Nepali workers").
        (!adjunct &&
          m.kind === 'demonym' &&
          [...acting].some((code) => code !== m.code) &&
          PASSIVE_AGENT_BEFORE.test(before.slice(-60)) &&
          !namesPersonsOrigin(text, m)) ||
        (!adjunct &&
          (OBJECT_KINDS.has(m.kind) || OFFICE_AFTER.test(after)) &&
          (isObject(objectBefore, after) || isTarget(before, after))) ||
        // "Beijing warned Manila", "Washington sanctioned Caracas's oil minister": a capital right after a verb in
        // -ed or -s is the government acted on (wild49 C4), as a country's name is.
        (!adjunct && speaksForGovernment(m, text) && isObject(before, after) && VERB_FORM_BEFORE.test(before))
      ) {
        acting.add(m.code);
        actingEnd = m.end;
        actingCode = m.code;
        if (subject) subjectsEnd = m.end;
      } else actingEnd = undefined;
    }
    // "citing U.S. tariffs on China", "EU sanctions against Russia": the country whose restriction is aimed at
    // a country that acts imposes it, a party as much as its target (wild39a ★1: CN-US was missed).
    for (const [i, m] of inClause.entries()) {
      const target = inClause[i + 1];
      if (acting.has(m.code) || !target || target.code === m.code || !acting.has(target.code)) continue;
      const between = text.slice(m.end, target.start);
      if (IMPOSED_ON.test(between)) acting.add(m.code);
    }
    // "North Korea said it had tested a missile, while Seoul's military said the launch had failed": the
    // other side's government speaking in the closing clause answers the country that acts.
    if (attribution)
      for (const m of body) {
        if (m.start < mainEnd || m.end > s.end || m.currency || acting.has(m.code)) continue;
        if (!ATTRIBUTION_OPENER.test(text.slice(mainEnd, m.start))) continue;
        const after = text.slice(m.end, m.end + 60);
        if (!GOVERNMENT_SPEAKER.test(after) && !SPEAKER_VERB.test(after)) continue;
        if (![...acting].some((code) => code !== m.code)) continue;
        named.add(m.code);
        acting.add(m.code);
      }
  }
  if (!acting.size) for (const code of placesOfEvent) acting.add(code);
  const passing = new Set<string>();
  for (const m of mentions) if (m.field === 'title') named.add(m.code);
  for (const m of body) if (!named.has(m.code)) passing.add(m.code);
  return { acting, passing };
}

const LIST_COMMAS = /,/g;
/** A clause ending on a town it sets its event in: "… in a hostel in Cairns" (before ", Queensland police said"). */
const COMMA_ONLY = /^,\s*$/;
const TOWN_AT_END = /\b(?:in|near|outside)\s+(?:[A-Z][\w'.-]*\s+){0,2}[A-Z][\w'.-]*$/;
/** A passive and its agent's "by": "would not be provoked by ", "was condemned by the ". */
const PASSIVE_AGENT_BEFORE =
  /\b(?:be|been|being|is|are|was|were)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn)\s+by\s+(?:the\s+)?$/i;
/** Before the people's word of someone counted: "A Syrian man", "an Indian expat", "two British tourists". */
const COUNTED_BEFORE = /\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+$/i;
/** A firm after a people's word: "A Chinese company", "a Japanese carmaker", "a Dutch investment group". */
const FIRM_AFTER_PEOPLE =
  /^(?:\s+[a-z-]+)?\s+(?:compan(?:y|ies)|firms?|groups?|conglomerates?|multinationals?|corporations?|consorti(?:um|a)|investors?|buyers?|banks?|lenders?|insurers?|funds?|developers?|makers?|carmakers?|automakers?|retailers?|chains?|operators?|giants?)\b/;
const OPEN_PARENTHESIS = /\([^)]*$/;
const PLACE_MENTION_KINDS = new Set<CountryMention['kind']>([
  'name',
  'code',
  'abbreviation',
  'city',
  'region',
]);

/**
 * The countries of the places a clause sets its event in, when it names the people of another country too: "A Syrian
 * man stabbed two people in Berlin", "A Pakistani driver was jailed for six months in Dubai" (wild60). Neither acts by
 * the clause's word order (a subject after "a" may be a victim: "A German tourist was killed in Cairo"), yet a brief
 * is filed under where it happened; the people's country stays a side. A place alone needs no such reading: as the
 * only country named it is the story's.
 */
function eventPlaces(text: string, start: number, inClause: readonly CountryMention[]): string[] {
  const places = inClause.filter(
    (m) =>
      PLACE_MENTION_KINDS.has(m.kind) &&
      setsEventAt(text, start, m) &&
      !OPEN_PARENTHESIS.test(text.slice(start, m.start)) &&
      !NAMED_AFTER.test(text.slice(m.end, m.end + 40)),
  );
  // "A Nigerian-born nurse at a hospital in Leicester", "Nepali workers", "an exchange student from Germany": a private
  // person's origin (person-origins.ts), or anyone or anything counted by a people's word ("A Palestinian gunman", "A
  // Russian tanker") but a firm, which is a side of the deal it makes there ("A Chinese company agreed to buy a
  // steel mill in Youngstown, Ohio").
  const peoples = inClause.filter(
    (m) =>
      namesPersonsOrigin(text, m) ||
      (m.kind === 'demonym' &&
        COUNTED_BEFORE.test(text.slice(Math.max(start, m.start - 12), m.start)) &&
        !FIRM_AFTER_PEOPLE.test(text.slice(m.end, m.end + 40))),
  );
  if (places.length && peoples.some((p) => places.every((m) => m.code !== p.code)))
    return places.map((m) => m.code);
  // "Leaders of the Group of 20 met in Rio de Janeiro … for a summit dominated by the wars in Ukraine and Gaza"
  // (review62): where a meeting no country acts in sits is the brief's place; the countries its matter names are not.
  // The first such place only: "met in Bonn to prepare for the summit in Brazil" sits in Bonn.
  const venue = places.find((m) =>
    MEETING_IN_BEFORE.test(text.slice(Math.max(start, m.start - 40), m.start)),
  );
  return venue ? [venue.code] : [];
}

/** Right before the place a meeting sits in: "met in ", "met on Monday in ", "a summit in ", "talks at the ". */
const MEETING_IN_BEFORE =
  /\b(?:met|meet|meets|convened|convenes|summit|talks|conference)\s+(?:(?:on|this|last|next|early|late)\s+\w+\s+)?(?:in|at)\s+(?:the\s+)?$/i;

/**
 * A seat of power or a national capital: it names the government that speaks ("Canberra said"). Not Rome where the
 * Pope, the Vatican or the Holy See is named: "Rome said … Pope Leo had approved …" is the Holy See's voice, no
 * Italian government's (read43 on places43's capital flag for Rome).
 */
function speaksForGovernment(m: CountryMention, text: string): boolean {
  if (m.kind === 'metonym') return true;
  if (m.kind !== 'city' || lookupPhrase(keyOf(m.text))?.capital !== true) return false;
  return !(m.code === 'IT' && HOLY_SEE.test(text));
}

const HOLY_SEE = /\b(?:Pope|Vatican|Holy See|pontiff)\b/;

/**
 * The mention opens the clause, with only conjunctions and other countries before it ("Norway and
 * Sweden agreed"), and a verb or a noun follows it, not the rest of a name ("Swiss Bank Corp said").
 */
export function isSubject(
  m: Pick<CountryMention, 'start' | 'end'> & { readonly kind?: CountryMention['kind'] },
  start: number,
  inSentence: readonly Pick<CountryMention, 'start' | 'end'>[],
  text: string,
): boolean {
  let from = start;
  for (const o of inSentence) {
    if (o.start >= m.start) break;
    if (!SUBJECT_FILLER.test(text.slice(from, o.start))) return false;
    from = o.end;
  }
  const after = text.slice(m.end, m.end + 40);
  return (
    SUBJECT_FILLER.test(text.slice(from, m.start)) &&
    (SUBJECT_FOLLOWER.test(after) ||
      OFFICE_AFTER.test(after) ||
      (m.kind === 'company' && FIRM_FOLLOWER.test(after)))
  );
}

// Regular expressions with \p{…} at module level: esbuild (target node20) turns such a literal into a
// `new RegExp(…)` built on every call.
// "China Daily", "Japan Tobacco &": the country is the start of a name.
const NAMED_AFTER = lazyPattern(() => /^(?:'s|\u2019s)?\s+\p{Lu}\p{Ll}*\s+(?:\p{Lu}|&)/u);
const VERB_BEFORE = lazyPattern(() => /(\p{Ll}+)\s+(?:the\s+)?$/u);
const LETTER = lazyPattern(() => /\p{L}/u);

/**
 * The agent of a passive act of one state on another (wild44 #19): "the case brought by South Africa against Israel",
 * "a complaint filed by Brazil against the United States", "tariffs imposed by the United States". Not what a firm
 * made or a thing was owned by ("phones made by firms in China").
 */
const AGENT_BY =
  /\b(?:brought|filed|lodged|launched|initiated|submitted|tabled|sponsored|proposed|imposed|requested|ordered|led|backed|triggered|invoked|vetoed|blocked|rejected|mediated|brokered|drafted|demanded)\s+by\s+(?:the\s+)?$/i;

/**
 * "Egyptian mediators hosted delegations from Israel and Hamas", "talks with negotiators from Iran": the people who
 * act for a state are its part in the clause (session 54), and its ambassador ("Mali recalled its ambassador from
 * Algeria", wild58). Not its people in general ("migrants from Mali",
 * "tourists from China") nor its firms.
 */
const ENVOYS_FROM =
  /\b(?:delegations?|delegates|envoys?|ambassadors?|diplomats|negotiators?|representatives|mediators|emissar(?:y|ies))\s+from\s+(?:the\s+)?$/i;

/** A preposition links the country to the action, and it is not the seat of a company named after it. */
function isLinked(before: string, after: string): boolean {
  return (
    (LINKING_PREPOSITION.test(before) ||
      ENVOYS_FROM.test(before) ||
      TRANSFER_FROM.test(before) ||
      AGENT_BY.test(before) ||
      RELATION_IN.test(before)) &&
    !NAMED_AFTER.test(after)
  );
}

/**
 * "proposed a truce in Sudan", "a ceasefire in Gaza": the country a truce is in is a party to what the clause does
 * with it (wild49 C3). Not "the civil war in Myanmar", which a summit is overshadowed by: a war, conflict or crisis
 * in a country is as often the background.
 */
const RELATION_IN =
  /\b(?:truce|ceasefire|cease-fire|peace\s+(?:deal|plan|talks|accord))\s+in\s+(?:the\s+)?$/i;

const OBJECT_KINDS = new Set(['name', 'code', 'metonym']);
/** A verb in -ed or -s right before the object ("warned ", "accuses the "), not "to" or "flights to". */
const VERB_FORM_BEFORE = /\b[a-z]+(?:ed|s)\s+(?:the\s+)?$/;
// Words that are no verb before an object ("of West Germany", "its Canadian unit", "were Britain").
const NOT_VERB = new Set(
  (
    'of in at near for by on from into its his her their our a an the and or as than said says told ' +
    'about under over including include includes like other per via plus minus is are was were be been being'
  ).split(' '),
);

/** A country right after the verb of the first clause: "China accused Japan of dumping". */
function isObject(before: string, after: string): boolean {
  if (/[,;:]|\b(?:which|who|that|whose|where|when|while|after|before|because|under)\b/i.test(before))
    return false;
  const m = VERB_BEFORE.exec(before);
  if (!m || NOT_VERB.has(m[1]!)) return false;
  if (!LETTER.test(before.slice(0, m.index))) return false;
  return !NAMED_AFTER.test(after) || OFFICE_AFTER.test(after);
}

/** "A " or "An " opening a clause, before its subject. */
const INDEFINITE_OPENING = /^\s*an?\s+$/i;
/**
 * Between a verb and the demonym of what it acts on: "sentenced an ", "detained two ", "targeted " (a verb in -ed or
 * -s, then at most an article or a number), and "met the " of a meeting's other side: "Putin met the French president
 * in Paris" (places52: France was out of focus under a title naming no one).
 */
const DEMONYM_OBJECT_BEFORE =
  /\b([a-z]{2,}(?:ed|s)|met)\s+(?:(?:a|an|the|two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+)?$/;

const CLAUSE_BREAK = /[,;:]|\b(?:which|who|that|whose|where|when|while|after|before|because|under)\b/i;

/**
 * The demonym opening a clause after "A"/"An" ("A Russian court"), when the clause acts on another people's one
 * right after its verb ("sentenced an American journalist"); undefined otherwise.
 */
function indefiniteSubject(
  text: string,
  start: number,
  inClause: readonly CountryMention[],
): CountryMention | undefined {
  const first = inClause[0];
  if (first?.kind !== 'demonym') return undefined;
  const opening = INDEFINITE_OPENING.exec(text.slice(start, first.start));
  if (!opening || !isSubject(first, start + opening[0].length, inClause, text)) return undefined;
  const acted = inClause.some(
    (o) =>
      o.kind === 'demonym' &&
      o.code !== first.code &&
      isDemonymObject(text.slice(start, o.start), text.slice(o.end, o.end + 40)),
  );
  return acted ? first : undefined;
}

/**
 * Verbs whose object's people's word names a tongue, a role or a dish, not a people acted on: "speaks German",
 * "portrays a British spy", "cooked Thai dishes" (read51 R12). Not "served", "studied": a court serves a British
 * fugitive with an order and studies an Italian student's case (read52 R10).
 */
const NOT_ACTING_ON = new Set('speaks portrays portrayed voices voiced cooks cooked'.split(' '));
/** "plays a British spy" is a part only on a film's or a stage's page: "The Indian team played Pakistani side …". */
const PLAYS = new Set(['plays', 'played']);
const PART_CUE = /\b(?:actors?|actress(?:es)?|film|films|movie|series|drama|stage|role|part)\b/i;
/**
 * A noun after the people's word that makes it a cuisine, a style or a tongue: "opens Japanese restaurant", "offered
 * French lessons".
 */
const STYLE_AFTER =
  /^\s+(?:restaurants?|cuisine|dish(?:es)?|cooking|recipes?|style|accents?|dialects?|lessons|classes)\b/;

/** A demonym right after the verb of the clause, before a noun: "sentenced an American journalist". */
function isDemonymObject(before: string, after: string): boolean {
  if (CLAUSE_BREAK.test(before)) return false;
  const m = DEMONYM_OBJECT_BEFORE.exec(before);
  return (
    m !== null &&
    !NOT_VERB.has(m[1]!) &&
    !NOT_ACTING_ON.has(m[1]!) &&
    !(PLAYS.has(m[1]!) && (PART_CUE.test(before) || PART_CUE.test(after))) &&
    GOODS_AFTER.test(after) &&
    !STYLE_AFTER.test(after)
  );
}

// "sanctions on Russia", "missiles at Ukraine": a preposition that links only when the country heads
// its phrase, not when it modifies a noun ("a writedown on U.S. operations").
const TARGET_PREPOSITION = /\b(?:on|at|into|over|upon)\s+(?:the\s+)?$/i;
const HEAD_FOLLOWER =
  /^(?:['\u2019]s\b)?(?:\s*[.,;:)"\u201d]|\s*$|\s+(?:on|over|in|at|and|or|for|after|as|to|with|from|since|until|despite|because|amid|this|last|next|earlier|later|if|unless|while|when|but)\b)/i;

function isTarget(before: string, after: string): boolean {
  return TARGET_PREPOSITION.test(before) && (HEAD_FOLLOWER.test(after) || POSSESSOR_FOLLOWER.test(after));
}

/** "over Iran's nuclear programme", "sanctions on Russia's oil exports": the country owns what is acted on. */
const POSSESSOR_FOLLOWER = /^['\u2019]s\s+[a-z]/;

// Between a restriction's owner and its target: "U.S. tariffs on China", "Canada's sanctions against Iran", and the
// owner's act of imposing it: "China imposed a 25% tariff on American soybeans" (review61: Iowa's farmers paired no
// one), "Canada raised duties on U.S. wheat".
const IMPOSED_ON =
  /^(?:['\u2019]s)?\s+(?:(?:has|have|had|will|would)\s+)?(?:(?:impose[sd]?|slap(?:s|ped)?|levie[sd]|levy|raise[sd]?|hike[sd]?|place[sd]?|put|puts|announce[sd]?|introduce[sd]?|extend(?:s|ed)?)\s+)?(?:(?:an?|new|fresh|higher|steep|sweeping|retaliatory|additional|\d+%|\d+ per ?cent)\s+)*(?:tariffs?|sanctions|duties|duty|levy|levies|curbs|restrictions|bans?|embargo|export controls)\s+(?:of\s+(?:up\s+to\s+)?[\d.]+\s*(?:%|per\s?cent)\s+)?(?:on|against)\s+(?:the\s+)?$/i;

const AMID_BEFORE = /\b(?:amid|amidst)\b[^,;]*$/i;
/**
 * Before what a deal buys: "buy ", "purchase of ", "bid for ", "a 49% stake in a ", "merger with the " (wild50 C6:
 * cross-border takeovers in one-line briefs named the target's country out of focus).
 */
const BOUGHT_BEFORE =
  /\b(?:buy|buys|bought|buying|acquire[sd]?|acquiring|take\s+over|took\s+over|purchase\s+of|acquisition\s+of|takeover\s+of|(?:bid|offer)\s+for|merger\s+with|merge\s+with|stake\s+in)\s+(?:(?:a|an|the|its|[\d.]+%|[\d.]+\s+per\s?cent|\$[\d.]+\s+(?:billion|million|bln|mln))\s+)*(?:(?:stake|share|holding)\s+in\s+(?:a|an|the)\s+)?$/i;
/**
 * Before goods bought by the quantity: "bought 100,000 tonnes of ", "will import up to 1.5 mln tonnes of " (wild50 C19:
 * the grain, sugar and oil desks name the origin by its people's word, "of Australian wheat").
 */
const GOODS_BOUGHT_BEFORE =
  /\b(?:buy|buys|bought|buying|purchased?|purchases|purchasing|import|imports|imported|importing|ordered)\s+(?:(?:up\s+to|about|around|some|nearly|almost|over|another|a\s+further|an\s+additional)\s+)?[\d][\d,.]*\s+(?:(?:mln|million|bln|billion|metric|long|short)\s+)*(?:tonnes|tons|bales|barrels|bushels|bags|ounces|lbs|pounds|head|cubic\s+metres)\s+of\s+(?:the\s+)?$/i;
/** Entered: "violated Polish airspace", "entered Ukrainian territory", "in Japanese waters" after a verb. */
const ENTERED_BEFORE = /\b(?:violated|entered|crossed\s+into|intruded\s+into|strayed\s+into)\s+(?:the\s+)?$/i;
const TERRITORY_AFTER = /^\s+(?:airspace|territory|territorial\s+waters|waters|soil)\b/i;
/** After a demonym or possessive that names a firm: a lower-case noun ("chemicals maker"), a name, "'s". */
const FIRM_AFTER = /^(?:['\u2019]s\s+\S|\s+\S)/;

/** Whether `m` names the country of what a deal buys, or the territory a clause's subject enters. */
function boughtOrEntered(m: CountryMention, before: string, after: string): boolean {
  const tail = before.slice(-80);
  if (ENTERED_BEFORE.test(tail)) return m.kind === 'demonym' && TERRITORY_AFTER.test(after);
  if (GOODS_BOUGHT_BEFORE.test(tail)) return GOODS_AFTER.test(after);
  return BOUGHT_BEFORE.test(tail) && (m.kind === 'company' || FIRM_AFTER.test(after));
}

/** A trade curb's words: "tariffs", "a 50% levy", "export controls". */
const CURB = String.raw`(?:tariffs?|levy|levies|dut(?:y|ies)|sanctions|curbs?|restrictions|bans?|embargo(?:es)?|quotas?|surcharges?|(?:export|import)\s+controls)`;
/**
 * Before the goods a curb bears on: "tariffs on ", "tariffs of 50% on ", "a ban on imports of ", "banned imports of ",
 * or the curb's subject hitting its object ("export curbs hit ").
 */
const CURBED_GOODS_BEFORE = new RegExp(
  String.raw`(?:\b${CURB}\s+(?:of\s+(?:up\s+to\s+)?[\d.]+\s*(?:%|per\s?cent)\s+)?(?:on|against)\s+(?:(?:imports?|exports?|purchases|shipments|sales)\s+of\s+)?|\b(?:ban(?:s|ned)?|halt(?:s|ed)?|suspend(?:s|ed)?|block(?:s|ed)?|restrict(?:s|ed)?)\s+(?:all\s+|further\s+)?(?:imports?|exports?|purchases|shipments|sales)\s+of\s+|\b${CURB}\b[^,;:]{0,40}\b(?:hit|hits|hurt|hurts|target(?:s|ed)?|squeezed?)\s+)(?:the\s+|all\s+)?$`,
  'i',
);
/** The goods a demonym names: a word in lower case after it ("Indian goods", "Japanese seafood"). */
const GOODS_AFTER = /^\s+[a-z]/;
/**
 * Two curbs in one sentence, each with its own clause: "The EU imposed sanctions on Russian oil while Washington
 * raised tariffs on Chinese steel" (read50 R4). The clauses are cut at "while", "whereas", ";" and "and" before a new
 * subject in capitals.
 */
const CURB_WORD = new RegExp(String.raw`\b${CURB}\b`, 'i');
const CLAUSE_JOINER = /\b(?:while|whereas)\s+|;\s*|,?\s+and\s+(?=(?:the\s+)?[A-Z])/g;

/**
 * Where the sentence holds two clauses with a curb each, the countries named before the demonym `m` in its own clause
 * (its curb's owner, maybe none: "The EU imposed sanctions on Russian oil"); undefined for a sentence of one curb.
 */
function curbOwners(
  text: string,
  start: number,
  end: number,
  m: CountryMention,
  inClause: readonly CountryMention[],
): CountryMention[] | undefined {
  if (m.kind !== 'demonym') return undefined;
  const clause = text.slice(start, end);
  const cuts = [0];
  for (const j of clause.matchAll(CLAUSE_JOINER)) cuts.push(j.index + j[0].length);
  if (cuts.length < 2) return undefined;
  let curbs = 0;
  for (const [i, cut] of cuts.entries())
    if (CURB_WORD.test(clause.slice(cut, cuts[i + 1] ?? clause.length))) curbs++;
  if (curbs < 2) return undefined;
  const own = start + Math.max(...cuts.filter((cut) => start + cut <= m.start));
  return inClause.filter((o) => o.start >= own && o.end <= m.start && o.code !== m.code);
}

/** A curbed demonym of a two-curb sentence counts only with its own clause's owner, who then acts too. */
function curbOwnersOk(m: CountryMention, owners: CountryMention[] | undefined, acting: Set<string>): boolean {
  if (!owners) return true;
  if (!owners.length || m.kind !== 'demonym') return false;
  for (const o of owners) acting.add(o.code);
  return true;
}

/** Before a curb's owner struck by it: "were hit by 39% ", "hurt by new ". */
const CURB_HIT_BY =
  /\b(?:hit|struck|hurt|targeted|affected|squeezed)\s+by\s+(?:the\s+)?(?:(?:new|higher|steep|sweeping|[\d.]+%)\s+)*$/i;
const CURB_AFTER = new RegExp(
  String.raw`^(?:['\u2019]s)?\s+(?:(?:new|higher|steep|sweeping|[\d.]+%)\s+)*${CURB}\b`,
  'i',
);

/**
 * A country a trade curb is a party through (wild49 C14, one-sentence trade items): the people or code of the goods it
 * bears on ("tariffs on Indian goods", "banned imports of Japanese seafood", "tariffs on U.S. pork"; a country's own
 * name is read by isTarget), and
 * its owner named after "hit by" ("hit by 39% U.S. tariffs").
 */
function tradeCurbParty(m: CountryMention, before: string, after: string): boolean {
  if (m.kind === 'demonym') return GOODS_AFTER.test(after) && CURBED_GOODS_BEFORE.test(before.slice(-120));
  // "tariffs on U.S. pork" as "tariffs on American pork"; "hit by 45% U.S. tariffs" as a name.
  if (m.kind === 'code' && GOODS_AFTER.test(after) && CURBED_GOODS_BEFORE.test(before.slice(-120)))
    return true;
  return CURB_HIT_BY.test(before.slice(-60)) && CURB_AFTER.test(after);
}

// The next country of a coordination after one that acts: "a treaty with Norway and Sweden".
const COORDINATED = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)(?:the\s+)?$/i;

// "Ukraine launched drone attacks on Russia's Tuapse refinery", "Israel strikes Beirut", "air strikes on
// hideouts in Afghanistan": the country attacked across a border is a party to the story however it is
// named (a possessive, a city, a demonym). The attack word stands before it in the clause, with no comma
// between; "hit" only in a sentence of war ("Russian drones hit Kyiv", not "shares hit a record in Japan").
const ATTACK_BEFORE =
  /\b(?:attack(?:s|ed|ing)?|(?:air|drone|missile)?strikes?|struck|bomb(?:ed|ing|s)?|shell(?:ed|ing|s)?|invad(?:ed|es|ing)|invasion\s+of|raid(?:s|ed)?|pounded|(?:fired|launched)\s+(?:\w+\s+){0,2}(?:at|into|on|across)|(?:fired|launched)\s+(?:[\w-]+\s+){0,6}?(?:drones|missiles|rockets|shells|projectiles|bombs|munitions)\s+(?:at|into|on|across|towards?)|hit|hits)\b[^,;:]{0,50}$/i;
const WAR_WORDS =
  /\b(?:drones?|missiles?|rockets?|strikes?|struck|attacks?|shell(?:ed|ing|s)?|bomb\w*|troops|army|military|forces)\b/i;

/** "… attacked a police post in Mandera, " before "Kenya": the town's comma sets off its country, no new clause. */
const TOWN_COMMA_END = /\b(?:in|at|near|outside)\s+(?:[A-Z][\w'-]*\s+){0,2}[A-Z][\w'-]*,\s*$/;
const FINAL_COMMA = /,\s*$/;

function isAttacked(before: string, sentence: string): boolean {
  // (wild49 C12: "Al Shabaab fighters attacked a police post in Mandera, Kenya" left Kenya out of focus.)
  const clause = TOWN_COMMA_END.test(before) ? before.replace(FINAL_COMMA, ' ') : before;
  const m = ATTACK_BEFORE.exec(clause.slice(-80));
  if (!m) return false;
  return !/^hits?\b/i.test(m[0]) || WAR_WORDS.test(sentence);
}

/**
 * The clause a speaker reports is an attack by another country ("Cambodian troops fired rockets across the
 * border") that names no country after the attack word: the target left unnamed is the speaker's side.
 */
/** The countries named before the attack word of the clause `accusesOfAttack` reads. */
function attackersIn(text: string, start: number, end: number, body: readonly CountryMention[]): string[] {
  const attack = REPORTED_ATTACK.exec(text.slice(start, end));
  if (!attack) return [];
  const at = start + attack.index;
  return body.filter((m) => m.start >= start && m.end <= at && !m.currency).map((m) => m.code);
}

function accusesOfAttack(text: string, start: number, end: number, body: readonly CountryMention[]): boolean {
  const attack = REPORTED_ATTACK.exec(text.slice(start, end));
  if (!attack) return false;
  const at = start + attack.index;
  const inClause = body.filter((m) => m.start >= start && m.end <= end && !m.currency);
  return inClause.some((m) => m.end <= at) && !inClause.some((m) => m.start >= at);
}
