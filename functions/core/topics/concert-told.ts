import type { TagDocument } from '../text/document.js';

/**
 * A concert told without the lexicon's words for one (topics50, wild50 T1): a band or a singer that plays, sells out
 * or headlines a number of nights, shows or dates ("sold out ten nights at Wembley Stadium", "will play three nights at
 * Wembley", "played two sold-out nights at Croke Park"), sold-out shows, a tour's gross, a reunion tour, a setlist (an
 * athlete's "farewell tour" and an "encore" of last year's final are sport's too). Pop stars play the grounds the sport lexicon names (Wembley, Croke Park, Anfield), and
 * those names and "stadium" outweighed the band, whose words yield where sport leads (senses.ts); told this way the
 * concert is a clear word of music (score.ts), so the grounds yield instead. "Concert", "gig" and "stadium tour" are
 * the lexicon's own. A team's nights at a hotel name no show: the nights must be played, sold out or headlined.
 */
const NUMBER = String.raw`(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a (?:record|string of|run of)(?: \w+)?)`;
const CONCERT = new RegExp(
  String.raw`\b(?:(?:play(?:s|ed|ing)?|perform(?:s|ed|ing)?|headlin(?:e|es|ed|ing)|s(?:old|ell|ells|elling) out)\s+(?:(?:the|their|her|his)\s+)?${NUMBER}\s+(?:(?:sold[- ]out|more|extra|consecutive|back-to-back|record)\s+)?(?:nights|shows|dates|concerts|gigs)|sold[- ]out (?:nights|shows|dates|concerts|gigs)|add(?:s|ed|ing)?\s+${NUMBER}\s+(?:more|extra|new)\s+(?:nights|shows|dates|concerts|gigs)\b(?=[^.;]{0,60}?\btour)|reunion tours?|tour (?:grossed|grosses)|setlists?)\b`,
  'i',
);
/** A cheap gate before the long pattern: one of its words' stems. */
const GATE = /nights|shows|dates|concerts|gigs|tour|setlist/i;

/** The words of the concert the story tells, as written (the headline asked first); else undefined. */
export function concertTold(doc: TagDocument): string | undefined {
  for (const text of [doc.title.text, doc.body.text]) {
    if (!GATE.test(text)) continue;
    const m = CONCERT.exec(text);
    if (m) return m[0];
  }
  return undefined;
}
