import type { Entity } from '../schema.js';
import type { TagDocument } from '../text/document.js';
import { sentenceTextAt } from '../text/sentences.js';
import { NOT_AN_ATTACK, SPORT_PLAY, WALKOUT_IN_STORY } from './not-an-attack.js';

/**
 * Strikes aimed at a country, a city or an armed target: "condemned Israeli and U.S. strikes on Iran", "strikes
 * against Houthi positions", "U.S. strikes on enrichment sites" (review29 T10). Workers strike at a firm, over
 * pay, in a country or on a day; they do not strike on a country, nor on bases and launchers. The sentence tells
 * of no casualties or forces, so signals.ts `militaryStrike` does not see the attack. Nor do workers strike
 * "near" a city: "respond to the overnight strikes near Isfahan" (wild39b ★2).
 */
const STRIKES_ON = /\b((?:air ?)?strikes?)\s+(?:on|against|near)\s+(?:the\s+)?$/i;
/**
 * What a force aims at: "strikes on militant hideouts", "strikes against nuclear facilities", and (fixT49, wild49 T4)
 * the boats, ships and tankers, refineries, power plants, grids and energy sites a war or a navy's campaign strikes
 * ("strikes on suspected drug-smuggling boats", "strikes on Russian refineries"). Workers strike at a refinery or a
 * port, and in a sentence with workers, a union or pay (`notAnAttack`) no target counts.
 */
const STRIKES_ON_TARGET =
  /\b((?:air ?)?strikes?)\s+(?:on|against)\s+(?:[\w'\u2019.-]+\s+){0,3}?(targets|positions|bases|installations|enrichment|territory|soil|militants?|missile|launchers?|depots?|bunkers?|hideouts?|strongholds?|boats?|vessels?|ships|tankers?|refiner(?:y|ies)|substations?|airfields?|air ?bases?|(?:power|energy|electricity)\s+(?:plants?|stations?|grids?|infrastructure|facilities|sites)|(?:energy|oil|gas|fuel|military)\s+(?:facilities|infrastructure|sites|terminals?)|nuclear\s+(?:sites?|facilities|plants?|installations?|programme|program))\b/i;
/** A place's possessive names what was struck: "strikes on Iran's nuclear sites", not "Britain's railways". */
const POSSESSIVE = /^['\u2019]s\b/;
const TARGET_AFTER_POSSESSIVE =
  /^['\u2019]s\s+(?:[\w-]+\s+){0,2}?(?:targets|positions|bases|installations|enrichment|military|army|forces|nuclear|missile|air defen[cs]es?|capital)\b/i;
/**
 * What may follow the place: the sentence's end, a conjunction, a time or a verb ("strikes on Iran and Syria",
 * "strikes on Kyiv overnight killed six"), not a noun the place names ("a strike on the Buenos Aires
 * underground", a walkout on its metro).
 */
const AFTER_PLACE =
  /^(?:\s*(?:[,.;:)\u2014-]|$)|\s+(?:and|or|in|on|at|over|overnight|last|this|early|late|earlier|since|after|before|from|with|that|which|were|was|had|have|has|by|during|as|amid|to|until|would|could|will|is|are|killed|killing|left|hit)\b)/;
/** A general strike is a walkout whatever it is on (the shared list has its other words). */
const GENERAL_STRIKE = /\bgeneral strike\b/i;
/** What joins places in a list: "Rome, Milan", "Paris and Lyon". */
const LIST_JOIN = /^(?:\s*,\s*|\s+(?:and|or|&)\s+)$/i;

/** A walkout's, nature's or sport's words in the sentence ("a strike against Britain's pay freeze"). */
function notAnAttack(sentence: string): boolean {
  return NOT_AN_ATTACK.test(sentence) || GENERAL_STRIKE.test(sentence);
}

/**
 * Where a list of places that starts with this mention ends: the noun after "Rome, Milan metro lines" names
 * both cities, so the test of what follows is made after the last one (read30 F1).
 */
function listEnd(text: string, field: string, end: number, places: readonly Entity[]): number {
  for (let moved = true; moved; ) {
    moved = false;
    for (const entity of places)
      for (const m of entity.mentions)
        if (
          m.field === field &&
          m.start > end &&
          m.start - end <= 6 &&
          LIST_JOIN.test(text.slice(end, m.start))
        ) {
          end = m.end;
          moved = true;
        }
  }
  return end;
}

/** The two words (the strike and its target) as the article writes them, or undefined. */
export function strikeOnTarget(doc: TagDocument, entities: readonly Entity[]): string[] | undefined {
  // A walkout or a match told anywhere in the story: a headline's strikes are its workers' or its players'.
  for (const field of [doc.title, doc.body])
    if (WALKOUT_IN_STORY.test(field.text) || SPORT_PLAY.test(field.text)) return undefined;
  const places = entities.filter((entity) => entity.type === 'place');
  for (const field of [doc.title, doc.body]) {
    const { text } = field;
    for (const s of field.sentences) {
      const sentence = text.slice(s.start, s.end);
      if (notAnAttack(sentence)) continue;
      const target = STRIKES_ON_TARGET.exec(sentence);
      if (target?.[1] && target[2]) return [target[1], target[2]];
    }
    for (const entity of places) {
      for (const m of entity.mentions) {
        if (m.field !== field.field) continue;
        const before = STRIKES_ON.exec(text.slice(Math.max(0, m.start - 30), m.start));
        if (!before) continue;
        const after = text.slice(listEnd(text, field.field, m.end, places), m.end + 120);
        if (POSSESSIVE.test(after) ? !TARGET_AFTER_POSSESSIVE.test(after) : !AFTER_PLACE.test(after))
          continue;
        const sentence = sentenceTextAt(field, m.start);
        if (sentence !== undefined && notAnAttack(sentence)) continue;
        return [before[1] ?? 'strikes', m.text];
      }
    }
  }
  return undefined;
}
