import { lazyPattern } from '../text/lazy-pattern.js';

/**
 * Words that say two countries named in one sentence act on each other or are compared; since
 * 2026-12-01 also war and arms ("Russian strikes hit Kharkiv", "shot down 40 Ukrainian drones", "China
 * is Pakistan's main arms supplier", "Chinese-made jets"), which war briefs say instead of "attack"; since
 * 2026-12-03 a bailout, swap line or credit line one arranges for the other ("arranged a $20 billion currency
 * swap line for Argentina", review27 #47); since 2026-12-06 a truce or ceasefire, an accusation and arming ("accusing
 * Abu Dhabi of arming the RSF", wild49 C3). Read by the pairs (pairs.ts) and by the lead's focus (lead-focus.ts).
 */
/**
 * Fire two sides exchange (session 44, wild43 m4): "exchanged fire across the Line of Control", "traded artillery
 * fire", "an exchange of gunfire", skirmishes. A relation of the two (RELATION_CUE), as "clashes" is. One side's fire
 * is no relation of two countries a sentence coordinates ("Britain and Japan, where gunfire is rare", "fled as gunfire
 * erupted", "a film shot in Morocco and Spain, full of gunfights": read44), so bare gunfire, gunfights and firefights
 * are no cue at all; nor is "fired on/at" ("Stellantis fired on Monday the head of its plants", "questions were fired
 * at the ministers").
 */
const FIRE_EXCHANGE =
  '(?:exchang(?:e|es|ed|ing)|trad(?:e|es|ed|ing))\\s+(?:of\\s+)?(?:heavy\\s+|cross-border\\s+)?(?:(?:gun|artillery|mortar|rocket|tank|small[- ]arms)\\s*)?fire|exchanges?\\s+of\\s+(?:heavy\\s+)?(?:(?:gun|artillery|mortar|rocket|tank)\\s*)?fire|skirmish(?:es|ed)?';
/** Prepositions that link two parties ("talks with", "exports to", "stronger than"). */
const CUE_PREPOSITIONS = 'between|against|versus|vs|with|from|to|than';

/**
 * A case-blind pattern of words, `\b(?:…)\b` with the flag "i" and no "u", read word by word instead (session 50,
 * cold50): such a pattern matches ASCII letters only, each alternative a whole run of [A-Za-z0-9_] between word
 * boundaries, so it holds a match exactly where one of its one-word alternatives is a run of the text (in lower
 * case) or opens one (`stems`, an alternative ending in \w*), or else where its pattern of several words
 * (`phrases`, the alternatives with a space or a hyphen) matches, asked only when a run opens one of those
 * (`phraseStarts`). V8 compiles a long word pattern the first time it runs (CUE_WORD's was ~20 M instructions, ~3 ms,
 * RELATION_CUE's ~7 M); a Set costs next to nothing to build. `test` answers as the pattern it replaced would
 * (test/unit/countries/cue-words.test.ts compares the two): a word added to a list goes into that test's pattern too.
 */
export interface WordCue {
  test(text: string): boolean;
}
const WORD_RUN = /[A-Za-z0-9_]+/g;
function wordCue(
  words: string,
  stems: readonly string[],
  phraseStarts: readonly string[],
  phrases: string,
): WordCue {
  const set = new Set(words.split(' '));
  const phrasePattern = lazyPattern(() => new RegExp(`\\b(?:${phrases})\\b`, 'i'));
  const opens = (word: string, starts: readonly string[]) => starts.some((start) => word.startsWith(start));
  return {
    test(text: string): boolean {
      let phrase = false;
      WORD_RUN.lastIndex = 0;
      for (let m = WORD_RUN.exec(text); m !== null; m = WORD_RUN.exec(text)) {
        const word = m[0].toLowerCase();
        if (set.has(word) || opens(word, stems)) return true;
        phrase ||= opens(word, phraseStarts);
      }
      return phrase && phrasePattern.test(text);
    },
  };
}

/** The runs that open FIRE_EXCHANGE's phrases ("exchanged … fire", "traded … fire"). */
const FIRE_STARTS = ['exchang', 'trad'];
/** FIRE_EXCHANGE's one word: a skirmish. */
const SKIRMISH = 'skirmish skirmishes skirmished';

/**
 * The cue words without the prepositions, which link only the phrase they open (lead-focus.ts): one-word cues spelled
 * out with their endings, the stems of invading, attacking and negotiating, and the phrases (fire exchanged, a
 * cease-fire, swap and credit lines, shot down, military action, "Chinese-made").
 */
export const CUE_WORD: WordCue = wordCue(
  `${SKIRMISH} talk talks trade trading tariff tariffs deal deals agree agreed agreement agrees accord pact treaty ` +
    'truce ceasefire accuse accuses accused accusing accusation accusations arming sanction sanctions relation ' +
    'relations ties export exports exported import imports imported shipment shipments sold sell sells buy buys ' +
    'bought visit visits visited met meet meets meeting summit compared dispute war border bilateral joint allies ' +
    'ally envoy embassy ambassador loan loans debt aid bailout bailouts tension tensions rival rivals partner ' +
    'partners surplus deficit strike strikes airstrike airstrikes struck downed shells shelled shelling bomb bombs ' +
    'bombed bombing bombings bomber bombers drone drones missile missiles troops arms weapons supplier suppliers ' +
    'supplied supplies supply',
  ['invad', 'attack', 'negotiat'],
  [...FIRE_STARTS, 'cease', 'swap', 'credit', 'shot', 'military', 'made'],
  `${FIRE_EXCHANGE}|cease-fire|swap lines?|credit lines?|shot down|military (?:action|intervention|operations?)|-made`,
);
const CUE_PREPOSITION = new RegExp(`\\b(?:${CUE_PREPOSITIONS})\\b`, 'i');

/** Whether the text holds a cue word or a linking preposition (the short pattern of prepositions first). */
export function hasCue(text: string): boolean {
  return CUE_PREPOSITION.test(text) || CUE_WORD.test(text);
}
/** A linking preposition right before a country: "fled to India", "a case against the US bank". */
export const CUE_PREPOSITION_BEFORE = new RegExp(`\\b(?:${CUE_PREPOSITIONS}|into)\\s+(?:the\\s+)?$`, 'i');

/** Words of a relation between two parties, not of trade flows or lists ("exports to X and Y"). */
export const RELATION_CUE: WordCue = wordCue(
  `${SKIRMISH} talks deal agree agreed agreement agrees accord pact treaty sanctions relations ties summit dispute ` +
    'war border bilateral tension tensions ceasefire truce peace conflict clash clashes clashed fighting rivalry ' +
    'alliance',
  ['normalis', 'normaliz'],
  FIRE_STARTS,
  FIRE_EXCHANGE,
);

/**
 * An apposition that states a relation between the country before it and the one after ("The United States, a
 * treaty ally of the Philippines, condemned the attack", "Japan, a close partner of South Korea"): the text between
 * the two mentions, up to "of (the)". The comma closes no clause there (wild41 item 14).
 */
export const RELATION_APPOSITION =
  /^\s*,\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:ally|partner|neighbou?r|rival|foe|enemy|adversary|backer|protector|patron)\s+of\s+(?:the\s+)?$/i;
