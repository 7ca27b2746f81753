import { newsmakerNamed } from '../entities/newsmakers.js';
import type { Country, Mention } from '../schema.js';
import { isInInlineDateline } from '../text/dateline.js';
import { fieldOf, type TagDocument } from '../text/document.js';
import { sentenceAt } from '../text/sentences.js';
import { aimedAtIts, namedAsAttacker } from './attack-agents.js';
import { RELATION_APPOSITION } from './cues.js';
import { goesToAt, hostsMeeting, travelsTo } from './itinerary.js';
import { insideClause, type MentionEdges } from './relative-clauses.js';
import { ORIGIN_COMPOUND } from './short-story.js';

/**
 * A country named once can still be a party: "Ukraine launched drone attacks on Russia's Tuapse oil
 * refinery", "The United Arab Emirates, accused by Sudan's army-backed government of arming the RSF",
 * "Prime Minister Narendra Modi arrived in Tokyo on Friday for a two-day visit". The attacked, the
 * accused, the visited country is named once, as a possessive or a city, so the count rules leave it
 * out of every pair. A word of attack, arms, accusation or visit standing between its mention and a
 * country the story is about links the two (pairs.ts); a word elsewhere in the sentence does not
 * ("Germany's exports rose as demand from China recovered, while war weighed on Russia").
 */

/**
 * Words by which one country acts on another: war, arms, accusation, sanctions, a visit or a call, ties cut or
 * restored ("Algeria, which cut diplomatic ties with Morocco in 2021"), a clash ("The Philippines, which has
 * clashed repeatedly with Chinese coast guard ships"), a protest, a rebuke or a retaliation ("China's foreign ministry
 * lodged a protest, saying Japan must face up to its history", "China retaliated with levies on Canadian canola":
 * wild48 ★3).
 */
const PARTY_CUE =
  /\b(?:attack\w*|clash(?:es|ed|ing)?|(?:air|drone|missile)?strikes?|struck|invad\w*|invasion|shell(?:ed|ing)|bomb(?:ed|ing|ings)|drones?|missiles?|accus\w*|arm(?:s|ed|ing)|weapons|sanction(?:s|ed|ing)|visit(?:s|ed|ing)?|hosted|hosts|welcomed|met|meets|counterparts?|phoned|by\s+phone|expel\w*|extradit\w*|deport\w*|ties|protest(?:s|ed)?|summon\w*|condemn\w*|denounc\w*|rebuk\w*|retaliat\w*)\b/i;
/**
 * "Trump has threatened military action in Nigeria", "air strikes inside Syria": force used or threatened in a
 * country makes it the other side, though "in" before a country otherwise names where something happens.
 */
const FORCE_IN_BEFORE =
  /\b(?:military\s+(?:action|intervention|operations?|strikes?|force)|(?:air|drone|missile)[\s-]?strikes?|ground\s+(?:invasion|offensive))\s+(?:in|inside|on|against)\s+(?:the\s+)?$/i;
/**
 * "A charity based in Britain that treats victims of air strikes in Yemen": the first country is where someone is
 * based or comes from, or the force is what victims suffered, so it acts on nothing (read30 F3).
 */
const NOT_THE_FORCE_ACTOR =
  /\b(?:based\s+in|victims?\s+of|survivors?\s+of|fled|fleeing|from|wounded\s+(?:in|by)|injured\s+(?:in|by))\b/i;
/** "met Wang Yi in Kuala Lumpur", "attacks in the capital": where it happens, not a party. */
const VENUE_BEFORE = /\b(?:in|at|near|outside|inside|across|around|within)\s+(?:the\s+)?$/i;
/**
 * "The Chinese embassy in Nairobi said", "Saudi Arabia reopened its embassy in Tehran", "the embassy of Japan in
 * Accra": a mission links the state it speaks for and the state it sits in (wild60), though "in" before a country
 * otherwise names where something happens.
 */
const MISSION = String.raw`(?:embass(?:y|ies)|consulates?(?:[\s-]general)?|high\s+commissions?|legations?)`;
const MISSION_IN_BETWEEN = new RegExp(String.raw`\b${MISSION}\s+in\s+(?:the\s+)?$`, 'i');
const MISSION_OF_BEFORE = new RegExp(String.raw`\b${MISSION}\s+of\s+(?:the\s+)?$`, 'i');
const IN_BETWEEN = /^\s+in\s+(?:the\s+)?$/i;
/**
 * "Iran's foreign minister arrived in Muscat", "the French president landed in Abuja": an office holder's arrival in
 * another country is the visit itself (wild60), with or without "for talks" after it.
 */
