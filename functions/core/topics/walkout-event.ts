import type { TagDocument } from '../text/document.js';
import { sentenceTextOf } from '../text/sentences.js';
import { titleSubject } from './signals.js';
import { WORKERS, walkoutsFromMeetings } from './walkout-words.js';

/**
 * A walkout named as the headline's subject: "Doctors begin five-day strike", "Nurses walk out over pay", "Nurses
 * walk off job", "Miners down tools".
 */
const WALKOUT_IN_TITLE =
  /\b(?:strikes?|walkouts?|walk(?:s|ed)? out|walk(?:s|ed)? off (?:the )?job|down(?:s|ed)? tools)\b/i;
/**
 * The act told in the lead or the sentence after: workers who walked out, went on strike, began a strike.
 * A ballot, a threat or talks to avert a strike are not the act ("Nurses in strike ballot",
 * "Deadlock in rail pay strike talks": the government's plans are those stories' news).
 */
const WALKOUT_ACT =
  /\b(?:walked out|walk(?:ing)? out (?:on|at|over|for|in|from)|went on strike|gone on strike|(?:are|were|is|remain|remained) on strike|began (?:a|an|their|the) (?:[\w-]+ ){0,2}strike|staged (?:a|an) (?:[\w-]+ ){0,2}(?:strike|walkout)|downed tools|walk(?:ed|ing)? off the job)\b/i;

/**
 * A public-sector walkout in the headline ("Resident doctors begin five-day strike over pay"), or in the lead of an
 * article with no headline (review33 ★T1), whose lead tells of the act ("walked out on Friday at 7am", "walked off
 * the job") is labour news first: the government-policy frame gives politics a
 * share of every labour word in a minister's sentence, so a doctors' strike the health secretary answers led with
 * politics; nor is a policy the strike is against raised above it (score.ts). The caller asks this only where
 * politics leads, or a policy would be raised, and no military strike is told: a firm's workers who
 * walk out leave business in its place ("Metro strike grips Lima" is a business story about the
 * underground's operator). Workers, staff or a union walk out, named in the headline or in the act's
 * sentence: MPs who walk out of parliament, diplomats out of a U.N. speech, lawmakers out of a session are
 * politics' own acts (read29 F-k).
 */
export function walkoutInTitleAndLead(doc: TagDocument, lead: number): boolean {
  const title = titleSubject(doc.title.text);
  const untitled = title.trim() === '';
  if (!untitled && !WALKOUT_IN_TITLE.test(title)) return false;
  // Journalists who walk out of a news conference protest; they strike no work (read33 F2).
  if (walkoutsFromMeetings(doc)) return false;
  const workersInTitle = WORKERS.test(title);
  // An article with no headline (a wire body, a feed item) has its lead for one: the lead alone must tell the act.
  for (const index of untitled ? [lead] : [lead, lead + 1]) {
    const sentence = sentenceTextOf(doc.body, index);
    if (WALKOUT_ACT.test(sentence) && (workersInTitle || WORKERS.test(sentence))) return true;
  }
  return false;
}

/** A strike of a whole country's workers named in the headline: "Nigeria's unions begin general strike". */
const GENERAL_STRIKE_IN_TITLE = /\b(?:general|nationwide|national|countrywide) strike\b/i;

/**
 * A general or nationwide strike in the headline whose lead tells it with its workers or unions (review33 leftover:
 * "Nigeria's unions begin general strike over fuel prices … shutting banks, schools and airports" led with economy
 * from the fuel prices and the shut banks). A country's unions that stop work are labour news first, whatever the
 * strike costs its business: score.ts raises the labour strike above the setting. Warplanes' "nationwide strikes"
 * (plural, or told as an attack: the caller asks only where no military strike is told) are none.
 */
export function generalStrikeInTitleAndLead(doc: TagDocument, lead: number): boolean {
  if (!GENERAL_STRIKE_IN_TITLE.test(doc.title.text)) return false;
  const sentence = sentenceTextOf(doc.body, lead);
  return /\bstrik(?:e|es|ing)\b|\bwalk(?:ed)? out\b/i.test(sentence) && WORKERS.test(sentence);
}
