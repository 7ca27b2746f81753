// The state the steps of `scoreTopics` share: one `Scoring` (the story, its matches, the weights they raise) and one
// `StoryEvidence` (the facts beyond words that raised a topic), each made with every property set.
import type { Country, Entity } from '../../schema.js';
import type { TagDocument } from '../../text/document.js';
import type { LexiconEntry } from '../compile.js';
import type { PhraseHits } from '../match.js';
import { naturalDeathsInTitle } from '../natural-deaths.js';
import type { SenseCue } from '../senses.js';
import { boost, strongestTopLevel } from '../signals.js';
import { nodes } from './lexicon.js';

/**
 * Per-node weights, reused by every call (tagging is synchronous, so one article at a time): allocating
 * two typed arrays per article cost more than clearing them.
 */
const RAW = new Float64Array(nodes.length);
const STRONGEST = new Float64Array(nodes.length);

/** One English article's scoring: the story, its matches and the weights the steps of `scoreTopics` raise. */
export interface Scoring {
  readonly doc: TagDocument;
  readonly entities: readonly Entity[];
  readonly countries: readonly Country[];
  /** The lead sentence's index (text/document.ts `storyLeadIndex`). */
  readonly lead: number;
  readonly hits: Map<LexiconEntry, PhraseHits>;
  /** Per node, its weight from the words and facts of the story (the node's and its subtopics'). */
  readonly raw: Float64Array;
  /** The largest lexicon weight behind each node: a subtopic needs one clear word, not only weak ones. */
  readonly strongest: Float64Array;
  /** A natural disaster's deaths in the headline's subject: war and crime are its setting (natural-deaths.ts). */
  readonly naturalDeaths: boolean;
  /** Story facts that keep a word's sense (senses.ts `SenseCue`), read once and only when a word asks. */
  readonly cues: Map<SenseCue, boolean>;
  /** Nodes a word's sense took its weight away from, with the phrases: no evidence there either. */
  offSense: Map<number, Set<string>> | undefined;
}

export function scoringOf(
  doc: TagDocument,
  entities: readonly Entity[],
  countries: readonly Country[],
  lead: number,
  hits: Map<LexiconEntry, PhraseHits>,
): Scoring {
  return {
    doc,
    entities,
    countries,
    lead,
    hits,
    raw: RAW.fill(0),
    strongest: STRONGEST.fill(0),
    naturalDeaths: naturalDeathsInTitle(doc.title.text),
    cues: new Map(),
    offSense: undefined,
  };
}

/** The facts beyond the lexicon's words that raised a topic: each is listed in the evidence of the topics it raised. */
export interface StoryEvidence {
  /** Leaders who meet or call (signals.ts `leadersMeeting`). */
  readonly meeting: readonly string[];
  strike: string[] | undefined;
  target: string[] | undefined;
  concert: string | undefined;
  launch: string | undefined;
  result: string | undefined;
  /** Badminton's games as written (rally-games.ts). */
  games: string | undefined;
  signals: readonly string[];
  collapse: string[] | undefined;
  /**
   * A deadly fire or explosion in the lead, or a collapse at work (deadly-fire.ts): its words and the nodes it raised
   * beyond those the collapse names.
   */
  deadlyFire: { readonly words: readonly string[]; readonly raised: readonly number[] } | undefined;
  leader: [string, number] | undefined;
  seizure: string[] | undefined;
  protest: string | undefined;
  pressCurb: string | undefined;
  review: [number, string] | undefined;
  partSold: string | undefined;
  jobCuts: [string, number] | undefined;
  clubSold: string | undefined;
}

const NO_WORDS: readonly string[] = [];

export function noStoryEvidence(meeting: readonly string[]): StoryEvidence {
  return {
    meeting,
    strike: undefined,
    target: undefined,
    concert: undefined,
    launch: undefined,
    result: undefined,
    games: undefined,
    signals: NO_WORDS,
    collapse: undefined,
    deadlyFire: undefined,
    leader: undefined,
    seizure: undefined,
    protest: undefined,
    pressCurb: undefined,
    review: undefined,
    partSold: undefined,
    jobCuts: undefined,
    clubSold: undefined,
  };
}

/** Raises `node` by `weight` as one clear word of it. */
export function raiseAsClearWord(s: Scoring, node: number, weight: number): void {
  boost(s.raw, nodes, node, weight);
  s.strongest[node] = Math.max(s.strongest[node] ?? 0, weight);
}

/** The top level `top` weighs at least as much as every other top level. */
export function leadsTopLevels(raw: Float64Array, top: number): boolean {
  return strongestTopLevel(raw, nodes) <= (raw[top] ?? 0);
}
