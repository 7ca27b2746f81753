import { turkeyPardonInTitle } from '../animal-pardon.js';
import { climateTalksInTitle } from '../climate-talks.js';
import { competitionCaseInTitle, competitionLawInTitleOrLead } from '../competition-case.js';
import { contractWonInTitle } from '../contract-award.js';
import { nobelScienceInTitle } from '../nobel-field.js';
import { reviewInTitle } from '../review-label.js';
import { sanctionsInTitle } from '../sanctions-in-title.js';
import { boost, crimeBeforeArrests, raiseAboveSetting } from '../signals.js';
import { videoGameInTitleOrLead } from '../video-game-told.js';
import { firmInTitleOrLead } from './firm-named.js';
import { LEXICON, nodes } from './lexicon.js';
import {
  ANIMAL,
  ARTS_ENTERTAINMENT,
  BUSINESS_INFORMATION,
  CLIMATE_CHANGE,
  CONTRACT_RIVALS,
  CRIME,
  CRIME_TOP,
  ECONOMY_TOP,
  INFORMATION_TECHNOLOGY,
  LAW_ENFORCEMENT,
  MEDICAL_RESEARCH,
  NATURAL_SCIENCE,
  NOT_A_SETTING,
  POLITICS_TOP,
  PRODUCT_DESKS,
  SANCTION,
  SCIENCE_TOP,
  SPORT_TOP,
  TARIFF,
  TRADE_DISPUTE,
  VIDEO_GAME,
} from './nodes.js';
import { leadsTopLevels, type Scoring, type StoryEvidence } from './scoring.js';
import { MIN_RAW_TOP, MIN_STRONGEST_SUB } from './weights.js';

/** What a review labelled in the headline weighs for the art reviewed: one clear word. */
const REVIEW_WEIGHT = 3;

/**
 * A tariff or trade-dispute word this clear ("tariffs", "trade sanctions", "trade war") makes headline sanctions
 * a trade war's.
 */
const SANCTIONS_TARIFF_WORD = 3;

/**
 * What the headline (or the lead) names before the desk of its setting: a review, a video game, a crime, climate
 * talks, sanctions, a contract, a competition case, a turkey's pardon, a Nobel prize.
 */
