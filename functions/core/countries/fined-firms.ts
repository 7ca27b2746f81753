import type { TagDocument } from '../text/document.js';
import { sentenceTextAt } from '../text/sentences.js';
import type { CountryMention } from './mentions.js';

/**
 * "BRUSSELS — The European Commission fined Apple 1.8 billion euros … The Cupertino, California-based company
 * said it would appeal": the fined firm's country is a party to the story, though named once (README's known
 * weakness: Belgium, the seat filed from, was the only focus country). Where the headline or the lead tells of
 * a fine or antitrust charges (not a probe nor a law the firms must follow: the firms are then only regulated), a country the body names as the seat of "the company", "the firm",
 * "the tech giant" ("the U.S. companies", "the American group", "a California-based firm") is the fined firm's
 * and goes in focus. Not a complainant or a rival ("Spotify, the Swedish streaming service that complained"),
 * and not a firm's maker word far from the country ("U.S. lawmakers said the company …").
 */
const PENALTY = /\b(?:fined|fines|fine\s+of|penali[sz](?:es|ed)|antitrust\s+charges?)\b/i;

// After the country: "-based company", " tech giant", " companies", " search and advertising group".
const FIRM_AFTER =
  /^(?:-based|\s+based)?(?:\s+[a-z]+(?:-[a-z]+)?){0,2}?\s+(?:company|companies|firm|firms|group|giant|giants|conglomerate|multinational|corporation)\b/;
// A clause of someone else's: the complainant's, a rival's, a competitor's.
const OTHER_PARTY = /\b(?:complain(?:ed|ts?|ant)|rivals?|competitors?|welcomed)\b/i;

const NATION_OR_SEAT: ReadonlySet<string> = new Set(['name', 'code', 'demonym', 'region', 'city']);

/** The countries of the firms a fine or probe in the headline or lead is about, named as their seats. */
export function finedFirmCountries(
  doc: TagDocument,
  mentions: readonly CountryMention[],
  leadEnd: number,
): readonly string[] {
  const lead = doc.body.text.slice(doc.storyStart, leadEnd);
  if (!PENALTY.test(doc.title.text) && !PENALTY.test(lead)) return [];
  const text = doc.body.text;
  const out: string[] = [];
  for (const m of mentions) {
    if (m.field !== 'body' || !NATION_OR_SEAT.has(m.kind) || out.includes(m.code)) continue;
    if (!FIRM_AFTER.test(text.slice(m.end, m.end + 48))) continue;
    const sentence = sentenceTextAt(doc.body, m.start);
    if (sentence !== undefined && OTHER_PARTY.test(sentence)) continue;
    out.push(m.code);
  }
  // One firm's country: several would be a list of the firms' homes, not the story's party.
  return out.length === 1 ? out : [];
}

/**
 * "BRUSSELS — The European Union's rules for artificial intelligence took effect … The U.S. companies that lead
 * the market must comply": filed from the seat of the body that acts, a country the story names only as the
 * home of the firms the body regulates is no party (the task list's EU AI Act case: the US was in focus as the
 * one country named). Only where the headline or lead tells of rules (`tellsOfRules`): a probe, a ban or a
 * tender aimed at "two Chinese companies" makes them its target, a party. Every mention must be such a phrase
 * ("the U.S. companies", "American tech giants"); a country named otherwise ("Washington criticised the law") keeps its focus, and a fine puts the fined firm's
 * country back (`finedFirmCountries`).
 */
export function namedOnlyAsFirmsHome(doc: TagDocument, mentions: readonly CountryMention[]): boolean {
  const text = doc.body.text;
  return (
    mentions.length > 0 &&
    mentions.every(
      (m) =>
        m.field === 'body' && m.start >= doc.storyStart && FIRM_AFTER.test(text.slice(m.end, m.end + 48)),
    )
  );
}

// A body's rules the firms must follow: the AI Act, a directive, obligations.
const RULES = /\b(?:rules?|laws?|Act|regulations?|directive|obligations?|code\s+of\s+practice)\b/;
// An act aimed at the firms themselves: then they are its target, a party (read29 F-q: "an in-depth
// investigation into two Chinese companies bidding to build a solar park").
const AIMED_AT =
  /\b(?:investigat\w*|probes?|inquiry|barred|bans?|banned|tenders?|bids?|bidding|raid\w*|charged|sued|subsid\w*)\b/i;

/** Whether the headline or the lead tells of rules the firms must follow, not of an act aimed at the firms. */
export function tellsOfRules(doc: TagDocument, leadEnd: number): boolean {
  const lead = doc.body.text.slice(doc.storyStart, leadEnd);
  return (
    (RULES.test(doc.title.text) || RULES.test(lead)) && !AIMED_AT.test(doc.title.text) && !AIMED_AT.test(lead)
  );
}
