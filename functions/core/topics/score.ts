import type { Country, Entity, Topic } from '../schema.js';
import type { TagDocument } from '../text/document.js';
import type { LexiconEntry } from './compile.js';
import { firmBoughtInTitleOrLead } from './firm-bought.js';
import { applyFrames } from './frames.js';
import type { PhraseHits } from './match.js';
import { otherLanguageTopics } from './other-languages.js';
import { COMPILED_FRAMES, LEXICON, nodes } from './score/lexicon.js';
import { reframeWithoutOffSenseActors } from './score/off-sense-actors.js';
import { raiseEventsBeforeSenses } from './score/raise-before-senses.js';
import { raiseCrimeAndConflict } from './score/raise-crime-and-conflict.js';
import { raiseDeals } from './score/raise-deals.js';
import { raiseDisasters } from './score/raise-disasters.js';
import { raiseLabourAndMarkets } from './score/raise-labour-and-markets.js';
import { raiseMatchResult, raiseRallyGames } from './score/raise-match-result.js';
import { raisePolicyAndPeople } from './score/raise-policy-and-people.js';
import { raiseSecurityAndDiplomacy } from './score/raise-security-and-diplomacy.js';
import { raiseSubjectsInTitle } from './score/raise-subjects-in-title.js';
import { noStoryEvidence, scoringOf } from './score/scoring.js';
import { matchStory, storyToMatch } from './score/story-to-match.js';
import { topicsOf } from './score/topics-of.js';
import { settleSenses, weighWords } from './score/weigh-words.js';
import { damp, TITLE_WEIGHT } from './score/weights.js';
import { applyDocumentSignals, leadersMeeting } from './signals.js';
import { statesAgreeInTitle } from './states-agree.js';

/** An English article's language tag: "en", "en-GB". */
const ENGLISH = /^en(-|$)/i;

/**
 * IPTC Media Topics of an English article, highest score first. Each lexicon match adds its weight to
 * the topics it names and to their ancestors, so a top level aggregates its subtopics and its own words.
 * A score is saturation (how much evidence, against the article's length) times dominance (how the
 * topic compares with the strongest top level), so the main topic of a long story scores near 1.
 * See docs/topics.md.
 *
 * The steps below (score/*.ts, one desk's raises per file) share one `Scoring` and one `StoryEvidence`, each made
 * with every property set: as one function of ~550 lines the scoring was compiled by V8 two or three times in each
 * process that tags new articles (speed58).
 */
export function scoreTopics(
  doc: TagDocument,
  entities: readonly Entity[],
  countries: readonly Country[],
): Topic[] {
  if (!ENGLISH.test(doc.language)) return otherLanguageTopics(doc, entities);
  const story = storyToMatch(doc, entities, countries);
  const hits = new Map<LexiconEntry, PhraseHits>();
  const [titleWords, bodyWords] = matchStory(story, hits, COMPILED_FRAMES.actorMask);
  const meeting = leadersMeeting(doc, entities);
  // Countries that agree in the headline: diplomacy, whatever the words of their agreement.
  const accord = statesAgreeInTitle(doc, countries);
  const resultCount = TITLE_WEIGHT * story.titleResults.length + story.bodyResults.length;
  // No lexicon word at all: nothing to score, unless the headline or the lead tells a firm bought with a verb of
  // buying ("Anta Sports agreed to buy Germany's Puma."), which tells business itself (firm-bought.ts, below).
  if (
    hits.size === 0 &&
    meeting.length === 0 &&
    accord.length === 0 &&
    resultCount === 0 &&
    firmBoughtInTitleOrLead(doc, entities, story.lead) === undefined
  )
    return [];

  const s = scoringOf(doc, entities, countries, story.lead, hits);
  const evidence = noStoryEvidence(meeting);
  const pending = weighWords(s);
  raiseEventsBeforeSenses(s, pending, evidence);
  settleSenses(s, pending);
  if (s.offSense)
    reframeWithoutOffSenseActors(hits, s.offSense, COMPILED_FRAMES.actorMask, (into, masks) =>
      matchStory(story, into, masks),
    );
  evidence.result = raiseMatchResult(s, story, resultCount);
  evidence.games = raiseRallyGames(s);
  const framedWeight = applyFrames(COMPILED_FRAMES, hits, nodes, s.raw, s.strongest, damp, s.offSense);
  evidence.signals = applyDocumentSignals(
    s.raw,
    nodes,
    LEXICON.nodeIndex,
    s.strongest,
    meeting,
    countries,
    accord,
  );
  raiseDisasters(s, evidence);
  raiseCrimeAndConflict(s, evidence);
  raiseLabourAndMarkets(s, evidence);
  raiseSecurityAndDiplomacy(s, evidence);
  raiseSubjectsInTitle(s, evidence);
  raiseDeals(s, evidence);
  raisePolicyAndPeople(s, evidence);
  return topicsOf(s, evidence, titleWords + bodyWords, framedWeight);
}
