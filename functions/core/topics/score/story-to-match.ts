import type { Country, Entity } from '../../schema.js';
import { storyLeadIndex, type TagDocument } from '../../text/document.js';
import { nameSenseIn } from '../capitals-title.js';
import { casinoGaming } from '../casino-gaming.js';
import { clubShortNames } from '../club-short-names.js';
import type { LexiconEntry } from '../compile.js';
import type { ActorMasks } from '../frames.js';
import { hackingGroupNames } from '../hacking-groups.js';
import { countLaborAsWork, writesLaborAsWork } from '../labor-as-work.js';
import { type Caseless, matchField, type NameSpans, type PhraseHits } from '../match.js';
import { namedShips, namedWorks } from '../named-works.js';
import { streetsOfStory } from '../street-names.js';
import { type TeamResult, teamResults } from '../team-results.js';
import { rulersByName } from '../toppled-rulers.js';
import { unquotedWorkTitles } from '../work-titles.js';
import { COMPILED_FRAMES, LEXICON } from './lexicon.js';
import { namesSport, namesWhatItDoes } from './lexicon-names.js';
import { nameSpans } from './name-spans.js';

/** What the lexicon is matched against: the story's fields, its lead and the spans of names and results it skips. */
export interface StoryToMatch {
  readonly doc: TagDocument;
  readonly lead: number;
  readonly titleCase: Caseless;
  readonly titleNames: NameSpans;
  readonly bodyNames: NameSpans;
  readonly titleResults: readonly TeamResult[];
  readonly bodyResults: readonly TeamResult[];
  /** The story writes "Labor" for labor, not the party (labor-as-work.ts). */
  readonly laborIsWork: boolean;
}

/** Reads the story's names, works, ships, streets, rulers and results: the spans the matcher reads otherwise. */
export function storyToMatch(
  doc: TagDocument,
  entities: readonly Entity[],
  countries: readonly Country[],
): StoryToMatch {
  const textOf = (field: 'title' | 'body') => (field === 'title' ? doc.title.text : doc.body.text);
  const works = namedWorks(entities, textOf);
  const titles = unquotedWorkTitles(doc.body.text);
  const ships = namedShips(entities, textOf);
  // A street the story names in full ("South Congress Avenue") is the street wherever its name stands alone.
  const streets = streetsOfStory(doc.title.text, doc.body.text);
  // The people a story may topple as rulers: one toppled by name is a ruler toppled.
  const rulers = rulersByName(entities, textOf);
  const story = `${doc.title.text}\n${doc.body.text}`;
  // Match results told with their sides (team-results.ts): the score is sport's, the sides' names the teams'.
  const titleResults = teamResults(doc.title);
  const bodyResults = teamResults(doc.body);
  const clubs = clubShortNames(entities, namesWhatItDoes);
  const titleNames = nameSpans(entities, 'title', doc.title, {
    works,
    clubs,
    capitalsTitle: doc.titleIsAllCaps,
    titles,
    ships,
    streetSpans: streets.title,
    rulers,
    body: doc.body.text,
    storySenses: storySensesIn(doc.title.text, story, titleResults),
  });
  const bodyNames = nameSpans(entities, 'body', doc.body, {
    works,
    clubs,
    titles,
    dateline: doc.dateline,
    ships,
    streetSpans: streets.body,
    rulers,
    storySenses: storySensesIn(doc.body.text, story, bodyResults),
  });
  // The lead is the first sentence of the story proper, after any byline or dateline.
  const lead = storyLeadIndex(doc);
  // A capitals headline's capitalised lexicon words take the sense the story writes them in.
  const titleCase: Caseless = doc.titleIsAllCaps && ((word) => nameSenseIn(doc.body.text, word));
  const laborIsWork = writesLaborAsWork(doc.title.text, doc.body.text, countries);
  return { doc, lead, titleCase, titleNames, bodyNames, titleResults, bodyResults, laborIsWork };
}

/** Words a field gives another sense in this story: casino gaming, hacking groups' names, results' sides. */
function storySensesIn(text: string, story: string, results: readonly TeamResult[]): [number, number][] {
  return [...casinoGaming(text, story), ...hackingGroupNames(text, story), ...otherSenseSides(results, text)];
}

/** Matches the headline and the body into `into` with the frames' actor masks; each field's count of words. */
export function matchStory(
  story: StoryToMatch,
  into: Map<LexiconEntry, PhraseHits>,
  masks: ActorMasks,
): [number, number] {
  const { doc } = story;
  const words: [number, number] = [
    matchField(
      doc.title,
      LEXICON,
      story.titleCase,
      into,
      masks,
      COMPILED_FRAMES.targets.length,
      story.titleNames,
      -1,
      COMPILED_FRAMES.blockersNeeding,
    ),
    matchField(
      doc.body,
      LEXICON,
      false,
      into,
      masks,
      COMPILED_FRAMES.targets.length,
      story.bodyNames,
      story.lead,
      COMPILED_FRAMES.blockersNeeding,
    ),
  ];
  if (story.laborIsWork) countLaborAsWork(LEXICON, into);
  return words;
}

/**
 * The sides of match results whose names the lexicon gives no word of sport: the matcher skips them (a team's
 * "Senators", "Jazz" or "Avalanche" is no senate, music or snow), while "Rangers" or "Manchester United" keep their
 * word of sport.
 */
function otherSenseSides(results: readonly TeamResult[], text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const { sides } of results)
    for (const [start, end] of sides) if (!namesSport(text.slice(start, end))) spans.push([start, end]);
  return spans;
}
