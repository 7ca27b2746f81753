import type { Country, Entity } from '../../schema.js';
import { storyLeadIndex, type TagDocument } from '../../text/document.js';
import { armedGroupDeaths } from '../armed-group-deaths.js';
import { armedOverthrow } from '../armed-overthrow.js';
import { attackArrested } from '../attack-arrests.js';
import { attackInWords } from '../attack-in-words.js';
import { battlesOfArms } from '../battles-of-arms.js';
import { bookTold } from '../book-told.js';
import { companyBidTold } from '../company-bid.js';
import { concertTold } from '../concert-told.js';
import { confidenceVoteHeld } from '../confidence-vote.js';
import { courtTrialTold } from '../court-trial.js';
import { disasterInTitle } from '../disaster-in-title.js';
import { dronesAsTechnology, dronesOfWar } from '../drones.js';
import { campaignOfElection, electionTold, protestRally } from '../election-told.js';
import { electorsNotVoters } from '../electors-not-voters.js';
import { festivalTraded } from '../festival-trade.js';
import { fiscalPeriodNamed } from '../fiscal-period.js';
import { golfTold } from '../golf-told.js';
import { hazardNamed } from '../hazard-named.js';
import { heatKillsPeople } from '../heat-deaths.js';
import { landslideOfEarth, landslideOfVotes } from '../landslide-senses.js';
import { lenderChiefsOnly } from '../lender-chiefs.js';
import { natureAtStake } from '../nature-at-stake.js';
import { isObituary } from '../obituary.js';
import { officialTrip } from '../official-trips.js';
import { otherFootballCode } from '../other-football-codes.js';
import { pactRatified } from '../pacts-ratified.js';
import { peopleStageRally } from '../people-stage-rally.js';
import { piracyAtSea, piracyOffSea } from '../piracy-at-sea.js';
import { politicalChairmenOnly } from '../political-chairmen.js';
import { climbRaced } from '../race-climbs.js';
import { roadTollTold } from '../road-tolls.js';
import type { SenseCue } from '../senses.js';
import { sharesTraded } from '../shares-traded.js';
import { craftNamed } from '../signals.js';
import { strikesOfWork } from '../strikes-of-work.js';
import { tourismTold } from '../tourism-told.js';
import { troopsOutOfBattle } from '../troops-in-battle.js';
import { utilityTariffs } from '../utility-tariffs.js';
import { walkoutsFromMeetings, walkoutWordsNamed, workersWalkOut } from '../walkout-words.js';
import { warWordsTold } from '../war-words-told.js';
import { weatherNamed } from '../weather-named.js';
import { weatherStorms } from '../weather-storms.js';
import { wildTigerNamed } from '../wild-tigers.js';
import { firmInTitleOrLead } from './firm-named.js';

/** A head of state's or government's title right before a person's name. */
const HEAD_TITLE = /\b(?:President|Prime Minister|Premier|Chancellor)\s+$/;

/** An accusation made in court, in the sentence that says "accused". */
const ACCUSED_IN_COURT =
  /\baccused\b[^.]*\b(?:indictment|indicted|charged|charges|trial|court)\b|\b(?:indictment|indicted|charged|charges|trial|court)\b[^.]*\baccused\b/;

/** A news agency as the headline's subject, not as its source ("…, Petra news agency says"). */
const AGENCY_SUBJECT =
  /^(?:(?! - )[^,:;])*?\bnews agenc(?:y|ies)\b(?!\s+(?:says|said|reports?|reported|quoted)\b)/i;

/**
 * A person the story names with a head of state's or government's title: a country's voice (countries.ts
 * reads "President Joe Biden" as the United States) or the title of a country ("Argentine President
 * Javier Milei"). A company's, a central bank's "President Lon Makanoff" is neither.
 */
function headOfGovernmentNamed(
  doc: TagDocument,
  entities: readonly Entity[],
  countries: readonly Country[],
): boolean {
  for (const entity of entities) {
    if (entity.type !== 'person') continue;
    for (const m of entity.mentions) {
      const text = m.field === 'title' ? doc.title.text : doc.body.text;
      const before = text.slice(Math.max(0, m.start - 40), m.start);
      const title = HEAD_TITLE.exec(before);
      if (!title) continue;
      if (countries.some((c) => c.mentions.some((o) => o.field === m.field && o.start === m.start)))
        return true;
      let end = m.start - before.length + title.index;
      while (end > 0 && text[end - 1] === ' ') end--;
      const ofCountry = entities.some(
        (e) =>
          (e.type === 'nationality' || e.id.startsWith('place:iso:')) &&
          e.mentions.some((o) => o.field === m.field && o.end === end),
      );
      if (ofCountry) return true;
    }
  }
  return false;
}

