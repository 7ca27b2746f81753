import type { Entity } from '../schema.js';
import type { FieldText, TagDocument } from '../text/document.js';
import { sentenceTextAt } from '../text/sentences.js';
import { GOVERNING_MOVEMENTS } from './armed-words.js';
import { NOT_AN_ATTACK, SPORT_PLAY, WALKOUT_IN_STORY } from './not-an-attack.js';

/**
 * Attacks that war news tells in terse words, with no casualty, no "forces" and no "strikes on" (wild39b ★2):
 * "Israeli jets struck targets near Isfahan", "Pakistani aircraft struck Taliban hideouts", "Israeli warplanes
 * hit a building", the headline "Israel strikes Iran". Workers strike at a firm or over pay; a state's aircraft
 * do not hit a building in a walkout, and a state does not strike another state or an armed group.
 */

/**
 * Aircraft that fly for a state: "Israeli jets", "Pakistani aircraft", "U.S. warplanes" (the state is named
 * right before them), or any craft of war ("fighter jets", "bombers", "military helicopters").
 */
const CRAFT = '(?:jets?|aircraft|warplanes?|planes?|bombers?|helicopters?|gunships?|drones?)';
/** What the craft did: hit, struck, bombed, pounded, shelled, strafed, attacked, targeted (not "hit by"). */
const CRAFT_STRUCK = new RegExp(
  String.raw`^\s*${CRAFT}\s+(?:(?:have|had|also|again|then|reportedly)\s+)?(hit|struck|bombed|pounded|shelled|strafed|attacked|targeted)\b(?!\s+(?:by|records?|highs?|lows?|turbulence|birds?|a bird|the ground|the runway|the market|shelves|stores)\b)`,
  'i',
);
/** Craft of war whatever state flies them: "fighter jets struck", "military aircraft hit". */
const WAR_CRAFT_STRUCK = new RegExp(
  String.raw`\b(?:fighter|military|air force|army|enemy|coalition|attack)\s+${CRAFT_STRUCK.source.slice(1)}`,
  'i',
);
/**
 * "Struck" what a force aims at: "struck targets near Isfahan", "struck Taliban hideouts", "struck militant
 * positions" (strike-on-target.ts has the noun's "strikes on"); not "struck a deal with militants".
 */