export function raiseSubjectsInTitle(s: Scoring, evidence: StoryEvidence): void {
  const { doc, entities, lead, raw, strongest } = s;
  // A critic's review labelled in the headline: the art reviewed before its subject (review-label.ts), where the
  // story has words of that desk.
  evidence.review = reviewLabelled(doc.title.text, raw, strongest);
  // A video game the headline's or the lead's subject, told with a word of video games, in a story its sport's words
  // lead ("Sales of computer games rose …, helped by demand for football titles"): technology before the sport the
  // game plays, as a game review is (video-game-told.ts, wild51 W21).
  if (
    INFORMATION_TECHNOLOGY >= 0 &&
    (strongest[VIDEO_GAME] ?? 0) >= MIN_STRONGEST_SUB &&
    leadsTopLevels(raw, SPORT_TOP) &&
    videoGameInTitleOrLead(doc, lead)
  )
    raiseAboveSetting(raw, nodes, INFORMATION_TECHNOLOGY, NOT_A_SETTING);

  // Arrests after a crime the headline names: filed under the crime before the police.
  crimeBeforeArrests(raw, nodes, CRIME_TOP, CRIME, LAW_ENFORCEMENT, s.hits, s.offSense, doc.title.text);
  // The climate talks in the headline: climate change before the diplomacy and the fuels they discuss.
  if ((strongest[CLIMATE_CHANGE] ?? 0) >= MIN_STRONGEST_SUB && climateTalksInTitle(doc.title.text))
    raiseAboveSetting(raw, nodes, CLIMATE_CHANGE, NOT_A_SETTING);
  // Sanctions in the headline of a story business leads (the oil, banks and gas they hit): international
  // relations first, as a desk files them; a trade war's punitive tariffs stay trade (topics26).
  if (
    (strongest[SANCTION] ?? 0) >= MIN_STRONGEST_SUB &&
    (strongest[TARIFF] ?? 0) < SANCTIONS_TARIFF_WORD &&
    (strongest[TRADE_DISPUTE] ?? 0) < SANCTIONS_TARIFF_WORD &&
    leadsTopLevels(raw, ECONOMY_TOP) &&
    sanctionsInTitle(doc.title.text)
  )
    raiseAboveSetting(raw, nodes, SANCTION, NOT_A_SETTING);
  // A firm's contract won in the headline: business before its customer's defence or ministry.
  if (contractWonInTitle(doc.title.text) && firmInTitleOrLead(doc, entities, lead))
    raiseAboveSetting(raw, nodes, BUSINESS_INFORMATION, CONTRACT_RIVALS);
  // A competition regulator's fine or an antitrust case in the headline: business before the desk of the
  // firm's products (apps, films), as a results report is.
  if (PRODUCT_DESKS.some((desk) => leadsTopLevels(raw, desk)) && competitionCaseInTitle(doc, lead)) {
    raiseAboveSetting(raw, nodes, BUSINESS_INFORMATION, NOT_A_SETTING);
    strongest[BUSINESS_INFORMATION] = Math.max(strongest[BUSINESS_INFORMATION] ?? 0, MIN_STRONGEST_SUB);
  } else if (
    leadsTopLevels(raw, POLITICS_TOP) &&
    competitionLawInTitleOrLead(doc, lead) &&
    firmInTitleOrLead(doc, entities, lead)
  ) {
    // Competition law in the headline or the lead of a firm's case where politics leads through the regulator
    // (the EU, its "sanctions"): business first, as a business desk files an antitrust case (wild50 T15).
    raiseAboveSetting(raw, nodes, BUSINESS_INFORMATION, NOT_A_SETTING);
    strongest[BUSINESS_INFORMATION] = Math.max(strongest[BUSINESS_INFORMATION] ?? 0, MIN_STRONGEST_SUB);
  }
  // A president's turkey pardon in the headline: human interest (an animal) before the White House's politics.
  if (ANIMAL >= 0 && turkeyPardonInTitle(doc)) {
    raiseAboveSetting(raw, nodes, ANIMAL, NOT_A_SETTING);
    strongest[ANIMAL] = Math.max(strongest[ANIMAL] ?? 0, MIN_STRONGEST_SUB);
  }
  // A Nobel prize in a science in the headline: the science before the uses of the discovery (fuel, water).
  const nobel = nobelScienceInTitle(doc.title.text);
  if (nobel) {
    const field = nobel === 'natural' ? NATURAL_SCIENCE : MEDICAL_RESEARCH;
    raiseAboveSetting(raw, nodes, field, NOT_A_SETTING);
    strongest[field] = Math.max(strongest[field] ?? 0, MIN_STRONGEST_SUB);
  }
}

/**
 * A review labelled in the headline (review-label.ts) whose desk the story's words name: the subtopic reviewed gets
 * one clear word and is put above every other top level. Returns the node and the label (its evidence).
 */
function reviewLabelled(
  title: string,
  raw: Float64Array,
  strongest: Float64Array,
): [number, string] | undefined {
  const review = reviewInTitle(title);
  const reviewed = review && LEXICON.nodeIndex.get(review.id);
  if (!review || reviewed === undefined) return undefined;
  let top = reviewed;
  while ((nodes[top]?.parent ?? -1) >= 0) top = nodes[top]?.parent ?? -1;
  if ((raw[top] ?? 0) < MIN_RAW_TOP) return undefined;
  // A label that names no art needs one clear word of the arts ("Pixel 10 review" is a phone's).
  if (reviewed === ARTS_ENTERTAINMENT && (strongest[ARTS_ENTERTAINMENT] ?? 0) < MIN_STRONGEST_SUB)
    return undefined;
  // read39: "Review: iPhone 17 Pro's camera is the best yet", "Galaxy S26 review:" — a label that names no art and
  // quotes no work, on a story technology leads, reviews a product (its camera, screen and games are no arts).
  if (reviewed === ARTS_ENTERTAINMENT && !review.quoted && (raw[SCIENCE_TOP] ?? 0) >= (raw[top] ?? 0))
    return undefined;
  boost(raw, nodes, reviewed, REVIEW_WEIGHT);
  strongest[reviewed] = Math.max(strongest[reviewed] ?? 0, REVIEW_WEIGHT);
  raiseAboveSetting(raw, nodes, reviewed, []);
  return [reviewed, review.label];
}