/** Whether a fact of the story that settles a word's sense (senses.ts `SenseCue`) holds. */
export function senseCueHolds(
  cue: SenseCue,
  doc: TagDocument,
  entities: readonly Entity[],
  countries: readonly Country[],
  naturalDeaths: boolean,
): boolean {
  switch (cue) {
    case 'headOfGovernment':
      return headOfGovernmentNamed(doc, entities, countries);
    case 'indictment':
      return ACCUSED_IN_COURT.test(doc.title.text) || ACCUSED_IN_COURT.test(doc.body.text);
    case 'agencySubject':
      return AGENCY_SUBJECT.test(doc.title.text);
    case 'troopsOutOfBattle':
      return troopsOutOfBattle(doc);
    case 'wildTiger':
      return wildTigerNamed(doc);
    case 'walkoutWords':
      return walkoutWordsNamed(doc);
    case 'piracyAtSea':
      return piracyAtSea(doc);
    case 'piracyOffSea':
      return piracyOffSea(doc);
    case 'craftNamed':
      return craftNamed(doc);
    case 'notObituary':
      return !isObituary(doc);
    case 'workersWalkOut':
      return workersWalkOut(doc);
    case 'walkoutFromWork':
      return !walkoutsFromMeetings(doc);
    case 'companyBid':
      return companyBidTold(doc);
    case 'armedOverthrow':
      return armedOverthrow(doc);
    case 'electionTold':
      return electionTold(doc);
    case 'campaignOfElection':
      return campaignOfElection(doc, entities);
    case 'soccerOnly':
      return !otherFootballCode(doc);
    case 'peopleStageRally':
      return peopleStageRally(doc);
    case 'tradeTariffs':
      return !utilityTariffs(doc);
    case 'companyChairman':
      return !politicalChairmenOnly(doc);
    case 'weatherNamed':
      return weatherNamed(doc);
    case 'attackOfForce':
      return !attackInWords(doc);
    case 'companyDirector':
      return !lenderChiefsOnly(doc);
    case 'noFiscalPeriod':
      // A firm's fiscal year: a firm named in the headline or the lead (a state's "fiscal 2025 budget" keeps it).
      return !(fiscalPeriodNamed(doc) && firmInTitleOrLead(doc, entities, storyLeadIndex(doc)));
    case 'naturalDeaths':
      return naturalDeaths;
    case 'landslideOfEarth':
      return naturalDeaths || landslideOfEarth(doc);
    case 'landslideOfVotes':
      return !naturalDeaths && landslideOfVotes(doc);
    case 'roadToll':
      return roadTollTold(doc);
    case 'pactRatified':
      return pactRatified(doc);
    case 'armedGroupDeaths':
      return armedGroupDeaths(doc);
    case 'natureAtStake':
      return natureAtStake(doc);
    case 'noDisasterInTitle':
      return !disasterInTitle(doc.title.text);
    case 'votersElect':
      return !electorsNotVoters(doc);
    case 'droneTechnology':
      return dronesAsTechnology(doc);
    case 'dronesOfWar':
      return dronesOfWar(doc);
    case 'protestRally':
      return protestRally(doc);
    case 'battlesOfArms':
      return battlesOfArms(doc);
    case 'courtTrial':
      return courtTrialTold(doc);
    case 'sharesTraded':
      return sharesTraded(doc);
    case 'heatKillsPeople':
      return heatKillsPeople(doc);
    case 'tourismTold':
      return tourismTold(doc);
    case 'festivalUntraded':
      return !festivalTraded(doc);
    case 'golfTold':
      return golfTold(doc);
    case 'golfUntold':
      return !golfTold(doc);
    case 'noConcertTold':
      return concertTold(doc) === undefined;
    case 'noOfficialTrip':
      return !officialTrip(doc, entities);
    case 'warWordsTold':
      return warWordsTold(doc);
    case 'hazardNamed':
      return hazardNamed(doc);
    case 'confidenceVoteHeld':
      return confidenceVoteHeld(doc);
    case 'climbRaced':
      return climbRaced(doc);
    case 'attackArrested':
      return attackArrested(doc);
    case 'weatherStorms':
      return weatherStorms(doc);
    case 'strikesOfWork':
      return strikesOfWork(doc);
    case 'bookTold':
      return bookTold(doc);
  }
}
