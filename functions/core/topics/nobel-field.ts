import { titleSubject } from './signals.js';

/**
 * A Nobel prize in a science named in the headline's subject: "Three share Nobel chemistry prize for …",
 * "Nobel Prize in Physiology or Medicine goes to …", "Physics Nobel for quantum circuits".
 */
const NOBEL_SCIENCE =
  /\bNobel (?:Prize (?:in|for) )?(chemistry|physics|physiology|medicine|medical)\b|\b(chemistry|physics|medicine) Nobel\b/i;

const NOBEL = /nobel/i;

/**
 * A person of the prize rather than the prize: "Nobel physics laureate joins Tesla board" is about what the
 * laureate does (a board, a warning on AI), not about the prize.
 */
const PRIZE_HOLDER = /^\s+(?:laureates?|winners?|prizewinners?)\b/i;

/** The prize is the news: won, shared or awarded in the headline. */
const PRIZE_NEWS = /\b(?:prizes?|wins?|won|winning|shares?|shared|award(?:s|ed)?|goes to|go to)\b/i;

/**
 * The science of a Nobel prize the headline names, where a desk files the story (science and technology, the
 * award second), however much the discovery's uses weigh (fuel, farm waste, water: economy): 'natural' for
 * chemistry and physics, 'medical' for physiology or medicine; undefined for no such headline, and for a
 * laureate in the headline who does something other than win (joins a board, warns on AI).
 */
export function nobelScienceInTitle(title: string): 'natural' | 'medical' | undefined {
  // Both readings hold "Nobel": a headline without it skips the longer pattern (compiled on first use).
  if (!NOBEL.test(title)) return undefined;
  const subject = titleSubject(title);
  const m = NOBEL_SCIENCE.exec(subject);
  if (!m) return undefined;
  const holder = PRIZE_HOLDER.test(subject.slice(m.index + m[0].length));
  if (holder && !PRIZE_NEWS.test(subject)) return undefined;
  const field = (m[1] ?? m[2] ?? '').toLowerCase();
  return field === 'chemistry' || field === 'physics' ? 'natural' : 'medical';
}