const OFFICE_HOLDER_BETWEEN =
  /^(?:['\u2019]s)?\s+(?:(?:new|acting|interim|deputy|vice|top|chief)\s+)?(?:(?:foreign|defen[cs]e|finance|trade|interior|prime)\s+)?(?:president|minister|premier|chancellor|king|queen|emir|sultan|crown\s+prince|foreign\s+secretary|secretary\s+of\s+state|envoy|diplomat|delegation)\s+(?:[A-Z][\w'\u2019.-]*\s+){0,4}(?:arrived|arrives|arriving|landed|lands|landing)\s+in\s+(?:the\s+)?$/;
/**
 * "arrived in New York to address the UN General Assembly", "arrived in Davos for the World Economic Forum": an
 * arrival whose purpose is a body or an event that sits there is no visit to the host (review61).
 */
const ATTENDS_THERE =
  /\b(?:to\s+(?:address|attend|join|take\s+part\s+in|speak\s+at)|for\s+(?:the|a|an|this\s+year's)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:forum|assembly|conference|games|olympics|parliament|congress|session|championships?|cup|festival|ceremony|funeral|coronation))\b/i;
const BODY_THERE =
  /\b(?:United Nations|U\.?N\.?|General Assembly|European Parliament|World Economic Forum|WEF)(?![\w-])/;
/**
 * "Venezuela, which claims two-thirds of Guyana's territory", "China claims sovereignty over Taiwan", "Guatemala's
 * claim to Belize's territory": a territorial claim makes the claimant and the country whose land it claims the two
 * sides of a dispute (wild60). The claimant opens its clause and claims as its verb, or owns the claim: not "Japan's
 * insurers expect claims from … Taiwan's east coast region", nor "Farmers in France claimed their land in Spain's
 * Catalonia region" (review61).
 */
const POSSESSIVE_START = /^['\u2019]s\s/;
const CLAIM_OPENS_BETWEEN =
  /^(?:\s*,\s*which\s+(?:also\s+|still\s+)?|\s+(?:(?:also|still|has|have|had|long|now)\s+)*|['\u2019]s\s+(?:territorial\s+)?)claim(?:s|ed|ing)?\b/i;
const CLAIMED_LAND_AFTER =
  /^(?:['\u2019]s)?\s+(?:[\w-]+\s+){0,2}?(?:territory|territories|land|soil|waters|islands?|region|provinces?)\b/i;
const CLAIMED_SOVEREIGNTY_BETWEEN =
  /\bclaim(?:s|ed|ing)?\s+(?:(?:sovereignty\s+)?(?:over|to)\s+)?(?:all\s+of\s+)?(?:the\s+)?$/i;
const ONLY_ARRIVED_BETWEEN =
  /^\s+(?:(?:has|had|have|finally)\s+)?(?:arrived|arrives|landed|lands)\s+in\s+(?:the\s+)?$/;
/** "in Kenya", "from Nairobi": a place named as where someone is or comes from, not who travels. */
const PLACE_BEFORE = /\b(?:in|at|from|to|near|via)\s+(?:the\s+)?$/i;
/** "arrived in Tokyo … for a two-day visit": the place a visitor arrives in is the country visited. */
const ARRIVED_BEFORE = /\b(?:arrived|arrives|arriving|landed|lands|landing)\s+in\s+$/i;
const VISIT = /\b(?:visit|trip|tour|talks|summit)\b/i;
/**
 * "Rubio spoke with his Saudi counterpart": the demonym before "counterpart" is the other side of a meeting
 * or a call whose first side is the speaker's country named before it ("Secretary of State Marco Rubio").
 */
const POSSESSOR_BEFORE = /\b(?:his|her|their)\s+$/i;
const COUNTERPART_AFTER = /^\s+counterparts?\b/i;
/** ", which the …", ", whom …": the second country opens a relative clause on the first. */
const RELATIVE_BETWEEN = /^\s*,\s*(?:which|whom)\s+(?:the\s+)?$/i;
/** The clause's act on the first, after its subject's office ("accuses of arming", "army-backed government blames"). */
const ACTS_ON_IT_AFTER =
  /^(?:['\u2019]s)?(?:\s+[a-z][\w-]*){0,3}?\s+(?:accus\w*|attack\w*|sanction\w*|invad\w*|bomb(?:s|ed)|struck|blam(?:es|ed)|expel\w*|su(?:es|ed))\b/;
/**
 * "Prabowo cancelled a trip to China for a military parade": a trip called off says what kept the traveller at
 * home, no visit between the two (review30 P7).
 */
const CALLED_OFF =
  /\b(?:cancel\w*|postpon\w*|call(?:s|ed|ing)?\s+off|scrap(?:s|ped|ping)?|shelv\w*|abandon\w*)\s+(?:(?:a|an|the|his|her|its|their|this|next|week's|planned|scheduled|state|official|two-day|three-day)\s+)*(?:trip|visit|tour|travel)\w*\s+to\s+(?:the\s+)?$/i;
/** Between the two: no full stop, semicolon or line of its own, and not too far apart. */
const MAX_GAP = 60;

/**
 * "Modi will visit Ghana, Trinidad and Tobago, Argentina and Namibia this week and attend the BRICS summit hosted
 * by Brazil", "tighter curbs on exports of advanced chips to China": a traveller and the host of the meeting the
 * trip goes to, or a country and the one its trade restriction bears on, may stand further apart than other parties.
 */
const MAX_WIDE_GAP = 160;

/**
 * A restriction a country puts on trade (tariffs, curbs, bans, duties, quotas, export controls, sanctions) that
 * bears on the goods named right before a country: the restriction within a few words before the goods ("curbs
 * on exports of advanced chips to", "its ban on beef imports from") or the trade's own ("export controls on
 * chips to"), no clause break, and no people the goods go to ("sales of cigarettes to tourists from": read26 F4).
 */
const RESTRICTED_TRADE_BEFORE =
  /\b(?:(?:curbs?|restrictions?|restrict(?:s|ed|ing)?|bans?|banned|bars?|barred|tariffs?|duties|quotas?|controls|sanctions|embargo(?:es)?)\s+(?:(?:on|against)\s+)?(?:[\w-]+\s+){0,3}?(?:exports?|imports?|goods|shipments?|sales|products)|(?:exports?|imports?|trade)\s+(?:curbs|controls|restrictions|bans?|tariffs|duties|quotas|embargo)\s+on)\b(?:(?!\b(?:tourists?|visitors?|travell?ers?|passengers?|students?|workers?|migrants?|people|customers?|buyers?)\b)[^.;:,()]){0,48}\b(?:to|from)\s+(?:the\s+)?$/i;
/** What every match of RESTRICTED_TRADE_BEFORE restricts, asked first: a text without one never compiles it. */
const TRADE_GOODS = /export|import|goods|shipment|sales|products|trade/i;

/**
 * "The U.S. State Department urged Beijing to halt its military pressure", "Washington pressed Tokyo to open its
 * market": the country a government urges, presses, warns or calls on, named right after the verb (review26).
 */
const PRESSED_BEFORE =
  /\b(?:urg(?:ed|es|ing)|press(?:ed|es|ing)|warn(?:ed|s|ing)|call(?:ed|s|ing)\s+on|summon(?:ed|s|ing)|rebuk(?:ed|es|ing))\s+(?:the\s+)?$/i;

/** "sanctions on", "an embargo against": what comes next is the country they bear on. */
const SANCTIONS_ON_BEFORE = /\b(?:sanctions|embargo(?:es)?)\s+(?:on|against)\s+(?:the\s+)?$/i;
/**
 * A break between the subject and the sanctions ("Japan's exports fell as sanctions on China bit", "Germany said,
 * while …"): the sanctions are another clause's.
 */
const CLAUSE_BREAK = /[()]|\b(?:while|but|whereas|as|after|before|since|because|when|said|says)\b/i;

/**
 * "fled from Sudan into Chad", "crossed from Mexico into the United States", "was deported from Britain to Nigeria",
 * "have fled Myanmar into Bangladesh", "extradited to Britain from Libya": people moved from one country to the other
 * link the two, one of them named once (wild45 ★7, session 46). A verb of flight, crossing or removal right before
 * the first, "(in)to" or "from" alone between the two; not freight ("a tanker bound for Singapore": no such verb).
 */
const MOVED_BEFORE =
  /\b(?:fled|flee(?:s|ing)?|escap(?:ed|es|ing)|cross(?:ed|es|ing)|deport(?:ed|s|ing)|extradit(?:ed|es|ing)|expel(?:s|led|ling)|repatriat(?:ed|es|ing)|smuggl(?:ed|es|ing)|traffick(?:ed|ing))(?:\s+(?:back|over))?\s+(?:(?:from|out\s+of)\s+)?(?:the\s+)?$/i;
const MOVED_TO_BEFORE =
  /\b(?:fled|flee(?:s|ing)?|escap(?:ed|es|ing)|deport(?:ed|s|ing)|extradit(?:ed|es|ing)|expel(?:s|led|ling)|repatriat(?:ed|es|ing)|smuggl(?:ed|es|ing)|traffick(?:ed|ing))(?:\s+(?:back|over))?\s+(?:in)?to\s+(?:the\s+)?$/i;
const INTO_BETWEEN =
  /^\s+(?:back\s+|across\s+the\s+border\s+)?(?:in)?to\s+(?:neighbou?ring\s+)?(?:the\s+)?$/i;
const FROM_BETWEEN = /^\s+from\s+(?:neighbou?ring\s+)?(?:the\s+)?$/i;

/** Whether the first mention is where people moved from (or to) and the second where they moved to (or from). */
function movedBetween(text: string, first: Mention, between: string): boolean {
  const before = text.slice(Math.max(0, first.start - 40), first.start);
  return (
    (INTO_BETWEEN.test(between) && MOVED_BEFORE.test(before)) ||
    (FROM_BETWEEN.test(between) && MOVED_TO_BEFORE.test(before))
  );
}

/**
 * "France, the former colonial power, which has 1,500 troops in Niger", "Britain has 900 troops in Estonia", "Russian
 * forces stationed in Transnistria": a country's force stationed in another makes the two parties (wild46 ★6, session
 * 46), though "in" before a country otherwise names where something happens. A base is a force's only with a military
 * word ("an air base in Qatar"): "Toyota, which has a large production base in Thailand" is a firm's (read46 on
 * 86ce73ba).
 */
const STATIONED_IN_BEFORE =
  /\b(?:troops|soldiers|forces|servicemen|personnel|peacekeepers|(?:military|air|naval|navy|army|air\s+force)\s+bases?|garrisons?)\s+(?:(?:stationed|based|deployed|posted)\s+)?(?:in|inside)\s+(?:the\s+)?$/i;

/** Between two items of a list of countries: "China, India, Turkey and the United Arab Emirates". */
const LIST_GAP = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)(?:the\s+)?$/i;

/**
 * Whether the text between two mentions of one sentence links their countries as parties. `inField` are
 * the field's country mentions in order: a list the first closes or the second opens is read as one item
 * ("Companies in China, India, Turkey and the United Arab Emirates accused of supplying Russia's military":
 * China is as accused as the Emirates).
 */
function linksParties(
  text: string,
  first: Mention,
  second: Mention,
  sentenceEnd: number,
  inField: readonly Mention[],
  codeOf: ReadonlyMap<Mention, string>,
  clauseStart: number,
): boolean {
  let from = first.end;
  let to = second.start;
  for (const o of inField) {
    if (o.start >= from && o.end <= to && LIST_GAP.test(text.slice(from, o.start))) from = o.end;
  }
  for (let k = inField.length - 1; k >= 0; k--) {
    const o = inField[k]!;
    if (o.start >= from && o.end <= to && LIST_GAP.test(text.slice(o.end, to))) to = o.start;
  }
  const between = text.slice(from, to);
  const withinWideGap = between.length <= MAX_WIDE_GAP && !/[;\n]/.test(between);
  // The host of a meeting a traveller goes to is the country visited, however many stops come first (the
  // stops themselves are no party of the host: below). Not from a place the trip passed ("in Kenya"), nor
  // from a country that only reports another's trip ("Canada said that Trump would attend": read26 F3).
  if (CALLED_OFF.test(between)) return false;
  // "The United States, a treaty ally of the Philippines, condemned the attack": the apposition states the relation.
  if (RELATION_APPOSITION.test(between)) return true;
  if (
    withinWideGap &&
    hostsMeeting(text.slice(Math.max(0, second.start - 40), second.start)) &&
    travelsItself(first, from, between, inField, codeOf) &&
    !isStop(text, first, inField)
  )
    return !PLACE_BEFORE.test(text.slice(Math.max(0, first.start - 12), first.start));
  // The country whose trade a restriction the sentence names bears on is the other side of it: "the U.S. Commerce
  // Department announced tighter curbs on exports of advanced chips to China" (the Department's country first).
  if (withinWideGap) {
    const before = text.slice(Math.max(first.end, second.start - 160), second.start);
    if (TRADE_GOODS.test(before) && RESTRICTED_TRADE_BEFORE.test(before)) return true;
  }
  // "Britain, France and Germany triggered the snapback mechanism of the 2015 nuclear deal, restoring United Nations
  // sanctions on Iran": the country sanctions bear on is the other side of the clause's subject, however long the act.
  if (
    withinWideGap &&
    SANCTIONS_ON_BEFORE.test(text.slice(Math.max(first.end, second.start - 40), second.start)) &&
    !CLAUSE_BREAK.test(between) &&
    !inField.some((o) => o.start >= from && o.end <= to)
  )
    return true;
  // "Ukraine has begun rebuilding villages destroyed by Russian strikes", "Iran's sites, hit since Israeli strikes":
  // the country whose things were hit, opening the sentence, and the attacker (attack-agents.ts).
  if (
    withinWideGap &&
    namedAsAttacker(text, second) &&
    (opensClause(text, first, clauseStart) || aimedAtIts(text, second))
  )
    return true;
  if (withinWideGap && STATIONED_IN_BEFORE.test(between) && !NOT_THE_FORCE_ACTOR.test(between)) return true;
  if (between.length > MAX_GAP || /[;\n]/.test(between)) return false;
  if (ORIGIN_COMPOUND.test(text.slice(first.end, first.end + 16))) return false;
  if (ORIGIN_COMPOUND.test(text.slice(second.end, second.end + 16))) return false;
  if (movedBetween(text, first, between)) return true;
  // "The United Arab Emirates, which the Sudanese government accuses of arming the RSF": the subject of a relative
  // clause on the first acts on it.
  if (RELATIVE_BETWEEN.test(between)) return ACTS_ON_IT_AFTER.test(text.slice(second.end, second.end + 48));
  if (MISSION_IN_BETWEEN.test(between)) return true;
  if (
    CLAIM_OPENS_BETWEEN.test(between) &&
    (POSSESSIVE_START.test(between) || CLAUSE_OPENER.test(text.slice(clauseStart, first.start))) &&
    (CLAIMED_SOVEREIGNTY_BETWEEN.test(between) ||
      CLAIMED_LAND_AFTER.test(text.slice(second.end, second.end + 40)))
  )
    return true;
  if (
    IN_BETWEEN.test(between) &&
    MISSION_OF_BEFORE.test(text.slice(Math.max(0, first.start - 32), first.start))
  )
    return true;
  if (ARRIVED_BEFORE.test(between)) {
    const rest = text.slice(second.end, sentenceEnd);
    if (VISIT.test(rest)) return true;
    return (
      (OFFICE_HOLDER_BETWEEN.test(between) ||
        // "Xi arrived in Seoul": a leader the lists name speaks and travels for his country.
        (ONLY_ARRIVED_BETWEEN.test(between) && newsmakerNamed(first.text) !== undefined)) &&
      !ATTENDS_THERE.test(rest) &&
      !BODY_THERE.test(rest)
    );
  }
  // "Modi will end the tour with a stop in Namibia": the country a visitor travels to (itinerary.ts), from the
  // visitor's country, not from a place the trip passed ("He was in Kenya before travelling to Sudan").
  // Nor from a stop listed before ("will visit Ghana and Argentina before travelling to Rio"): two stops.
  if (travelsTo(between))
    return (
      !PLACE_BEFORE.test(text.slice(Math.max(0, first.start - 12), first.start)) &&
      !isStop(text, first, inField)
    );
  // "will visit Ghana, Argentina and Namibia and attend the BRICS summit hosted by Brazil": the host is one more
  // stop of the visitor's, no party of the stops listed before it (read25 F11).
  if (hostsMeeting(between) && isStop(text, first, inField)) return false;
  if (POSSESSOR_BEFORE.test(between) && COUNTERPART_AFTER.test(text.slice(second.end, second.end + 14)))
    return true;
  if (FORCE_IN_BEFORE.test(between) && !NOT_THE_FORCE_ACTOR.test(between)) return true;
  if (PARTY_CUE.test(between)) return !VENUE_BEFORE.test(between);
  if (PRESSED_BEFORE.test(between)) return true;
  return DEALT_WITH_BEFORE.test(between) && !WHEN_BEFORE.test(between);
}

/** Nothing but "the" before the mention in its clause, and a verb, a noun or a possessive after it. */
const CLAUSE_OPENER = /^[\s"\u201c]*(?:the\s+)?$/i;
const SUBJECT_AFTER = /^(?:['\u2019]s\s|\s+[a-z])/;

/** Whether the mention opens its clause as its subject ("Ukraine has begun", "Lebanon's army said"). */
function opensClause(text: string, m: Mention, clauseStart: number): boolean {
  return (
    CLAUSE_OPENER.test(text.slice(clauseStart, m.start)) && SUBJECT_AFTER.test(text.slice(m.end, m.end + 4))
  );
}

/**
 * Whether `between` (from offset `from`) holds a word of travel with no other country than `first`'s named before
 * it: else that one travels ("Canada said on Monday that Trump would attend the G20 summit in South Africa"), not `first`'s ("India
 * said Modi would attend": Modi is India's).
 */
function travelsItself(
  first: Mention,
  from: number,
  between: string,
  inField: readonly Mention[],
  codeOf: ReadonlyMap<Mention, string>,
): boolean {
  const at = goesToAt(between);
  if (at < 0) return false;
  const code = codeOf.get(first);
  return !inField.some((o) => o.start >= first.end && o.end <= from + at && codeOf.get(o) !== code);
}

/** Whether `first` is listed after a word of travel ("visit Ghana, Argentina and Namibia"): a trip's stop. */
function isStop(text: string, first: Mention, inField: readonly Mention[]): boolean {
  let start = first.start;
  for (let k = inField.length - 1; k >= 0; k--) {
    const o = inField[k]!;
    if (o.end <= start && LIST_GAP.test(text.slice(o.end, start))) start = o.start;
  }
  return travelsTo(text.slice(Math.max(0, start - 32), start));
}

/**
 * "under the Prespa agreement with Greece", "the Chagos Islands deal with Mauritius", "talks with Japan": the
 * country a deal or talks are with is their other side, whoever the sentence says made them.
 */
const DEALT_WITH_BEFORE =
  /\b(?:deals?|agreements?|accords?|pacts?|treaty|treaties|talks|negotiations)\s+with\s+(?:the\s+)?$/i;
/** "meeting in Oslo ahead of talks with Denmark": talks to come say when, not who is a party (short-story.ts). */
const WHEN_BEFORE = /\b(?:ahead\s+of|before|after|following|amid|during)\b/i;

/**
 * The countries each country named in passing (not `linkable` by the count rules) is linked to as a
 * party, by a cue between its mention and a mention of a focus country in one sentence. Empty for
 * most stories (every country in focus or named twice).
 */
export function partyLinks(
  doc: TagDocument,
  countries: readonly Country[],
  linkable: (c: Country) => boolean,
): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const focus = countries.filter((c) => c.focus);
  if (!focus.length || focus.length === countries.length) return out;
  const byField = { title: [] as Mention[], body: [] as Mention[] };
  const codeOf = new Map<Mention, string>();
  for (const c of countries)
    for (const m of c.mentions) {
      byField[m.field].push(m);
      codeOf.set(m, c.code);
    }
  byField.title.sort((a, b) => a.start - b.start);
  byField.body.sort((a, b) => a.start - b.start);
  const edges: MentionEdges = {
    starts: new Set(byField.body.map((m) => m.start)),
    ends: new Set(byField.body.map((m) => m.end)),
  };
  for (const c of countries) {
    if (linkable(c)) continue;
    for (const m of c.mentions) {
      if (isInInlineDateline(doc.dateline, m.field, m.start)) continue;
      const field = fieldOf(doc, m.field);
      const sentence = sentenceAt(field.sentences, m.start);
      if (!sentence) continue;
      for (const f of focus)
        for (const n of f.mentions) {
          if (n.field !== m.field || n.start < sentence.start || n.end > sentence.end) continue;
          if (isInInlineDateline(doc.dateline, n.field, n.start)) continue;
          const [first, second] = n.start < m.start ? [n, m] : [m, n];
          // "Milei, who has courted investors from Israel and the United States, is due to visit Spain": a
          // country inside a relative clause on the sentence's subject is no party to what the main clause,
          // once the clause has closed, says its subject does.
          if (m.field === 'body' && insideClause(doc, first, edges) && !insideClause(doc, second, edges))
            continue;
          // The story's first sentence opens after the dateline ("KYIV (Reuters) - Ukraine has …").
          const clauseStart = m.field === 'body' ? Math.max(sentence.start, doc.storyStart) : sentence.start;
          if (!linksParties(field.text, first, second, sentence.end, byField[m.field], codeOf, clauseStart))
            continue;
          for (const [x, y] of [
            [c.code, f.code],
            [f.code, c.code],
          ] as const) {
            const set = out.get(x) ?? new Set<string>();
            set.add(y);
            out.set(x, set);
          }
        }
    }
  }
  return out;
}

/** "brokered by (the)", "mediated jointly by": the words that name a go-between (one source for both patterns). */
const BROKERED_BY = String.raw`\b(?:brokered|mediated|sponsored|facilitated|arranged|hosted)\s+(?:jointly\s+)?by\s+(?:the\s+)?`;
/** "a deal brokered by China", "talks mediated by the United States": the broker of the others' deal. */
const BROKERED_BY_BEFORE = new RegExp(`${BROKERED_BY}$`, 'i');
/**
 * "talks mediated by Kazakhstan and Russia", "brokered by Saudi Arabia, Qatar and the United Arab Emirates": each
 * of the go-betweens listed after "by" (up to four capitalised words a name).
 */
const BROKERED_BY_LIST_BEFORE = new RegExp(
  String.raw`${BROKERED_BY}(?:[A-Z][A-Za-z.'-]*(?:\s+[A-Z][A-Za-z.'-]*){0,3}\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)(?:the\s+)?){1,4}$`,
);
/**
 * A list "and" has closed before the comma ("brokered by Egypt and Qatar, Israel and Hamas exchanged"): the name
 * after the comma opens the clause, no go-between (read26 F6).
 */
const CLOSED_LIST_BEFORE =
  /(?:\band\s+|&\s*)(?:the\s+)?[A-Z][A-Za-z.'-]*(?:\s+[A-Z][A-Za-z.'-]*){0,3}\s*,\s*(?:the\s+)?$/;
/** "a China-brokered deal", "U.S.-mediated talks". */
const BROKERED_AFTER = /^-(?:brokered|mediated|sponsored|facilitated|hosted)\b/i;

/**
 * Whether a mention names the country that brokered, mediated or hosted the deal or talks of others ("in
 * a deal brokered by China", "a China-brokered deal"): a party to them, as the go-between pairs with each
 * side (go-betweens coordinated with each other stay unpaired, pairs.ts). Tests the letters around the
 * mention ("by " before, "-" after) before any pattern.
 */
export function namedAsBroker(text: string, m: Mention): boolean {
  if (text.charCodeAt(m.end) === 45) return BROKERED_AFTER.test(text.slice(m.end, m.end + 14));
  if (m.start < 4) return false;
  const last = text.charCodeAt(m.start - 2);
  if (last === 121 || last === 101) {
    // "by ", "the "
    if (BROKERED_BY_BEFORE.test(text.slice(Math.max(0, m.start - 36), m.start))) return true;
    if (last === 121) return false;
  } else if (last !== 100 && last !== 44 && last !== 38) return false; // "and ", ", ", "& "
  const before = text.slice(Math.max(0, m.start - 120), m.start);
  return BROKERED_BY_LIST_BEFORE.test(before) && !CLOSED_LIST_BEFORE.test(before);
}