const STRUCK_TARGET =
  /\bstruck\s+(?:(?!(?:deal|deals|agreement|accord|pact|truce|ceasefire|bargain|compromise|peace|balance|chord|tone|note|blow)\b)[\w'\u2019.-]+\s+){0,3}?(targets|positions|bases|installations|hideouts?|strongholds?|militants?|launchers?|depots?|bunkers?|air defen[cs]es)\b/i;
/**
 * An armed group as what a state strikes: "Pakistan strikes Taliban", "US strikes Houthis in Yemen". The movements
 * by name (armed-words.ts and the others) and fighters as a group, in the plural; not armed-words' `FIGHTERS`, whose
 * troops and soldiers are a state's own.
 */
const ARMED_GROUP = new RegExp(
  String.raw`^\s*(?:the\s+)?(?:${GOVERNING_MOVEMENTS.join('|')}|Houthis?|Islamic State|IS|ISIS|ISIL|al-Shabaab|al-Qaeda|PKK|Kurdish militants|militants|rebels|insurgents|jihadists)\b`,
);
/** A state's strike on a place or a group: "Israel strikes Iran", "India struck Pakistan" (not "strikes deal"). */
const STATE_STRIKES = /^\s+(?:strikes|struck|strike)\s+$/;
/** A deal after the struck state: "UK strikes US tariff deal", "India strikes UK trade deal" (read39 ★6). */
const DEAL_AFTER = /^\s+(?:[\w'\u2019-]+\s+){0,2}?(?:deals?|pacts?|agreements?|accords?|truce)\b/i;
/** The state's verb right after its name. */
const STATE_VERB = /^\s+(?:strikes|struck|strike)\b/;

/**
 * A state's strikes named as its own, on a place or a group (topics50, wild50 T2): "Israel's strikes on Qatar angered
 * Gulf states", "Russia's overnight strikes on Kharkiv". Whatever follows the place (strike-on-target.ts asks for a
 * verb of harm or the sentence's end there). "France's strikes over pension reform", "Britain's strikes on Monday" are
 * walkouts: the strikes must be on or against a name.
 */
const STATE_OWN_STRIKES =
  /^(['\u2019]s\s+(?:(?:air|military|missile|drone|deadly|latest|recent|overnight|renewed|fresh|repeated|retaliatory)\s+){0,2}(?:air ?)?strikes)\s+(?:on|against)\s+(?:the\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z]/;
/**
 * A state's strikes judged as acts of war: "Venezuela said the U.S. strikes were illegal", "condemned the Israeli air
 * strikes as a violation of its sovereignty". The state (or its nationality) right before the strikes, a verdict of
 * law or sovereignty in the sentence; a court that rules a walkout illegal names a firm's or a union's strike, not a
 * state's.
 */
const STATE_STRIKES_NOUN = /^\s+(?:(?:air|military|missile|drone)\s+)?(?:air ?)?strikes\b/i;
/**
 * A walkout judged illegal (mendT50, read50 R19): "the Korean strikes were illegal and ordered truckers back to work",
 * "a Paris court ruled the French strikes illegal". Strikes with no air, military, missile or drone before them, in
 * a sentence of workers, unions, employers or a court's ruling, are a labour dispute's.
 */
const WALKOUT_VERDICT =
  /\b(?:workers?|unions?|truckers?|drivers|walkouts?|employers?|back to work|courts?|ruled|judges?|wages?|pay|pensions?|strikers)\b/i;
const STRIKES_BARE = /^\s+strikes\b/i;
const WAR_VERDICT =
  /\b(?:illegal|unlawful|extrajudicial|war crimes?|acts? of aggression|violat\w+\s+(?:[\w'\u2019-]+\s+){0,2}?(?:sovereignty|international law|airspace|territor\w+)|sovereignty)\b/i;

interface StateMention {
  readonly start: number;
  readonly end: number;
  /** A place's name ("Israel"), not a nationality ("Israeli"): only a place strikes another by name. */
  readonly isPlace: boolean;
}

/** Places and countries' nationalities, whose mentions may name the state that strikes. */
function stateMentions(entities: readonly Entity[], field: string): StateMention[] {
  const out: StateMention[] = [];
  for (const entity of entities)
    if (entity.type === 'place' || entity.type === 'nationality')
      for (const m of entity.mentions)
        if (m.field === field) out.push({ start: m.start, end: m.end, isPlace: entity.type === 'place' });
  return out;
}

/** A state's strikes right after its mention, judged in a sentence that is no walkout's (`WALKOUT_VERDICT`). */
function verdictStrikes(field: FieldText, at: number, after: string): RegExpExecArray | null {
  const m = STATE_STRIKES_NOUN.exec(after);
  if (m && STRIKES_BARE.test(m[0]) && WALKOUT_VERDICT.test(sentenceTextAt(field, at) ?? '')) return null;
  return m;
}

/** The sentence around an offset is no walkout's, no quake's, no match's. */
function attackSentence(field: FieldText, at: number): boolean {
  return !NOT_AN_ATTACK.test(sentenceTextAt(field, at) ?? field.text);
}

/**
 * The words of an attack told tersely (see above), as the article writes them, or undefined. A walkout or a
 * match told anywhere in the story makes none (its "strikes" are the workers' or the players').
 */
export function airAttack(doc: TagDocument, entities: readonly Entity[]): string[] | undefined {
  for (const field of [doc.title, doc.body])
    if (WALKOUT_IN_STORY.test(field.text) || SPORT_PLAY.test(field.text)) return undefined;
  for (const field of [doc.title, doc.body]) {
    const { text } = field;
    const states = stateMentions(entities, field.field);
    for (const state of states) {
      const after = text.slice(state.end, state.end + 80);
      // The state's own strikes, or a state's strikes judged unlawful.
      const own =
        (state.isPlace ? STATE_OWN_STRIKES.exec(after) : null) ??
        (WAR_VERDICT.test(sentenceTextAt(field, state.start) ?? '')
          ? verdictStrikes(field, state.start, after)
          : null);
      if (own && attackSentence(field, state.start))
        return [text.slice(state.start, state.end + (own[1] ?? own[0]).length).trim()];
      // The state's craft: "Israeli jets struck", "U.S. warplanes hit".
      const struck = CRAFT_STRUCK.exec(after);
      if (struck?.[1] && attackSentence(field, state.start))
        return [after.slice(0, struck[0].length - struck[1].length).trim(), struck[1]];
      // The state strikes another or an armed group: "Israel strikes Iran", "Pakistan strikes Taliban".
      const verb = state.isPlace ? STATE_VERB.exec(after) : null;
      if (!verb) continue;
      const rest = text.slice(state.end + verb[0].length);
      const target = states.find(
        (other) => other.start > state.end && STATE_STRIKES.test(text.slice(state.end, other.start)),
      );
      const group = ARMED_GROUP.exec(rest);
      const struckAfter = target ? text.slice(target.end) : group ? rest.slice(group[0].length) : '';
      if ((target || group) && !DEAL_AFTER.test(struckAfter) && attackSentence(field, state.start))
        return [verb[0].trim(), target ? text.slice(target.start, target.end) : (group?.[0].trim() ?? '')];
    }
    for (const s of field.sentences) {
      const sentence = text.slice(s.start, s.end);
      if (NOT_AN_ATTACK.test(sentence)) continue;
      const craft = WAR_CRAFT_STRUCK.exec(sentence);
      if (craft?.[1]) return [craft[0].slice(0, craft[0].length - craft[1].length).trim(), craft[1]];
      const target = STRUCK_TARGET.exec(sentence);
      if (target?.[1]) return ['struck', target[1]];
    }
  }
  return undefined;
}
