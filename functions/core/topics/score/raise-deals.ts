import { clubOwnershipTold } from '../club-ownership.js';
import { dealBeforeResults, dealInTitle } from '../deal-in-title.js';
import { firmBoughtInTitleOrLead } from '../firm-bought.js';
import { jobCutsTold } from '../job-cuts.js';
import { partSoldInTitleOrLead } from '../part-sold.js';
import { boost, raiseAboveSetting } from '../signals.js';
import { firmInTitleOrLead } from './firm-named.js';
import { nodes } from './lexicon.js';
import { namesAClub } from './lexicon-names.js';
import { CLUB_SALE_RIVALS, CONTRACT_RIVALS, DEAL, ECONOMY_TOP, LAYOFFS, SPORT_TOP } from './nodes.js';
import { leadsTopLevels, type Scoring, type StoryEvidence } from './scoring.js';
import { damp, MIN_RAW_TOP } from './weights.js';

/** What jobs cut with their number weigh, as the lexicon's "job cuts". */
const JOB_CUTS_WEIGHT = 3;

/** No lead sentence: `firmInTitleOrLead` then asks the title only. */
const NO_LEAD = -1;

/** What a firm's part sold in the headline or lead weighs for the deal: one clear merger word. */
const PART_SOLD_WEIGHT = 3;

/** A firm's part sold, a firm or a club bought, jobs cut: the deal or the layoffs. */
export function raiseDeals(s: Scoring, evidence: StoryEvidence): void {
  const { doc, entities, lead, raw, strongest } = s;
  // A firm's unit, stake or plant sold or bought in the headline or lead, told without a merger word.
  // Or a firm bought with a verb of buying, the firm named and a deal told (firm-bought.ts): that tells business itself.
  evidence.partSold =
    (strongest[DEAL] ?? 0) < PART_SOLD_WEIGHT
      ? (((raw[ECONOMY_TOP] ?? 0) >= MIN_RAW_TOP ? partSoldInTitleOrLead(doc, lead) : undefined) ??
        firmBoughtInTitleOrLead(doc, entities, lead))
      : undefined;
  if (evidence.partSold) {
    for (let n = DEAL; n >= 0; n = nodes[n]?.parent ?? -1) raw[n] = (raw[n] ?? 0) + PART_SOLD_WEIGHT;
    strongest[DEAL] = PART_SOLD_WEIGHT;
  }
  // Jobs cut with their number ("cut 16,000 jobs", "axe 4,000 administrative roles"): the lexicon's "job cuts".
  // Told where no clear word of the lexicon tells them ("lay off 24,000 workers" is its "lay off" already).
  evidence.jobCuts =
    LAYOFFS >= 0 && (strongest[LAYOFFS] ?? 0) < JOB_CUTS_WEIGHT ? jobCutsTold(doc) : undefined;
  if (evidence.jobCuts) {
    boost(raw, nodes, LAYOFFS, JOB_CUTS_WEIGHT * damp(evidence.jobCuts[1]));
    strongest[LAYOFFS] = Math.max(strongest[LAYOFFS] ?? 0, JOB_CUTS_WEIGHT);
  }
  // A firm's takeover or stake bought in the headline, the firm named there: business before the desk of its
  // products (games, films, chips), as a results report is; a club's, a crime's or a war's deal keeps its
  // desk, and a gamer who buys virtual land in a game is no deal.
  if (
    (strongest[DEAL] ?? 0) >= PART_SOLD_WEIGHT &&
    !leadsTopLevels(raw, ECONOMY_TOP) &&
    dealInTitle(doc.title.text) &&
    firmInTitleOrLead(doc, entities, NO_LEAD)
  )
    raiseAboveSetting(raw, nodes, DEAL, CONTRACT_RIVALS);
  // A sports club changing hands in the headline or the lead (club-ownership.ts): who owns the club is business news,
  // filed under the deal before the club's sport (its name is a clear word of sport).
  evidence.clubSold =
    DEAL >= 0 && SPORT_TOP >= 0 && leadsTopLevels(raw, SPORT_TOP)
      ? clubOwnershipTold(doc, lead, namesAClub)
      : undefined;
  if (evidence.clubSold) {
    if ((strongest[DEAL] ?? 0) < PART_SOLD_WEIGHT) {
      for (let n = DEAL; n >= 0; n = nodes[n]?.parent ?? -1) raw[n] = (raw[n] ?? 0) + PART_SOLD_WEIGHT;
      strongest[DEAL] = PART_SOLD_WEIGHT;
    }
    raiseAboveSetting(raw, nodes, DEAL, CLUB_SALE_RIVALS);
  }
  // A company bought in the headline: the deal before the target's profit or the shares it moved.
  dealBeforeResults(raw, nodes, strongest, DEAL, doc.title.text);
}
